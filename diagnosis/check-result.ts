import type { LocalizedText } from '../lib/localized';
import type { CheckId } from './check-ids';

export const checkStatuses = ['fail', 'warn', 'info', 'pass', 'skip'] as const;
export type CheckStatus = (typeof checkStatuses)[number];

export const statusLabels: Record<CheckStatus, LocalizedText> = {
  fail: { zh: '问题', en: 'Problem' },
  warn: { zh: '提醒', en: 'Warning' },
  info: { zh: '说明', en: 'Note' },
  pass: { zh: '正常', en: 'OK' },
  skip: { zh: '未检测', en: 'Not checked' },
};

export interface CheckResult {
  id: CheckId;
  title: LocalizedText;
  status: CheckStatus;
  /** What the check saw, with concrete values. */
  evidence: LocalizedText;
  /** What to do, in plain words; empty when there is nothing to do. */
  advice: LocalizedText;
  /** Numbers of related entries in the platform FAQ. */
  faq: number[];
}

export const checkTitles: Record<CheckId, LocalizedText> = {
  browser: { zh: '浏览器', en: 'Browser' },
  'ie-advice': { zh: '需要 IE 的页面怎么办', en: 'Pages that need Internet Explorer' },
  flash: { zh: 'Flash 插件', en: 'Flash plug-in' },
  cookies: { zh: 'Cookie（登录需要）', en: 'Cookies (needed to log in)' },
  storage: { zh: '网页存储', en: 'Web storage' },
  popups: { zh: '弹出窗口', en: 'Pop-up windows' },
  screen: { zh: '屏幕与窗口宽度', en: 'Screen and window width' },
  clock: { zh: '电脑时间', en: 'Computer clock' },
  'reach-platform': { zh: '连接排污许可平台', en: 'Reaching the permit platform' },
  'reach-monitoring': { zh: '连接监测信息平台', en: 'Reaching the monitoring platform' },
  extension: { zh: '自检助手扩展', en: 'Self-check helper extension' },
};
