import type { LocalizedText } from '../lib/localized';

/**
 * Every kind of platform page the helper tells apart. The ids are shared by the detectors,
 * the FAQ data (which entries belong to which page) and the panel's `data-page-kind`.
 * `specificity` ranks kinds when several frames report: the most specific one is shown
 * (a module inside the dashboard's iframe wins over the dashboard around it).
 */
export const pageKinds = {
  'public-home': { label: { zh: '公开端首页', en: 'Public site home' }, specificity: 1 },
  'public-notice': { label: { zh: '公开端通知公告', en: 'Public notice' }, specificity: 2 },
  'public-info': { label: { zh: '公开端许可信息查询', en: 'Public permit information' }, specificity: 2 },
  login: { label: { zh: '企业端登录', en: 'Enterprise login' }, specificity: 2 },
  register: { label: { zh: '企业注册', en: 'Enterprise registration' }, specificity: 2 },
  'forgot-account': { label: { zh: '找回用户名或密码', en: 'Recover username or password' }, specificity: 2 },
  dashboard: { label: { zh: '企业端首页', en: 'Enterprise dashboard' }, specificity: 1 },
  'enterprise-info': { label: { zh: '修改企业基本信息', en: 'Edit enterprise information' }, specificity: 2 },
  'apply-list': { label: { zh: '许可证申请', en: 'Permit application' }, specificity: 2 },
  'apply-basic-info': { label: { zh: '申请表：排污单位基本信息', en: 'Application: basic information' }, specificity: 3 },
  'apply-coordinates': { label: { zh: '申请表：经纬度选择', en: 'Application: longitude/latitude picker' }, specificity: 3 },
  'apply-capacity': { label: { zh: '申请表：产品产能', en: 'Application: products and capacity' }, specificity: 3 },
  'apply-wastewater': { label: { zh: '申请表：废水产治排', en: 'Application: wastewater' }, specificity: 3 },
  'apply-attachments': { label: { zh: '附件上传', en: 'Attachment upload' }, specificity: 3 },
  'apply-card': { label: { zh: '申请表其他页签', en: 'Application: other tab' }, specificity: 2 },
  reapply: { label: { zh: '重新申请', en: 'Reapply' }, specificity: 2 },
  change: { label: { zh: '许可证变更', en: 'Permit change' }, specificity: 2 },
  renewal: { label: { zh: '许可证延续', en: 'Permit renewal' }, specificity: 2 },
  reissue: { label: { zh: '许可证补办与遗失声明', en: 'Reissue and loss statement' }, specificity: 2 },
  rectification: { label: { zh: '整改后申请', en: 'Application after rectification' }, specificity: 2 },
  monitoring: { label: { zh: '监测记录（监测平台）', en: 'Monitoring records' }, specificity: 2 },
  'report-home': { label: { zh: '执行报告', en: 'Execution reports' }, specificity: 2 },
  'report-annual': { label: { zh: '执行报告：年报', en: 'Execution report: annual' }, specificity: 3 },
  'report-quarterly': { label: { zh: '执行报告：季报', en: 'Execution report: quarterly' }, specificity: 3 },
  'report-monthly': { label: { zh: '执行报告：月报', en: 'Execution report: monthly' }, specificity: 3 },
  'registration-home': { label: { zh: '排污登记', en: 'Discharge registration' }, specificity: 2 },
  'registration-change': { label: { zh: '登记变更', en: 'Registration change' }, specificity: 3 },
  'registration-renewal': { label: { zh: '登记延续', en: 'Registration renewal' }, specificity: 3 },
  'registration-cancel': { label: { zh: '登记注销', en: 'Registration cancellation' }, specificity: 3 },
  unknown: { label: { zh: '平台其他页面', en: 'Other platform page' }, specificity: 0 },
} as const satisfies Record<string, { label: LocalizedText; specificity: number }>;

export type PageKindId = keyof typeof pageKinds;

export const pageKindIds = Object.keys(pageKinds) as PageKindId[];

export function isPageKindId(value: string): value is PageKindId {
  return Object.hasOwn(pageKinds, value);
}
