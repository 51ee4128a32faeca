import type { PageKindId } from '../platform/page-kinds';
import { faqEntries } from './entries';
import type { FaqEntry } from './schema';
import { searchFaq } from './search';

/** An entry shown on a page, and why it is shown there. */
export interface PageMatch {
  entry: FaqEntry;
  /** `message`: it answers a message the page showed; `page`: it was written for this kind of page. */
  reason: 'message' | 'page';
  /** The page's own message it answers (for `message`). */
  message?: string;
}

/** Below this search score a page message is too vague to claim an answer (measured on tests/unit/faq/match.test.ts). */
export const minMessageScore = 6;
const maxMessages = 5;

/**
 * Ranks the entries for a page: first entries that answer the page's own messages (error tips,
 * alert() texts) in the order the messages came, then the entries written for this kind of page,
 * those naming it first in their `pageKinds` before those naming it later, then by number.
 */
export function matchEntriesForPage(input: {
  kind: PageKindId;
  messages?: readonly string[];
  entries?: readonly FaqEntry[];
}): PageMatch[] {
  const entries = input.entries ?? faqEntries;
  const matches: PageMatch[] = [];
  const shown = new Set<FaqEntry>();

  for (const message of (input.messages ?? []).slice(0, maxMessages)) {
    const [best] = searchFaq(message, { limit: 1, entries });
    if (!best || best.score < minMessageScore || shown.has(best.entry)) continue;
    shown.add(best.entry);
    matches.push({ entry: best.entry, reason: 'message', message });
  }

  const forPage = entries
    .filter((entry) => !shown.has(entry) && entry.pageKinds.includes(input.kind))
    .sort(
      (a, b) =>
        a.pageKinds.indexOf(input.kind) - b.pageKinds.indexOf(input.kind) ||
        Number(a.source === 'local') - Number(b.source === 'local') ||
        a.number - b.number,
    );
  for (const entry of forPage) matches.push({ entry, reason: 'page' });
  return matches;
}
