import { detectPage } from '../../../platform/detect';
import type { PageKindId } from '../../../platform/page-kinds';
import { findPlatformFields, type PlatformFields } from '../../../platform/fields';
import { limits, queryAll, shortText } from '../../../platform/dom-text';
import { findExpiryDate } from '../../../tools/expiry-date';
import type { CoordinateTargets, RenewalAnchor } from './model';

/** What the field tools attach to in one frame. */
export interface PageScan {
  creditInputs: HTMLInputElement[];
  coordinates?: CoordinateTargets;
  renewal?: RenewalAnchor;
}

function editable(input: HTMLInputElement): boolean {
  return !input.readOnly && !input.disabled;
}

const CONFIRM = /^(?:确\s*[定认]|保\s*存)$/;

/** The picker's 确定 (or 确认/保存) button. */
function confirmButton(doc: Document): HTMLElement | undefined {
  return queryAll<HTMLElement>(doc, 'button, input[type=button], input[type=submit], a[class*="btn" i]', limits.controls).find((element) =>
    CONFIRM.test(element.tagName.toUpperCase() === 'INPUT' ? (element.getAttribute('value') ?? '').trim() : shortText(element, 10)),
  );
}

function coordinateTargets(doc: Document, fields: PlatformFields): CoordinateTargets | undefined {
  const decimal = fields.coordinateDecimalInputs.filter(editable);
  const lon = decimal.find((input) => fields.longitude.includes(input));
  const lat = decimal.find((input) => fields.latitude.includes(input));
  // The picker is where decimal inputs sit next to 定位 or 拾取; elsewhere (the basic-info card) they are read-only copies.
  if (!lon || !lat || (!fields.locateButton && !fields.pickButton)) return undefined;
  return { lon, lat, locate: fields.locateButton, pick: fields.pickButton, map: fields.mapArea, confirm: confirmButton(doc) };
}

/** The innermost cell whose own text holds the expiry date, for the renewal tip to sit next to. */
function expiryCell(doc: Document, expiryDate: string): HTMLElement | undefined {
  let best: { element: HTMLElement; length: number } | undefined;
  for (const element of queryAll<HTMLElement>(doc.body, 'td, dd, span, b, strong, em, label, p, li, div', limits.controls * 4)) {
    const text = shortText(element, 120);
    if (text.length >= 120 || findExpiryDate(text) !== expiryDate) continue;
    if (!best || text.length < best.length) best = { element, length: text.length };
  }
  return best?.element;
}

function renewalAnchor(doc: Document, kind: PageKindId, fields: PlatformFields): RenewalAnchor | undefined {
  if (kind !== 'renewal') return undefined;
  const expiryText = fields.expiryText;
  const expiryDate = expiryText === undefined ? undefined : findExpiryDate(expiryText);
  if (!expiryDate) return undefined;
  const anchor = expiryCell(doc, expiryDate);
  return anchor ? { anchor, expiryDate } : undefined;
}

/** What the frame's latest look already found: its fields and page kind, so the page is not read twice. */
export interface LookedAt {
  fields: PlatformFields;
  kind: PageKindId;
}

/**
 * Looks at the frame's document once (or uses `looked`, a look just taken); cheap and bounded (the
 * platform finders cap what they read). Never throws.
 */
export function scanPage(doc: Document, url: string, looked?: LookedAt): PageScan {
  try {
    const fields = looked?.fields ?? findPlatformFields(doc);
    const scan: PageScan = { creditInputs: fields.creditCode.filter(editable) };
    const coordinates = coordinateTargets(doc, fields);
    if (coordinates) scan.coordinates = coordinates;
    const renewal = renewalAnchor(doc, looked?.kind ?? detectPage({ url, document: doc }).kind, fields);
    if (renewal) scan.renewal = renewal;
    return scan;
  } catch {
    return { creditInputs: [] };
  }
}
