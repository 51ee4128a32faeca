import type { PageKindId } from '../platform/page-kinds';
import type { FaqEntry } from './schema';

/** An entry shown on a page, and why it is shown there. */
export interface PageMatch {
  entry: FaqEntry;
  /** `message`: it answers a message the page showed; `page`: it was written for this kind of page. */
  reason: 'message' | 'page';
  /** The page's own message it answers (for `message`). */
  message?: string;
}

/** The platform's own entries first, then the helper's notes, then local packs'. */
const sourceRank: Record<FaqEntry['source'], number> = { platform: 0, helper: 1, local: 2 };

/**
 * The entries written for a kind of page: the platform's own before the helper's notes and local
 * packs', then those naming the page first in their `pageKinds` before those naming it later, then by number. No search involved, so
 * the content script can count them on every page without loading the search index.
 */
export function entriesForPageKind(kind: PageKindId, entries: readonly FaqEntry[], except?: ReadonlySet<FaqEntry>): PageMatch[] {
  return entries
    .filter((entry) => !except?.has(entry) && entry.pageKinds.includes(kind))
    .sort(
      (a, b) =>
        sourceRank[a.source] - sourceRank[b.source] ||
        a.pageKinds.indexOf(kind) - b.pageKinds.indexOf(kind) ||
        a.number - b.number,
    )
    .map((entry) => ({ entry, reason: 'page' as const }));
}
