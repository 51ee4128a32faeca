import { describe, expect, it } from 'vitest';
import { builtInEntries } from '../../../faq/entries';
import { entriesForPageKind } from '../../../faq/page-entries';
import { countPageEntries } from '../../../faq/page-entry-counts';
import { pageKindIds } from '../../../platform/page-kinds';

describe('entry counts per page kind (built into the content script for the tab)', () => {
  it('gives every kind the number of entries the panel lists for it, and none where there are none', () => {
    const counts = countPageEntries(builtInEntries);
    for (const kind of pageKindIds) {
      const listed = entriesForPageKind(kind, builtInEntries).length;
      expect(counts[kind] ?? 0, kind).toBe(listed);
    }
    expect(Object.values(counts).some((count) => count > 0)).toBe(true);
  });
});
