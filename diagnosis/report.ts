import type { LocalizedText, UiLocale } from '../lib/localized';
import { isPlatformHost } from '../platform/hosts';
import { isPageKindId, type PageKindId } from '../platform/page-kinds';
import { pageKindLabels } from '../platform/page-kind-labels';
import { describeMismatch, type PageMismatch } from '../platform/page-mismatch';
import { checkStatuses, statusLabels, type CheckResult, type CheckStatus } from './check-result';
import { text } from './text';

export interface ReportMeta {
  /** ISO 8601 time the report was made. */
  generatedAt: string;
  extensionVersion: string;
  pageKind?: PageKindId;
  /** The page was recognised by its URL but showed none of its kind's markers. */
  pageMismatch?: PageMismatch;
  /** The current page; reduced to scheme, host and path before it is shown. */
  url?: string;
}

export const privacyNotice = text(
  '本报告不含个人信息：没有 Cookie、账号、密码或表单内容，网址只保留到路径（去掉了「?」和「#」后面的部分）。',
  'This report holds no personal data: no cookies, account names, passwords or form contents; addresses are cut down to their path (anything after "?" or "#" is removed).',
);

const reportTitle = text('排污许可平台自检助手 · 环境检查报告', 'Permit platform self-check helper · environment report');

export interface ReportSummary {
  counts: Record<CheckStatus, number>;
  headline: LocalizedText;
}

export function summarize(results: readonly CheckResult[]): ReportSummary {
  const counts = Object.fromEntries(checkStatuses.map((s) => [s, 0])) as Record<CheckStatus, number>;
  for (const r of results) if (Object.hasOwn(counts, r.status)) counts[r.status] += 1;
  const zh: string[] = [];
  const en: string[] = [];
  if (counts.fail) {
    zh.push(`${counts.fail} 项问题`);
    en.push(`${counts.fail} problem${counts.fail > 1 ? 's' : ''}`);
  }
  if (counts.warn) {
    zh.push(`${counts.warn} 项提醒`);
    en.push(`${counts.warn} warning${counts.warn > 1 ? 's' : ''}`);
  }
  const main = zh.length ? text(`发现 ${zh.join('、')}`, `Found ${en.join(' and ')}`) : text('没有发现问题', 'No problems found');
  const skip = counts.skip ? text(`（${counts.skip} 项未能检测）`, ` (${counts.skip} not checked)`) : text('', '');
  return { counts, headline: text(`${main.zh}${skip.zh}`, `${main.en}${skip.en}`) };
}

/**
 * Keeps scheme, host and path of a platform address; drops query, fragment, credentials and
 * `;jsessionid=` path parameters. Other sites' addresses are left out altogether.
 */
export function sanitizeUrl(url: string | undefined): string | undefined {
  if (typeof url !== 'string' || url === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(parsed.protocol) || !isPlatformHost(parsed.hostname)) return undefined;
  const path = parsed.pathname.replace(/;[^/]*/g, '');
  return `${parsed.protocol}//${parsed.host}${path}`;
}

