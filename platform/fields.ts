import { findExpiryDate } from '../tools/expiry-date';
import type { PageKindId } from './page-kinds';
import {
  cleanText,
  controlNames,
  findButtons,
  inputType,
  isHiddenByMarkup,
  limits,
  readDocument,
  shortText,
  type DocumentReader,
} from './dom-text';

/** The platform's fields the field tools attach to. Every list is in document order. */
export interface PlatformFields {
  /** 统一社会信用代码 inputs. */
  creditCode: HTMLInputElement[];
  /** Every input holding a longitude, the hidden `longitude` ones included. */
  longitude: HTMLInputElement[];
  latitude: HTMLInputElement[];
  /** The visible inputs where a person types decimal degrees (经度/纬度), longitude and latitude together. */
  coordinateDecimalInputs: HTMLInputElement[];
  /** The 「拾取」 button of the map picker. */
  pickButton?: HTMLElement;
  /** The 「定位」 button. */
  locateButton?: HTMLElement;
  /** The map (a div, an iframe, or an old Flash object). */
  mapArea?: HTMLElement;
  fileInputs: HTMLInputElement[];
  /** The text of the 有效期限 (validity period) cell, e.g. 「2021-03-01 至 2026-02-28」. */
  expiryText?: string;
}

// `SocietyCode` is the name on 修改企业基本信息 (updateEnterMSG.jsp).
const CREDIT_NAME = /credit|tyshxydm|shxydm|xydm|uscc|socialcode|societycode|unifiedcode/;
const CREDIT_LABEL = /统一社会信用代码|社会信用代码|信用代码/;
const LONGITUDE_NAME = /longitude|(?:^|[\s_-])(?:lng|lon|jd)(?:$|[\s_-])/;
const LATITUDE_NAME = /latitude|(?:^|[\s_-])(?:lat|wd)(?:$|[\s_-])/;
// Degree/minute/second parts of a split coordinate entry are not decimal inputs.
const DMS_PART = /(?:^|[\s_-])(?:du|fen|miao|deg|min|sec|d|f|m|s)(?:$|[\s_-])|degree|minute|second/;
const DMS_LABEL = /^[度分秒′″'"]$/;
const TEXT_TYPES = new Set(['text', 'number', 'tel', 'search', '']);

function textInputs(reader: DocumentReader): HTMLInputElement[] {
  return reader.controls().filter((control): control is HTMLInputElement => control.tagName.toUpperCase() === 'INPUT');
}

function labelled(reader: DocumentReader, names: RegExp, label: RegExp): HTMLInputElement[] {
  return textInputs(reader).filter((input) => {
    const type = inputType(input);
    if (!TEXT_TYPES.has(type) && type !== 'hidden') return false;
    if (names.test(controlNames(input))) return true;
    return type !== 'hidden' && label.test(reader.label(input));
  });
}

function isDecimalCoordinateInput(input: HTMLInputElement, reader: DocumentReader): boolean {
  if (isHiddenByMarkup(input) || !TEXT_TYPES.has(inputType(input))) return false;
  if (DMS_PART.test(controlNames(input).replace(/longitude|latitude/g, ''))) return false;
  const next = input.nextSibling;
  const unitAfter = cleanText(next?.nodeType === 3 ? next.nodeValue : next?.nodeType === 1 ? shortText(next as Element, 4) : '');
  return !DMS_LABEL.test(unitAfter) && !DMS_LABEL.test(reader.label(input));
}

/** Visible 统一社会信用代码 inputs. */
export function findCreditCodeInputs(reader: DocumentReader): HTMLInputElement[] {
  return labelled(reader, CREDIT_NAME, CREDIT_LABEL).filter((input) => inputType(input) !== 'hidden');
}

export function findCoordinateInputs(
  reader: DocumentReader,
): Pick<PlatformFields, 'longitude' | 'latitude' | 'coordinateDecimalInputs'> {
  const longitude = labelled(reader, LONGITUDE_NAME, /经\s*度/);
  const latitude = labelled(reader, LATITUDE_NAME, /纬\s*度/);
  const both = new Set([...longitude, ...latitude]);
  return {
    longitude,
    latitude,
    coordinateDecimalInputs: textInputs(reader).filter((input) => both.has(input) && isDecimalCoordinateInput(input, reader)),
  };
}

export function findFileInputs(reader: DocumentReader): HTMLInputElement[] {
  return textInputs(reader).filter((input) => inputType(input) === 'file');
}

export function findMapArea(doc: Document, reader: DocumentReader = readDocument(doc)): HTMLElement | undefined {
  const candidates = reader.query<HTMLElement>(
    '[id*="map" i], [class*="map" i], iframe[src*="map" i], object[data*="map" i], embed[src*="map" i], object[type*="flash" i], embed[type*="flash" i]',
    limits.headings,
  );
  return candidates.find((element) => !['INPUT', 'BUTTON', 'A', 'SPAN', 'OPTION', 'SCRIPT', 'LINK', 'META'].includes(element.tagName.toUpperCase()));
}

const EXPIRY_LABEL = new Set(['th', 'td', 'label', 'span', 'dt', 'b', 'strong']);

/**
 * The elements around the page's text nodes (limits.text) that pass `test`, up to `levels` up, each
 * once, outer ones first and in document order: the cells that hold a text, without reading every cell.
 */
function cellsAroundText(reader: DocumentReader, test: (text: string) => boolean, tags: ReadonlySet<string>, levels: number): Element[] {
  const found: Element[] = [];
  const seen = new Set<Element>();
  const body = reader.doc.body;
  for (const node of reader.textNodes()) {
    if (!test(node.nodeValue ?? '')) continue;
    const chain: Element[] = [];
    for (let element = node.parentElement, depth = 0; element && element !== body && depth < levels && !seen.has(element); element = element.parentElement, depth++) {
      seen.add(element);
      if (tags.has(element.localName)) chain.push(element);
    }
    found.push(...chain.reverse());
  }
  return found;
}

/** The text after 「有效期限」 in its cell or line: what follows a colon, or the next cell's text. */
function labelledExpiry(reader: DocumentReader): string | undefined {
  for (const element of cellsAroundText(reader, (text) => text.includes('有效期'), EXPIRY_LABEL, 3)) {
    const match = /^有效期限?\s*(?:[:：]\s*(.*))?$/.exec(shortText(element, 80));
    if (!match) continue;
    const inline = cleanText(match[1]);
    if (inline !== '') return inline;
    const next = element.nextElementSibling;
    const nextText = next ? shortText(next, 200) : '';
    if (nextText !== '') return nextText;
    const value = cleanText(next?.querySelector('input')?.getAttribute('value'));
    if (value !== '') return value;
  }
  return undefined;
}

/**
 * A list whose header row has 有效期起 / 有效期至 (or 有效期限) columns: the first data row's
 * values of those columns, joined as the platform writes a period (「起 至 止」).
 */
function columnExpiry(reader: DocumentReader): string | undefined {
  for (const header of reader.query<HTMLTableCellElement>('th', limits.controls)) {
    if (!/^有效期(?:限|起|至|止)?/.test(shortText(header, 20))) continue;
    const headerRow = header.closest('tr');
    const dataRow = headerRow?.nextElementSibling;
    if (!headerRow || !dataRow) continue;
    const heads = Array.from(headerRow.children).map((cell) => shortText(cell, 20));
    const cells = Array.from(dataRow.children).map((cell) => shortText(cell, 100));
    const at = (pattern: RegExp): string => {
      const index = heads.findIndex((text) => pattern.test(text));
      return index >= 0 ? (cells[index] ?? '') : '';
    };
    const whole = at(/^有效期限?$/);
    if (whole !== '') return whole;
    const from = at(/^有效期(?:起|自|开始)/);
    const to = at(/^有效期(?:至|止|截止|结束)/);
    if (from !== '' || to !== '') return [from, to].filter((part) => part !== '').join(' 至 ');
  }
  return undefined;
}

/** The validity period shown on the page; the cell scan runs only when the page text mentions 有效期 at all. */
export function findExpiryText(reader: DocumentReader): string | undefined {
  if (!reader.text().includes('有效期')) return undefined;
  const text = labelledExpiry(reader) ?? columnExpiry(reader);
  return text === undefined ? undefined : text.slice(0, 200);
}

const EDITABLE = (input: HTMLInputElement): boolean => !input.readOnly && !input.disabled;

/** The coordinate picker's controls (FAQ 20): decimal inputs, 定位, 拾取, the map and 确定. */
export interface CoordinateTargets {
  lon: HTMLInputElement;
  lat: HTMLInputElement;
  locate?: HTMLElement | undefined;
  pick?: HTMLElement | undefined;
  map?: HTMLElement | undefined;
  confirm?: HTMLElement | undefined;
}

const CONFIRM = /^(?:确\s*[定认]|保\s*存)$/;

/** The picker's 确定 (or 确认/保存) button. */
function confirmButton(reader: DocumentReader): HTMLElement | undefined {
  return reader.query<HTMLElement>('button, input[type=button], input[type=submit], a[class*="btn" i]', limits.controls).find((element) =>
    CONFIRM.test(element.tagName.toUpperCase() === 'INPUT' ? (element.getAttribute('value') ?? '').trim() : shortText(element, 10)),
  );
}

/** The picker, where editable decimal inputs sit next to 定位 or 拾取; elsewhere (the basic-info card) they are read-only copies. */
export function findCoordinatePicker(doc: Document, fields: PlatformFields, reader: DocumentReader = readDocument(doc)): CoordinateTargets | undefined {
  const decimal = fields.coordinateDecimalInputs.filter(EDITABLE);
  const lon = decimal.find((input) => fields.longitude.includes(input));
  const lat = decimal.find((input) => fields.latitude.includes(input));
  if (!lon || !lat || (!fields.locateButton && !fields.pickButton)) return undefined;
  return { lon, lat, locate: fields.locateButton, pick: fields.pickButton, map: fields.mapArea, confirm: confirmButton(reader) };
}

/** The cell that shows the permit's expiry on the renewal page, and the date read from it. */
export interface RenewalAnchor {
  anchor: HTMLElement;
  expiryDate: string;
}

const EXPIRY_CELL = new Set(['td', 'dd', 'span', 'b', 'strong', 'em', 'label', 'p', 'li', 'div']);
const DIGIT = /[0-9０-９]/;

/**
 * The innermost cell whose own text holds the expiry date, for the renewal tip to sit next to: of
 * the cells around the page's text (limits.text) that shows digits, the one with the shortest text.
 */
function expiryCell(reader: DocumentReader, expiryDate: string): HTMLElement | undefined {
  let best: { element: HTMLElement; length: number } | undefined;
  for (const element of cellsAroundText(reader, (text) => DIGIT.test(text), EXPIRY_CELL, 4)) {
    const text = shortText(element, 120);
    if (text.length >= 120 || findExpiryDate(text) !== expiryDate) continue;
    if (!best || text.length < best.length) best = { element: element as HTMLElement, length: text.length };
  }
  return best?.element;
}

/** On the renewal page only: where the expiry date is shown, and the date. */
export function findRenewalAnchor(doc: Document, kind: PageKindId, fields: PlatformFields, reader: DocumentReader = readDocument(doc)): RenewalAnchor | undefined {
  if (kind !== 'renewal') return undefined;
  const expiryDate = fields.expiryText === undefined ? undefined : findExpiryDate(fields.expiryText);
  if (!expiryDate) return undefined;
  const anchor = expiryCell(reader, expiryDate);
  return anchor ? { anchor, expiryDate } : undefined;
}

/** Editable, visible 统一社会信用代码 inputs (the ones a tip can sit under). */
export function editableCreditInputs(fields: PlatformFields): HTMLInputElement[] {
  return fields.creditCode.filter(EDITABLE);
}

const fieldsByReader = new WeakMap<DocumentReader, PlatformFields>();

/**
 * Finds the platform's fields by name, id and label text. Pure over the passed Document; never throws.
 * One reader finds them once: the look and the field tools of the same read share them.
 */
export function findPlatformFields(doc: Document, reader: DocumentReader = readDocument(doc)): PlatformFields {
  const known = fieldsByReader.get(reader);
  if (known) return known;
  const fields = readPlatformFields(doc, reader);
  fieldsByReader.set(reader, fields);
  return fields;
}

function readPlatformFields(doc: Document, reader: DocumentReader): PlatformFields {
  try {
    const pickButton = findButtons(reader, /拾取/)[0];
    const locateButton = findButtons(reader, /定位/)[0];
    return {
      creditCode: findCreditCodeInputs(reader),
      ...findCoordinateInputs(reader),
      pickButton,
      locateButton,
      // Only a picker has a map worth finding (its attribute selectors are the costliest read).
      mapArea: pickButton || locateButton ? findMapArea(doc, reader) : undefined,
      fileInputs: findFileInputs(reader),
      expiryText: findExpiryText(reader),
    };
  } catch {
    return { creditCode: [], longitude: [], latitude: [], coordinateDecimalInputs: [], fileInputs: [] };
  }
}
