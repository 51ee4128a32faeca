import type { PageKindId } from '../platform/page-kinds';
import { faqEntries } from './entries';
import type { FaqEntry } from './schema';
import { searchFaq } from './search';
import { entriesForPageKind, type PageMatch } from './page-entries';

export type { PageMatch } from './page-entries';

/** Below this search score a page message is too vague to claim an answer (measured on tests/unit/faq/match.test.ts). */
export const minMessageScore = 500;
const maxMessages = 5;

/**
 * Ranks the entries for a page: first entries that answer the page's own messages (error tips,
 * alert() texts) in the order the messages came, then the entries written for this kind of page
 * (see `entriesForPageKind`).
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
  return [...matches, ...entriesForPageKind(input.kind, entries, shown)];
}
