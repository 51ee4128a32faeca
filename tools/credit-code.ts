import type { LocalizedText } from '../lib/localized';
import { hasFullWidth, PASTED_SPACE, toHalfWidth, trimPasted } from './half-width';

/**
 * 统一社会信用代码 (GB 32100-2015) and 许可证编号 (HJ 608-2017) checks for what users type or paste.
 * The 18th character is a check character over the first 17, modulo 31.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
export const CREDIT_CODE_LENGTH = 18;

export interface NamedCode {
  code: string;
  /** Undefined when the standard assigns no meaning to this code. */
  name: LocalizedText | undefined;
}

export interface CreditCodeParts {
  /** 登记管理部门码, character 1. */
  authority: NamedCode;
  /** 机构类别码, character 2. */
  category: NamedCode;
  /** 登记管理机关行政区划码, characters 3–8. */
  region: string;
  /** 主体标识码 (the former organisation code), characters 9–17. */
  subject: string;
  /** 校验码, character 18. */
  checkChar: string;
}

interface Normalized {
  /** The input after trimming, removing spaces, full-width to half-width and upper-casing. */
  normalized: string;
  /** What the normalisation changed, to tell the user. */
  changes: LocalizedText[];
}

export type CreditCodeInvalidReason = 'empty' | 'length' | 'forbidden-char' | 'check-char';

export type CreditCodeResult =
  | ({ valid: true; code: string; parts: CreditCodeParts } & Normalized)
  | ({
      valid: false;
      reason: CreditCodeInvalidReason;
      message: LocalizedText;
      /** The check character that the first 17 characters call for. */
      expected?: string;
      /** 1-based position of the first bad character in `normalized`. */
      position?: number;
    } & Normalized);

const AUTHORITIES: Record<string, { name: LocalizedText; categories: Record<string, LocalizedText> }> = {
  '1': {
    name: { zh: '机构编制', en: 'public-sector establishment office' },
    categories: {
      '1': { zh: '机关', en: 'government organ' },
      '2': { zh: '事业单位', en: 'public institution' },
      '3': { zh: '中央编办直接管理机构编制的群众团体', en: 'mass organisation under the central establishment office' },
      '9': { zh: '其他', en: 'other' },
    },
  },
  '2': {
    name: { zh: '外交', en: 'foreign affairs' },
    categories: { '1': { zh: '外国常驻新闻机构', en: 'resident foreign news agency' }, '9': { zh: '其他', en: 'other' } },
  },
  '3': {
    name: { zh: '司法行政', en: 'judicial administration' },
    categories: {
      '1': { zh: '律师执业机构', en: 'law firm' },
      '2': { zh: '公证处', en: 'notary office' },
      '3': { zh: '基层法律服务所', en: 'grassroots legal service office' },
      '4': { zh: '司法鉴定机构', en: 'forensic appraisal institution' },
      '5': { zh: '仲裁委员会', en: 'arbitration commission' },
      '9': { zh: '其他', en: 'other' },
    },
  },
  '4': {
    name: { zh: '文化', en: 'culture' },
    categories: { '1': { zh: '外国在华文化中心', en: 'foreign cultural centre in China' }, '9': { zh: '其他', en: 'other' } },
  },
  '5': {
    name: { zh: '民政', en: 'civil affairs' },
    categories: {
      '1': { zh: '社会团体', en: 'social organisation' },
      '2': { zh: '民办非企业单位', en: 'private non-enterprise unit' },
      '3': { zh: '基金会', en: 'foundation' },
      '9': { zh: '其他', en: 'other' },
    },
  },
  '6': {
    name: { zh: '旅游', en: 'tourism' },
    categories: {
      '1': { zh: '外国旅游部门常驻代表机构', en: 'resident office of a foreign tourism authority' },
      '2': { zh: '港澳台地区旅游部门常驻内地（大陆）代表机构', en: 'resident office of a Hong Kong, Macao or Taiwan tourism authority' },
      '9': { zh: '其他', en: 'other' },
    },
  },
  '7': {
    name: { zh: '宗教', en: 'religious affairs' },
    categories: {
      '1': { zh: '宗教活动场所', en: 'venue for religious activities' },
      '2': { zh: '宗教院校', en: 'religious school' },
      '9': { zh: '其他', en: 'other' },
    },
  },
  '8': {
    name: { zh: '工会', en: 'trade union' },
    categories: { '1': { zh: '基层工会', en: 'grassroots trade union' }, '9': { zh: '其他', en: 'other' } },
  },
  '9': {
    name: { zh: '工商（市场监管）', en: 'industry and commerce (market regulation)' },
    categories: {
      '1': { zh: '企业', en: 'enterprise' },
      '2': { zh: '个体工商户', en: 'individual business' },
      '3': { zh: '农民专业合作社', en: 'farmers’ cooperative' },
    },
  },
  A: {
    name: { zh: '中央军委改革和编制办公室', en: 'Central Military Commission reform and establishment office' },
    categories: { '1': { zh: '军队事业单位', en: 'military public institution' }, '9': { zh: '其他', en: 'other' } },
  },
  N: {
    name: { zh: '农业', en: 'agriculture' },
    categories: {
      '1': { zh: '组级集体经济组织', en: 'group-level collective economic organisation' },
      '2': { zh: '村级集体经济组织', en: 'village-level collective economic organisation' },
      '3': { zh: '乡镇级集体经济组织', en: 'township-level collective economic organisation' },
      '9': { zh: '其他', en: 'other' },
    },
  },
  Y: { name: { zh: '其他', en: 'other' }, categories: {} },
};

