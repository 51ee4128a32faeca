import type { LocalizedText } from '../../lib/localized';
import type { CheckId } from '../check-ids';
import { checkTitles, type CheckResult, type CheckStatus } from '../check-result';
import { emptyText, text } from '../text';

export function makeResult(
  id: CheckId,
  status: CheckStatus,
  evidence: LocalizedText,
  advice: LocalizedText = emptyText,
  faq: number[] = [],
): CheckResult {
  return { id, title: checkTitles[id], status, evidence, advice, faq };
}

/** A check that could not measure what it needs: says why, never guesses. */
export function skipped(id: CheckId, reason: LocalizedText, faq: number[] = []): CheckResult {
  return makeResult(id, 'skip', reason, emptyText, faq);
}

export const noUserAgent = text('没有取得浏览器标识（User-Agent），无法判断。', 'No user agent string was collected; nothing to judge.');
