import { formatOs, parseBrowser, type UaDataLike } from './browser';
import type { CheckStatus } from './check';
import { isCheckId, type CheckId } from './check-ids';
import type { CheckResult } from './check-result';
import { encodeCaseCode } from './case-code';
import { isPageKindId } from '../platform/page-kinds';
import type { ReportMeta } from './report';

/**
 * The report in a form a phone can take in one photo (a QR code): ASCII lines of `key=value`.
 *
 *   PSC1                                     format and version
 *   t=2026-12-05T23:42Z                      when the diagnosis ran (UTC, to the minute)
 *   v=0.1.0                                  helper version
 *   k=login                                  page kind, when known
 *   b=Chrome 120 / Windows 10 or 11          browser and system, from the user agent
 *   s=browser:p,ie-advice:i,cookies:f,...    each check's id and status (f w i p s)
 *   c=3KQ7-R2M4                              the case code
 *
 * Nothing personal: no address, no evidence texts, no account, no form content.
 */
export const compactHeader = 'PSC1';

const statusLetters: Record<CheckStatus, string> = { fail: 'f', warn: 'w', info: 'i', pass: 'p', skip: 's' };
const letterStatuses = Object.fromEntries(Object.entries(statusLetters).map(([status, letter]) => [letter, status])) as Record<string, CheckStatus>;

/** Keeps a value on one line of printable ASCII. */
function ascii(value: string): string {
  return value.replace(/[^\x20-\x7e]/g, '').replace(/[|\n\r]/g, ' ').trim().slice(0, 80);
}

export function browserLine(ua: string | undefined, uaData?: UaDataLike): string | undefined {
  if (!ua && !uaData) return undefined;
  const info = parseBrowser(ua ?? '', uaData);
  return ascii(`${info.label.en} / ${formatOs(info.os).en}`);
}

export function formatCompactReport(results: readonly CheckResult[], meta: ReportMeta, browser?: string): string {
  const time = Number.isFinite(Date.parse(meta.generatedAt)) ? new Date(meta.generatedAt).toISOString().slice(0, 16) + 'Z' : undefined;
  const lines = [compactHeader];
  if (time) lines.push(`t=${time}`);
  lines.push(`v=${ascii(String(meta.extensionVersion))}`);
  if (meta.pageKind !== undefined && isPageKindId(meta.pageKind)) lines.push(`k=${meta.pageKind}`);
  if (browser) lines.push(`b=${ascii(browser)}`);
  lines.push(`s=${results.map((result) => `${result.id}:${statusLetters[result.status]}`).join(',')}`);
  lines.push(`c=${encodeCaseCode(results)}`);
  return lines.join('\n');
}

export interface CompactReport {
  time?: string;
  version?: string;
  pageKind?: string;
  browser?: string;
  statuses: { id: CheckId; status: CheckStatus }[];
  caseCode?: string;
}

/** Reads the compact form back (what a helpdesk's QR scanner shows); undefined if it is not one. */
export function parseCompactReport(text: string): CompactReport | undefined {
  const [header, ...lines] = String(text ?? '').trim().split(/\r?\n/);
  if (header !== compactHeader) return undefined;
  const fields = new Map(lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
  const statuses = (fields.get('s') ?? '')
    .split(',')
    .map((pair) => pair.split(':'))
    .flatMap(([id, letter]) => (id && isCheckId(id) && letter && letterStatuses[letter] ? [{ id, status: letterStatuses[letter]! }] : []));
  return {
    ...(fields.has('t') ? { time: fields.get('t') } : {}),
    ...(fields.has('v') ? { version: fields.get('v') } : {}),
    ...(fields.has('k') ? { pageKind: fields.get('k') } : {}),
    ...(fields.has('b') ? { browser: fields.get('b') } : {}),
    statuses,
    ...(fields.has('c') ? { caseCode: fields.get('c') } : {}),
  };
}
