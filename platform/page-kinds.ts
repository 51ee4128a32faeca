import { pageKindRegistry, type PageKindId } from './kinds';
import type { CheckId } from '../diagnosis/check-ids';
import type { PageKind, PanelToolId } from './kinds/kind';

/**
 * Every kind of platform page the helper tells apart, derived from the registry (platform/kinds/).
 * The ids are shared by the detectors, the FAQ data (which entries belong to which page) and the
 * panel's `data-page-kind`.
 */
export type { PageKindId };

export const pageKindIds: readonly PageKindId[] = pageKindRegistry.map((kind) => kind.id);

const byId = new Map<string, PageKind<PageKindId>>(pageKindRegistry.map((kind) => [kind.id, kind]));

export function isPageKindId(value: string): value is PageKindId {
  return byId.has(value);
}

/** The kind's declaration. */
export function pageKind(id: PageKindId): PageKind<PageKindId> {
  const kind = byId.get(id);
  if (!kind) throw new Error(`No page kind ${id}`);
  return kind;
}

/** `pageKinds[id].specificity`, as callers have used it. */
export const pageKinds = Object.fromEntries(pageKindRegistry.map((kind) => [kind.id, { specificity: kind.specificity }])) as Record<
  PageKindId,
  { specificity: number }
>;

/** The environment checks that matter on this kind of page, besides those of its FAQ entries. */
export function offeredChecks(id: PageKindId): readonly CheckId[] {
  return isPageKindId(id) ? (pageKind(id).offers?.checks ?? []) : [];
}

/** The kinds of page whose panel offers `tool` (`PageKind.offers`), for the field-tools registry. */
export function kindsOffering(tool: PanelToolId): PageKindId[] {
  return pageKindRegistry.filter((kind) => (kind.offers?.tools as readonly string[] | undefined)?.includes(tool)).map((kind) => kind.id);
}
