import {
  controlNames,
  findButtons,
  inputType,
  isHiddenByMarkup,
  limits,
  once,
  readDocument,
  shortText,
  type DocumentReader,
} from './dom-text';
import { findCoordinateInputs, findCreditCodeInputs, findExpiryText, findFileInputs, type PlatformFields } from './fields';

/**
 * Facts of one read of a Document that the kinds' DOM rules ask about; every fact is computed
 * only when a rule first asks for it.
 */
export interface DomFacts {
  reader: DocumentReader;
  doc: Document;
  /** Title, breadcrumb end, headings, panel titles, selected tabs. */
  headings(): string[];
  creditCode(): HTMLInputElement[];
  coordinates(): Pick<PlatformFields, 'longitude' | 'latitude' | 'coordinateDecimalInputs'>;
  fileInputs(): HTMLInputElement[];
  expiryText(): string | undefined;
  buttons(pattern: RegExp): HTMLElement[];
  hasPassword(): boolean;
  hasEmail(): boolean;
  hasCaptcha(): boolean;
  /** Visible selects for 省, 市 and 县 (or province/city/county by name). */
  hasRegionSelects(): boolean;
  /** Labels of the visible selects. */
  selectLabels(): string[];
  /** Labels of the visible inputs, selects and textareas. */
  controlLabels(): string[];
  /** Texts of the first table header cells (`th`). */
  columnHeads(): string[];
  /** The page's text, capped (limits.text). */
  text(): string;
  /** Whether one element matches a targeted selector. */
  has(selector: string): boolean;
}

export const ATTACHMENTS = /附件上传|上传附件|申请材料上传/;
const CAPTCHA_NAME = /captcha|kaptcha|yzm|verifycode|checkcode|validatecode|randcode|vcode/;

export function readDomFacts(doc: Document, reader: DocumentReader = readDocument(doc)): DomFacts {
  const visibleControls = once(() => reader.controls().filter((control) => !isHiddenByMarkup(control)));
  const selects = once(() => visibleControls().filter((control) => control.tagName.toUpperCase() === 'SELECT'));
  const region = (name: RegExp, label: RegExp): boolean =>
    selects().some(
      (select) => name.test(controlNames(select)) || label.test(reader.label(select)) || label.test(shortText(select.querySelector('option'), 20)),
    );
  return {
    reader,
    doc,
    headings: reader.headings,
    creditCode: once(() => findCreditCodeInputs(reader)),
    coordinates: once(() => findCoordinateInputs(reader)),
    fileInputs: once(() => findFileInputs(reader)),
    expiryText: once(() => findExpiryText(reader)),
    buttons: (pattern) => findButtons(reader, pattern),
    hasPassword: once(() => visibleControls().some((control) => inputType(control) === 'password')),
    hasEmail: once(() =>
      visibleControls().some(
        (control) => inputType(control) === 'email' || /mail/.test(controlNames(control)) || /邮箱|电子邮件/.test(reader.label(control)),
      ),
    ),
    hasCaptcha: once(
      () =>
        visibleControls().some((control) => CAPTCHA_NAME.test(controlNames(control)) || /验证码/.test(reader.label(control))) ||
        reader.one('img[src*="kaptcha" i], img[src*="captcha" i], img[id*="captcha" i], img[id*="kaptcha" i]') !== undefined,
    ),
    hasRegionSelects: once(() => region(/prov|sheng/, /省/) && region(/city|shi/, /市/) && region(/count(?:y|ies)|area|district|xian|qu/, /县|区/)),
    selectLabels: once(() => selects().map((select) => reader.label(select))),
    controlLabels: once(() => visibleControls().map((control) => reader.label(control))),
    columnHeads: once(() => reader.query('th', limits.headings).map((cell) => shortText(cell, 30))),
    text: reader.text,
    has: (selector) => reader.one(selector) !== undefined,
  };
}

export const heading = (facts: DomFacts, pattern: RegExp): boolean => facts.headings().some((text) => pattern.test(text));

/** A file input whose label, row or surrounding block mentions 营业执照 (business licence). */
export function hasLicenceUpload(facts: DomFacts): boolean {
  return facts.fileInputs().some((input) => {
    const row = input.closest('tr, li, dd, .row, .form-item, .upload-item, .layui-form-item, fieldset');
    return /营业执照/.test(facts.reader.label(input)) || /营业执照/.test(shortText(row, 200));
  });
}
