import type { PageKindId } from '../platform/page-kinds';
import { isNotAnError } from '../platform/page-messages';
import { builtInEntries, helperMessageRules } from './entries';
import type { FaqEntry } from './schema';
import { searchFaq } from './search';
import { entriesForPageKind, type PageMatch } from './page-entries';

export type { PageMatch } from './page-entries';

/** Below this search score a page message is too vague to claim an answer (measured on tests/unit/faq/match.test.ts). */
export const minMessageScore = 500;
const maxMessages = 5;

const searchable = new WeakMap<readonly FaqEntry[], readonly FaqEntry[]>();

/**
 * The entries a message is searched in: all but the helper's notes, which answer messages only
 * through their rules (a note found by a near word would be a guess). Kept per list, so the search
 * index of the list is built once.
 */
function searchableEntries(entries: readonly FaqEntry[]): readonly FaqEntry[] {
  let list = searchable.get(entries);
  if (!list) {
    list = entries.filter((entry) => entry.source !== 'helper');
    searchable.set(entries, list);
  }
  return list;
}

/** The helper note a message is a known failure for, on this kind of page, and whether it alone answers it. */
function helperNoteFor(message: string, kind: PageKindId, entries: readonly FaqEntry[]): { note: FaqEntry; only: boolean } | undefined {
  for (const rule of helperMessageRules) {
    if (rule.kinds && !rule.kinds.includes(kind)) continue;
    if (!rule.pattern.test(message)) continue;
    const note = entries.find((entry) => entry.source === 'helper' && entry.number === rule.note);
    if (note) return { note, only: rule.only === true };
  }
  return undefined;
}

/**
 * Ranks the entries for a page: first entries that answer the page's own messages (error tips,
 * alert() texts) in the order the messages came — for each message the platform FAQ's answer, then
 * the helper note written for that failure (or the note alone, where its rule says the FAQ has
 * nothing on it) — then the entries written for this kind of page (see
 * `entriesForPageKind`).
 */
export function matchEntriesForPage(input: {
  kind: PageKindId;
  messages?: readonly string[];
  entries?: readonly FaqEntry[];
}): PageMatch[] {
  const entries = input.entries ?? builtInEntries;
  const matches: PageMatch[] = [];
  const shown = new Set<FaqEntry>();
  const add = (entry: FaqEntry | undefined, message: string) => {
    if (!entry || shown.has(entry)) return;
    shown.add(entry);
    matches.push({ entry, reason: 'message', message });
  };

  // alert() texts come here without the page collector's filter: statuses and directions are not failures.
  for (const message of (input.messages ?? []).filter((text) => !isNotAnError(text.trim())).slice(0, maxMessages)) {
    const helper = helperNoteFor(message, input.kind, entries);
    if (!helper?.only) {
      const [best] = searchFaq(message, { limit: 1, entries: searchableEntries(entries) });
      if (best && best.score >= minMessageScore) add(best.entry, message);
    }
    add(helper?.note, message);
  }
  return [...matches, ...entriesForPageKind(input.kind, entries, shown)];
}
