import type { PageKindId } from '../platform/page-kinds';
import { entriesForPageKind } from './page-entries';
import type { FaqEntry } from './schema';

/** How many entries are written for each kind of page (kinds without any left out). */
export type PageEntryCounts = Partial<Record<PageKindId, number>>;

/**
 * Counted at build time over the built-in entries (wxt.config.ts), so the tab on every platform page
 * shows its count without the content script carrying the FAQ data; once the panel's module is
 * loaded (panel opened, a page message, local packs) the entries themselves are counted.
 */
export function countPageEntries(entries: readonly FaqEntry[]): PageEntryCounts {
  const counts: PageEntryCounts = {};
  for (const kind of new Set(entries.flatMap((entry) => entry.pageKinds))) counts[kind] = entriesForPageKind(kind, entries).length;
  return counts;
}
