import {
  controlNames,
  findButtons,
  inputType,
  isHiddenByMarkup,
  limits,
  once,
  queryAll,
  queryOne,
  readDocument,
  shortText,
  type DocumentReader,
} from './dom-text';
import { findCoordinateInputs, findCreditCodeInputs, findExpiryText, findFileInputs, type PlatformFields } from './fields';
import type { PageKindId } from './page-kinds';

/**
 * What a page's DOM says about its kind, for when the URL is unknown or too generic.
 * Each detector is a predicate over facts of one read of the Document; every fact is
 * computed only when a detector first asks for it. `strong` detectors rest on form
 * structure (a password and a captcha, longitude/latitude inputs with a picker button…);
 * `weak` ones on a heading or title alone.
 */
export type DomStrength = 'strong' | 'weak';

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
}

const ATTACHMENTS = /附件上传|上传附件|申请材料上传/;
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
        queryOne(doc, 'img[src*="kaptcha" i], img[src*="captcha" i], img[id*="captcha" i], img[id*="kaptcha" i]') !== undefined,
    ),
    hasRegionSelects: once(() => region(/prov|sheng/, /省/) && region(/city|shi/, /市/) && region(/county|area|district|xian|qu/, /县|区/)),
    selectLabels: once(() => selects().map((select) => reader.label(select))),
    controlLabels: once(() => visibleControls().map((control) => reader.label(control))),
    columnHeads: once(() => queryAll(doc, 'th', limits.headings).map((cell) => shortText(cell, 30))),
    text: reader.text,
  };
}

const heading = (facts: DomFacts, pattern: RegExp): boolean => facts.headings().some((text) => pattern.test(text));

/** A file input whose label, row or surrounding block mentions 营业执照 (business licence). */
function hasLicenceUpload(facts: DomFacts): boolean {
  return facts.fileInputs().some((input) => {
    const row = input.closest('tr, li, dd, .row, .form-item, .upload-item, .layui-form-item, fieldset');
    return /营业执照/.test(facts.reader.label(input)) || /营业执照/.test(shortText(row, 200));
  });
}

export interface DomDetector {
  kind: PageKindId;
  strength: DomStrength;
  test(facts: DomFacts): boolean;
}