/** Letters the code never uses, and what a user most likely meant by them. */
const FORBIDDEN_LETTER_GUESS: Record<string, string> = { I: '1', O: '0', S: '5', V: 'U', Z: '2' };

export function normalizeCodeInput(text: string): Normalized {
  const raw = typeof text === 'string' ? text : '';
  const changes: LocalizedText[] = [];
  let s = raw;
  if (hasFullWidth(s)) {
    s = toHalfWidth(s);
    changes.push({ zh: '已将全角字符转为半角', en: 'Converted full-width characters to half-width' });
  }
  // Spaces around the code are dropped silently: users cannot see them, so telling them is noise.
  s = trimPasted(s);
  const noSpaces = s.replace(PASTED_SPACE, '');
  if (noSpaces !== s) {
    changes.push({ zh: '已去掉空格', en: 'Removed spaces' });
    s = noSpaces;
  }
  const upper = s.replace(/[a-z]/g, (c) => c.toUpperCase());
  if (upper !== s) {
    changes.push({ zh: '已将小写字母转为大写', en: 'Converted lowercase letters to uppercase' });
    s = upper;
  }
  return { normalized: s, changes };
}

/** The check character for 17 characters of the alphabet; undefined if any is outside it. */
export function computeCheckChar(first17: string): string | undefined {
  if (first17.length !== CREDIT_CODE_LENGTH - 1) return undefined;
  let sum = 0;
  for (let i = 0; i < first17.length; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return undefined;
    sum += value * (CREDIT_CODE_WEIGHTS[i] ?? 0);
  }
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/**
 * A quick yes/no, without the explanations: an exact 18-character code (upper case, half-width, no
 * spaces) whose check character is right. Anything else, normalisable or not, answers false.
 */
export function isExactCreditCode(text: string): boolean {
  return typeof text === 'string' && text.length === CREDIT_CODE_LENGTH && computeCheckChar(text.slice(0, -1)) === text.slice(-1);
}

function describeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : ch;
}

function forbiddenCharMessage(ch: string, position: number, what: LocalizedText): LocalizedText {
  const guess = FORBIDDEN_LETTER_GUESS[ch];
  if (guess !== undefined) {
    const isLetter = /[A-Z]/.test(guess);
    return {
      zh: `第 ${position} 位是字母 ${ch}，${what.zh}里不用这个字母，${isLetter ? '可能是字母' : '多半是数字'} ${guess}。请对照营业执照核对。`,
      en: `Character ${position} is the letter ${ch}, which ${what.en} never uses; it is probably ${isLetter ? 'the letter' : 'the digit'} ${guess}. Check it against the business licence.`,
    };
  }
  const shown = describeChar(ch);
  return {
    zh: `第 ${position} 位「${shown}」不能出现在${what.zh}里。${what.zh}只由数字和大写字母组成（不含 I、O、S、V、Z）。`,
    en: `Character ${position} “${shown}” cannot appear in ${what.en}: it has only digits and capital letters (never I, O, S, V or Z).`,
  };
}

