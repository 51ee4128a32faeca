/** Where an element is on the document (not the viewport), or undefined when it is not rendered. */
export interface DocumentBox {
  top: number;
  left: number;
  width: number;
  height: number;
}

export function documentBox(element: Element | undefined): DocumentBox | undefined {
  if (!element?.isConnected) return undefined;
  const view = element.ownerDocument.defaultView;
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return undefined;
  return { top: rect.top + (view?.scrollY ?? 0), left: rect.left + (view?.scrollX ?? 0), width: rect.width, height: rect.height };
}

const GAP = 4;
const EDGE = 4;

/**
 * A tip of about `width` px just below `anchor`, kept inside the page's current width so it never
 * widens the page (which would add a horizontal scroll bar).
 */
export function placeBelow(anchor: Element, width: number): { top: number; left: number; width: number } | undefined {
  const box = documentBox(anchor);
  if (!box) return undefined;
  const doc = anchor.ownerDocument;
  const view = doc.defaultView;
  const scrollX = view?.scrollX ?? 0;
  const pageWidth = doc.documentElement.clientWidth || (view?.innerWidth ?? width);
  const fitted = Math.max(160, Math.min(width, pageWidth - 2 * EDGE));
  const maxLeft = scrollX + pageWidth - fitted - EDGE;
  return { top: box.top + box.height + GAP, left: Math.max(scrollX + EDGE, Math.min(box.left, maxLeft)), width: fitted };
}

/** The strip at the page's right edge that the helper's own panel covers when open (380 px default width, its tab, a gap). */
export const panelStripWidth = 420;

/**
 * To the right of `beside` (the map) when the page has room there, left of the strip the helper's
 * panel opens into, else below it, so that it is never covered; `fallback` when there is no
 * `beside` on the page or it is not rendered.
 */
export function placeBesideOrBelow(
  beside: Element | undefined,
  fallback: Element,
  width: number,
): { top: number; left: number; width: number } | undefined {
  const side = documentBox(beside);
  if (!side || !beside) return placeBelow(fallback, width);
  const doc = beside.ownerDocument;
  const pageWidth = doc.documentElement.clientWidth || (doc.defaultView?.innerWidth ?? 0);
  const left = side.left + side.width + 12;
  if (left + width + EDGE <= (doc.defaultView?.scrollX ?? 0) + pageWidth - panelStripWidth) return { top: side.top, left, width };
  return placeBelow(beside, width);
}
