import { queryAll, readDocument, type DocumentReader } from '../platform/dom-text';
import { findExpiryDate } from './expiry-date';
import { toHalfWidth } from './half-width';
import type { PermitSighting, PermitSource } from './permit-watch';
import { normalizeCategory } from './report-obligations';

/** The page kinds that show a permit's validity, and what each is called as a source. */
export const permitSources: Readonly<Record<string, PermitSource>> = {
  'public-info': 'public-detail',
  dashboard: 'dashboard',
  renewal: 'renewal-list',
};

const maxCells = 300;
const VALIDITY = /^有效期(?:限)?\s*[:：]?$/;
const VALID_TO = /^有效期(?:至|止|截止|结束)(?:日期)?\s*[:：]?$/;
const VALID_FROM = /^有效期(?:起|自|开始)(?:日期)?\s*[:：]?$/;
const NUMBER = /^(?:许可证编号|许可证编码|证书编号)\s*[:：]?$/;
const CATEGORY = /^管理类别\s*[:：]?$/;
const PERMIT_NUMBER = /^[0-9A-Z]{12,30}$/;

function cellText(cell: Element | null | undefined): string {
  return toHalfWidth((cell?.textContent ?? '').slice(0, 400)).replace(/[\s\u00a0\u3000]+/g, ' ').trim().slice(0, 200);
}

/** At most `maxCells` cells of a table, in its outline (the first rows of a long one). */
function cells(root: ParentNode, selector: string): Element[] {
  return queryAll(root, selector, maxCells);
}

interface Found {
  validity?: string;
  validTo?: string;
  validFrom?: string;
  number?: string;
  category?: string;
}

const usable: Record<keyof Found, (value: string) => boolean> = {
  validity: (value) => findExpiryDate(value) !== undefined,
  validTo: (value) => findExpiryDate(value) !== undefined,
  validFrom: (value) => findExpiryDate(value) !== undefined,
  number: (value) => PERMIT_NUMBER.test(value.replace(/\s/g, '').toUpperCase()),
  category: (value) => normalizeCategory(value) !== undefined,
};

/** Keeps the first value of each kind that is what it should be (a cell beside a label may be another label). */
const fill = (found: Found, key: keyof Found, value: string | undefined) => {
  if (found[key] === undefined && value && usable[key](value)) found[key] = value;
};

/** Label cells followed by their value (「有效期限：」|「2022-03-16至2027-03-15」), as on the public detail's table.tab0. */
function fromLabelledCells(labels: Element[], found: Found): void {
  for (const label of labels) {
    const text = cellText(label);
    if (text.length > 12) continue;
    const value = cellText(label.nextElementSibling);
    if (VALIDITY.test(text)) fill(found, 'validity', value);
    else if (VALID_TO.test(text)) fill(found, 'validTo', value);
    else if (VALID_FROM.test(text)) fill(found, 'validFrom', value);
    else if (NUMBER.test(text)) fill(found, 'number', value);
    else if (CATEGORY.test(text)) fill(found, 'category', value);
  }
}

/** A header row naming the columns (许可证编号 … 有效期限 / 有效期起 有效期至): the first data row's values. */
function fromColumns(headers: Element[], found: Found): void {
  const header = headers.find((cell) => {
    const text = cellText(cell);
    return text.length <= 12 && (VALIDITY.test(text) || VALID_TO.test(text));
  });
  const row = header?.closest('tr');
  const data = row?.nextElementSibling;
  if (!row || !data) return;
  const heads = Array.from(row.children).map(cellText);
  const values = Array.from(data.children).map(cellText);
  const at = (pattern: RegExp) => {
    const index = heads.findIndex((text) => pattern.test(text));
    return index >= 0 ? values[index] : undefined;
  };
  fill(found, 'validity', at(VALIDITY));
  fill(found, 'validTo', at(VALID_TO));
  fill(found, 'validFrom', at(VALID_FROM));
  fill(found, 'number', at(NUMBER));
  fill(found, 'category', at(CATEGORY));
}

function firstDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const match = /(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})/.exec(text);
  return match ? findExpiryDate(`${match[1]}-${match[2]}-${match[3]}`) : undefined;
}

/**
 * The permit's validity where the platform shows it: the public detail's `table.tab0`, the dashboard,
 * the renewal (延续) list. Reads table cells by selector in the page's outline (bounded), never the page's text, and only
 * on those page kinds. Never throws; undefined when the page shows no usable end date.
 */
export function readPermitOnPage(doc: Document, kind: string, reader: DocumentReader = readDocument(doc)): PermitSighting | undefined {
  const source = permitSources[kind];
  if (!source) return undefined;
  try {
    const found: Found = {};
    // The public detail's tables (table.tab0): a header row over a data row, or label cells beside values.
    for (const table of reader.query('table.tab0', 5)) {
      fromColumns(cells(table, 'th'), found);
      fromLabelledCells(cells(table, 'th, td'), found);
    }
    // On the public side only the detail's own table: a search result lists other enterprises' permits.
    if (source !== 'public-detail' && found.validity === undefined && found.validTo === undefined) {
      const headers = reader.query('th', maxCells);
      fromColumns(headers, found);
      if (found.validity === undefined && found.validTo === undefined) fromLabelledCells(headers, found);
    }
    const expiry = findExpiryDate(found.validTo ?? found.validity ?? '');
    if (!expiry) return undefined;
    const validFrom = firstDate(found.validFrom ?? (found.validTo === undefined ? found.validity : undefined));
    const sighting: PermitSighting = { expiry, source };
    if (validFrom && validFrom < expiry) sighting.validFrom = validFrom;
    if (found.number) sighting.permitNumber = found.number.replace(/\s/g, '').toUpperCase();
    const category = found.category ? normalizeCategory(found.category) : undefined;
    if (category) sighting.category = category;
    return sighting;
  } catch {
    return undefined;
  }
}