const CREDIT_CODE_NAME: LocalizedText = { zh: '统一社会信用代码', en: 'a unified social credit code' };

function firstForbidden(s: string, alphabetAt: (index: number) => string): number {
  const chars = Array.from(s);
  for (let i = 0; i < chars.length; i++) {
    if (!alphabetAt(i).includes(chars[i] ?? '')) return i;
  }
  return -1;
}

function lengthMessage(count: number, expected: number, what: LocalizedText): LocalizedText {
  const fewer = count < expected;
  return {
    zh: `现在有 ${count} 位，${what.zh}应为 ${expected} 位（${fewer ? `少了 ${expected - count} 位` : `多了 ${count - expected} 位`}）。`,
    en: `It has ${count} characters; ${what.en} has ${expected} (${fewer ? `${expected - count} missing` : `${count - expected} too many`}).`,
  };
}

function partsOf(code: string): CreditCodeParts {
  const authority = code.charAt(0);
  const category = code.charAt(1);
  const entry = AUTHORITIES[authority];
  return {
    authority: { code: authority, name: entry?.name },
    category: { code: category, name: entry?.categories[category] },
    region: code.slice(2, 8),
    subject: code.slice(8, 17),
    checkChar: code.charAt(17),
  };
}

/** Checks an already normalised string; shared by the credit code and the permit number. */
function checkCreditCode(s: string, norm: Normalized): CreditCodeResult {
  const bad = firstForbidden(s, () => CREDIT_CODE_ALPHABET);
  if (bad >= 0) {
    const ch = Array.from(s)[bad] ?? '';
    return { valid: false, reason: 'forbidden-char', position: bad + 1, message: forbiddenCharMessage(ch, bad + 1, CREDIT_CODE_NAME), ...norm };
  }
  if (s.length !== CREDIT_CODE_LENGTH) {
    const message = lengthMessage(s.length, CREDIT_CODE_LENGTH, CREDIT_CODE_NAME);
    if (s.length === PERMIT_NUMBER_LENGTH) {
      message.zh += '这看起来像许可证编号，它的前 18 位才是统一社会信用代码。';
      message.en += ' This looks like a permit number; its first 18 characters are the credit code.';
    }
    return { valid: false, reason: 'length', message, ...norm };
  }
  const expected = computeCheckChar(s.slice(0, 17)) ?? '';
  const actual = s.charAt(17);
  if (actual !== expected) {
    return {
      valid: false,
      reason: 'check-char',
      expected,
      position: 18,
      message: {
        zh: `最后一位（校验位）按前 17 位算应为 ${expected}，现在是 ${actual}。可能是最后一位写错，也可能是前面某一位抄错了，请对照营业执照逐位核对。`,
        en: `The last (check) character should be ${expected} for the first 17 characters, but it is ${actual}. Either the last character or one of the others was copied wrongly; compare each character with the business licence.`,
      },
      ...norm,
    };
  }
  return { valid: true, code: s, parts: partsOf(s), ...norm };
}

export function validateCreditCode(text: string): CreditCodeResult {
  const norm = normalizeCodeInput(text);
  if (norm.normalized === '') {
    return { valid: false, reason: 'empty', message: { zh: '还没有填写统一社会信用代码。', en: 'No unified social credit code was entered.' }, ...norm };
  }
  return checkCreditCode(norm.normalized, norm);
}

export const PERMIT_NUMBER_LENGTH = 22;

export type PermitNumberResult =
  | ({ valid: true; code: string; creditCode: string; parts: CreditCodeParts; sequence: string; suffix: string } & Normalized)
  | ({
      valid: false;
      reason: CreditCodeInvalidReason;
      message: LocalizedText;
      expected?: string;
      position?: number;
    } & Normalized);

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const PERMIT_NUMBER_NAME: LocalizedText = { zh: '许可证编号', en: 'a permit number' };
const PERMIT_ALLOWED_AT = (index: number): string =>
  index < CREDIT_CODE_LENGTH
    ? CREDIT_CODE_ALPHABET
    : index < PERMIT_NUMBER_LENGTH - 1
      ? DIGITS
      : index === PERMIT_NUMBER_LENGTH - 1
        ? LETTERS
        : DIGITS + LETTERS;

