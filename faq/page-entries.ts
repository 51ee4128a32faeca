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

/**
 * The entries written for a kind of page: those naming it first in their `pageKinds` before those
 * naming it later, the platform's own before local packs', then by number. No search involved, so
 * the content script can count them on every page without loading the search index.
 */
export function entriesForPageKind(kind: PageKindId, entries: readonly FaqEntry[], except?: ReadonlySet<FaqEntry>): PageMatch[] {
  return entries
    .filter((entry) => !except?.has(entry) && entry.pageKinds.includes(kind))
    .sort(
      (a, b) =>
        a.pageKinds.indexOf(kind) - b.pageKinds.indexOf(kind) ||
        Number(a.source === 'local') - Number(b.source === 'local') ||
        a.number - b.number,
    )
    .map((entry) => ({ entry, reason: 'page' as const }));
}