/** Defence in depth: any address inside result texts loses its query and fragment too. */
function scrub(value: string): string {
  return value.replace(/(https?:\/\/[^\s?#"'<>）)]*)[?#][^\s"'<>）)]*/g, '$1').replace(/;jsessionid=[^\s/?#]*/gi, '');
}

function scrubText(t: LocalizedText): LocalizedText {
  return { zh: scrub(t.zh), en: scrub(t.en) };
}

function scrubResult(r: CheckResult): CheckResult {
  return { ...r, title: scrubText(r.title), evidence: scrubText(r.evidence), advice: scrubText(r.advice) };
}

const labels = {
  headline: text('结论', 'Summary'),
  generatedAt: text('生成时间', 'Generated'),
  version: text('助手版本', 'Helper version'),
  page: text('所在页面', 'Page'),
  url: text('页面网址', 'Address'),
  mismatch: text('页面核对', 'Page check'),
  urlOmitted: text('（不是平台网址或无法识别，已省略）', '(not a platform address, or unreadable: left out)'),
  evidence: text('看到', 'Seen'),
  advice: text('建议', 'Advice'),
  faq: text('相关常见问题', 'Related FAQ'),
};

function faqLine(faq: readonly number[], locale: UiLocale): string {
  return locale === 'zh' ? `第 ${faq.join('、')} 条` : `entries ${faq.join(', ')}`;
}

/** 页面核对: the page the helper recognised by its URL shows none of what it knows of it. */
export function pageCheckRow(meta: Pick<ReportMeta, 'pageMismatch'>, locale: UiLocale): [string, string] | undefined {
  return meta.pageMismatch ? [labels.mismatch[locale], scrub(describeMismatch(meta.pageMismatch)[locale])] : undefined;
}

function metaRows(meta: ReportMeta, locale: UiLocale): [string, string][] {
  const rows: [string, string][] = [
    [labels.generatedAt[locale], scrub(String(meta.generatedAt))],
    [labels.version[locale], scrub(String(meta.extensionVersion))],
  ];
  if (meta.pageKind !== undefined && isPageKindId(meta.pageKind)) rows.push([labels.page[locale], pageKindLabels[meta.pageKind][locale]]);
  const pageCheck = pageCheckRow(meta, locale);
  if (pageCheck) rows.push(pageCheck);
  if (meta.url !== undefined) rows.push([labels.url[locale], sanitizeUrl(meta.url) ?? labels.urlOmitted[locale]]);
  return rows;
}

function indent(value: string, prefix: string): string {
  return value.split('\n').join(`\n${prefix}`);
}

export function formatReportText(results: readonly CheckResult[], meta: ReportMeta, locale: UiLocale): string {
  const clean = results.map(scrubResult);
  const sep = locale === 'zh' ? '：' : ': ';
  const lines = [
    privacyNotice[locale],
    reportTitle[locale],
    `${labels.headline[locale]}${sep}${summarize(clean).headline[locale]}`,
    ...metaRows(meta, locale).map(([k, v]) => `${k}${sep}${v}`),
  ];
  for (const r of clean) {
    lines.push('', `[${statusLabels[r.status][locale]}] ${r.title[locale]}`);
    lines.push(`  ${labels.evidence[locale]}${sep}${indent(r.evidence[locale], '  ')}`);
    if (r.advice[locale]) lines.push(`  ${labels.advice[locale]}${sep}${indent(r.advice[locale], '  ')}`);
    if (r.faq.length) lines.push(`  ${labels.faq[locale]}${sep}${faqLine(r.faq, locale)}`);
  }
  return `${lines.join('\n')}\n`;
}

function mdEscape(value: string): string {
  return value.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

export function formatReportMarkdown(results: readonly CheckResult[], meta: ReportMeta, locale: UiLocale): string {
  const clean = results.map(scrubResult);
  const sep = locale === 'zh' ? '：' : ': ';
  const lines = [
    `> ${mdEscape(privacyNotice[locale])}`,
    '',
    `# ${reportTitle[locale]}`,
    '',
    `**${labels.headline[locale]}${sep}**${mdEscape(summarize(clean).headline[locale])}`,
    '',
    locale === 'zh' ? '| 项目 | 内容 |' : '| Item | Value |',
    '|---|---|',
    ...metaRows(meta, locale).map(([k, v]) => `| ${mdEscape(k)} | ${mdEscape(v)} |`),
  ];
  for (const r of clean) {
    lines.push('', `## ${statusLabels[r.status][locale]} · ${mdEscape(r.title[locale])}`, '');
    lines.push(`- ${labels.evidence[locale]}${sep}${indent(mdEscape(r.evidence[locale]), '  ')}`);
    if (r.advice[locale]) lines.push(`- ${labels.advice[locale]}${sep}${indent(mdEscape(r.advice[locale]), '  ')}`);
    if (r.faq.length) lines.push(`- ${labels.faq[locale]}${sep}${faqLine(r.faq, locale)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function formatReportJson(results: readonly CheckResult[], meta: ReportMeta): string {
  const clean = results.map(scrubResult);
  const pageKind = meta.pageKind !== undefined && isPageKindId(meta.pageKind) ? meta.pageKind : undefined;
  return JSON.stringify(
    {
      privacy: privacyNotice,
      generatedAt: scrub(String(meta.generatedAt)),
      extensionVersion: scrub(String(meta.extensionVersion)),
      ...(pageKind ? { pageKind } : {}),
      ...(meta.url !== undefined ? { url: sanitizeUrl(meta.url) ?? null } : {}),
      ...(meta.pageMismatch ? { pageMismatch: { ...meta.pageMismatch, path: scrub(meta.pageMismatch.path) } } : {}),
      summary: summarize(clean),
      results: clean,
    },
    null,
    2,
  );
}