/** 许可证编号 (HJ 608-2017): the 18-character credit code, a 3-digit sequence number and one letter, e.g. …001P. */
export function validatePermitNumber(text: string): PermitNumberResult {
  const norm = normalizeCodeInput(text);
  const s = norm.normalized;
  if (s === '') {
    return { valid: false, reason: 'empty', message: { zh: '还没有填写许可证编号。', en: 'No permit number was entered.' }, ...norm };
  }
  const bad = firstForbidden(s, PERMIT_ALLOWED_AT);
  if (bad >= 0) {
    const ch = Array.from(s)[bad] ?? '';
    const message: LocalizedText =
      bad < CREDIT_CODE_LENGTH
        ? forbiddenCharMessage(ch, bad + 1, PERMIT_NUMBER_NAME)
        : bad < PERMIT_NUMBER_LENGTH - 1
          ? {
              zh: `第 ${bad + 1} 位「${describeChar(ch)}」应为数字：许可证编号的第 19–21 位是 3 位数字顺序码。`,
              en: `Character ${bad + 1} “${describeChar(ch)}” should be a digit: characters 19–21 of a permit number are a 3-digit sequence number.`,
            }
          : {
              zh: `第 ${bad + 1} 位「${describeChar(ch)}」应为一个英文字母（如 P）。`,
              en: `Character ${bad + 1} “${describeChar(ch)}” should be a letter (such as P).`,
            };
    return { valid: false, reason: 'forbidden-char', position: bad + 1, message, ...norm };
  }
  if (s.length !== PERMIT_NUMBER_LENGTH) {
    const message = lengthMessage(s.length, PERMIT_NUMBER_LENGTH, PERMIT_NUMBER_NAME);
    message.zh += '许可证编号由 18 位统一社会信用代码、3 位数字和 1 个字母组成。';
    message.en += ' A permit number is the 18-character credit code, 3 digits and one letter.';
    return { valid: false, reason: 'length', message, ...norm };
  }
  const credit = checkCreditCode(s.slice(0, CREDIT_CODE_LENGTH), norm);
  if (!credit.valid) {
    return {
      ...credit,
      message: {
        zh: `许可证编号的前 18 位是统一社会信用代码，这部分有误：${credit.message.zh}`,
        en: `The first 18 characters of a permit number are the credit code, and they are wrong: ${credit.message.en}`,
      },
    };
  }
  return {
    valid: true,
    code: s,
    creditCode: credit.code,
    parts: credit.parts,
    sequence: s.slice(18, 21),
    suffix: s.charAt(21),
    ...norm,
  };
}

export type CreditCodeStage = 'not-submitted' | 'submitted' | 'issued';

/** How to correct a wrongly registered credit code at each stage (FAQ 17). */
export function creditCodeFixPath(stage: CreditCodeStage): LocalizedText {
  switch (stage) {
    case 'not-submitted':
      return {
        zh: '还没有提交许可证申请：在“许可证申请”模块的“排污单位基本信息”页签里直接修改统一社会信用代码。',
        en: 'Not yet submitted: correct the credit code directly on the “排污单位基本信息” (basic information) tab of the application module.',
      };
    case 'submitted':
      return {
        zh: '已经提交了许可证申请：请核发部门在受理阶段退回“补件”，或在经办人预审/汇总阶段“修改”，改好后重新提交申请。',
        en: 'Already submitted: ask the issuing authority to return it for “补件” (supplement) at acceptance, or to “修改” (amend) at the pre-review/summary stage, then submit again.',
      };
    case 'issued':
      return {
        zh: '许可证已经核发：要通过许可证“变更”来修改统一社会信用代码。',
        en: 'Permit already issued: the credit code is corrected through a permit change (“变更”).',
      };
    default:
      return {
        zh: '请先选择办理到哪一步了：还没提交申请、已提交申请，还是许可证已核发。',
        en: 'Choose the stage first: not yet submitted, submitted, or permit issued.',
      };
  }
}
