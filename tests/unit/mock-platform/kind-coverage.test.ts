import { describe, expect, it } from 'vitest';
import { pageKindRegistry } from '../../../platform/kinds';
import { reportList } from '../../mock-platform/layout/report-views';
import { mockRoutes } from '../../mock-platform/routes';

/**
 * Every page kind the registry knows is something the mock lets a test reach: a route that serves
 * it, or — for a report period, which no URL names — a served list holding a card with that label.
 */
describe('the mock platform serves every page kind', () => {
  const served = new Set<string>(mockRoutes.map((route) => route.kind));
  const reportCards = [true, false].flatMap((keyManaged) => [2024, 2025, 2026].flatMap((year) => reportList('RT', year, keyManaged)));

  it.each(pageKindRegistry.map((kind) => [kind.id, kind] as const))('%s', (id, kind) => {
    if (served.has(id)) return;
    const opened = kind.openedFromCard;
    expect(opened, `${id} is neither served by a mock route nor opened from a card: add a page under tests/mock-platform/pages`).toBeDefined();
    expect(served.has(opened!.from), `${id} opens from ${opened!.from}, which no mock route serves`).toBe(true);
    expect(reportCards.filter((card) => opened!.label.test(card.label.trim())).length, `no card of the mock's report lists is labelled as ${id}`).toBeGreaterThan(0);
  });
});