/** In order: the first detector that holds names the kind. More specific and stronger signals come first. */
export const domDetectors: readonly DomDetector[] = [
  {
    kind: 'login',
    strength: 'strong',
    test: (f) =>
      f.hasPassword() &&
      f.hasCaptcha() &&
      !f.hasEmail() &&
      f.creditCode().length === 0 &&
      (queryOne(f.doc, '#dError') !== undefined ||
        queryOne(f.doc, 'form[action*="login" i]') !== undefined ||
        f.buttons(/^登\s*录$/).length > 0),
  },
  {
    kind: 'enterprise-info',
    strength: 'strong',
    test: (f) => heading(f, /修改(?:企业|注册单位|单位)(?:基本)?信息/) && f.creditCode().length > 0,
  },
  {
    kind: 'register',
    strength: 'strong',
    test: (f) => f.hasPassword() && f.hasEmail() && (f.creditCode().length > 0 || heading(f, /注册/)),
  },
  {
    kind: 'forgot-account',
    strength: 'strong',
    test: (f) => heading(f, /找回(?:用户名|密码|账号|帐号)|忘记(?:用户名|密码)|重置密码/) && f.hasEmail() && f.creditCode().length === 0,
  },
  {
    kind: 'apply-coordinates',
    strength: 'strong',
    test: (f) => {
      const { longitude, latitude } = f.coordinates();
      return longitude.length > 0 && latitude.length > 0 && f.buttons(/拾取|定位/).length > 0;
    },
  },
  {
    kind: 'apply-attachments',
    strength: 'strong',
    test: (f) =>
      hasLicenceUpload(f) ||
      (f.fileInputs().length >= 2 && (heading(f, ATTACHMENTS) || ATTACHMENTS.test(f.text().slice(0, 2_000)))) ||
      // The application's attachments card lists what to upload and opens the upload page from a button.
      (heading(f, /^(?:相关)?附件(?:信息|材料)?$/) && f.buttons(ATTACHMENTS).length > 0),
  },
  {
    kind: 'apply-capacity',
    strength: 'strong',
    test: (f) => heading(f, /产品(?:及)?产能/) && f.selectLabels().some((label) => /行业类别/.test(label)),
  },
  {
    kind: 'apply-wastewater',
    strength: 'strong',
    test: (f) =>
      heading(f, /废水产治排|废水类别|废水.*(?:产生|治理|排放)/) &&
      [...f.controlLabels(), ...f.columnHeads()].some((label) => /排放去向|治理设施|排放口|废水类别/.test(label)),
  },
  {
    kind: 'apply-basic-info',
    strength: 'strong',
    test: (f) => f.creditCode().some((input) => !isHiddenByMarkup(input)) && f.hasRegionSelects() && !f.hasPassword(),
  },
  { kind: 'report-annual', strength: 'strong', test: (f) => heading(f, /年度执行报告|执行报告[（(]?年报/) },
  { kind: 'report-quarterly', strength: 'strong', test: (f) => heading(f, /季度执行报告|执行报告[（(]?季报/) },
  { kind: 'report-monthly', strength: 'strong', test: (f) => heading(f, /月度执行报告|执行报告[（(]?月报/) },
  { kind: 'registration-change', strength: 'weak', test: (f) => heading(f, /登记(?:信息)?变更/) },
  { kind: 'registration-renewal', strength: 'weak', test: (f) => heading(f, /登记(?:信息)?延续/) },
  { kind: 'registration-cancel', strength: 'weak', test: (f) => heading(f, /登记(?:信息)?注销|注销登记/) },
  {
    kind: 'renewal',
    strength: 'strong',
    test: (f) => (heading(f, /延续/) || f.buttons(/延续/).length > 0) && f.expiryText() !== undefined,
  },
  {
    kind: 'reissue',
    strength: 'weak',
    test: (f) => heading(f, /遗失声明|许可证补办/) || f.buttons(/遗失声明/).length > 0,
  },
  { kind: 'apply-capacity', strength: 'weak', test: (f) => heading(f, /产品(?:及)?产能/) },
  { kind: 'apply-wastewater', strength: 'weak', test: (f) => heading(f, /废水产治排/) },
  { kind: 'apply-basic-info', strength: 'weak', test: (f) => heading(f, /排污单位基本(?:情况|信息)/) },
  { kind: 'reapply', strength: 'weak', test: (f) => heading(f, /重新申请/) },
  { kind: 'rectification', strength: 'weak', test: (f) => heading(f, /整改后申请/) },
  { kind: 'change', strength: 'weak', test: (f) => heading(f, /许可证变更|变更申请/) },
  { kind: 'apply-list', strength: 'weak', test: (f) => heading(f, /^(?:排污)?许可证申请$|首次申请/) },
  { kind: 'report-home', strength: 'weak', test: (f) => heading(f, /执行报告/) },
  { kind: 'registration-home', strength: 'weak', test: (f) => heading(f, /排污登记/) },
  { kind: 'monitoring', strength: 'weak', test: (f) => heading(f, /污染源监测|监测信息管理/) },
  {
    kind: 'dashboard',
    strength: 'weak',
    test: (f) => queryAll(f.doc, 'li.hrefli', 1).length > 0 && queryOne(f.doc, 'iframe#mainFrame, iframe[name=mainFrame]') !== undefined,
  },
  { kind: 'public-notice', strength: 'weak', test: (f) => heading(f, /^(?:通知公告|公告详情|通知详情)$/) && !heading(f, /公开端$/) },
  { kind: 'public-home', strength: 'weak', test: (f) => heading(f, /公开端$/) },
  { kind: 'public-info', strength: 'weak', test: (f) => heading(f, /许可信息公开|排污许可证信息/) },
];

export interface DomDetection {
  kind: PageKindId;
  strength: DomStrength;
}

/** The kind the Document shows, or undefined when no detector holds. Never throws. */
export function detectFromDom(doc: Document, reader?: DocumentReader): DomDetection | undefined {
  try {
    const facts = readDomFacts(doc, reader);
    for (const detector of domDetectors) {
      if (detector.test(facts)) return { kind: detector.kind, strength: detector.strength };
    }
  } catch {
    return undefined;
  }
  return undefined;
}
