import { describe, expect, it } from 'vitest';
import {
  computeCheckChar,
  creditCodeFixPath,
  type CreditCodeStage,
  validateCreditCode,
  validatePermitNumber,
} from '../../../tools/credit-code';

// Real published codes (Huawei, Tencent, Alibaba, the standard's example) and codes computed for this test
// to end in 0 or a letter under other registration authorities.
const VALID: [string, string, string | undefined][] = [
  ['914403001922038216', '9', '企业'],
  ['9144030071526726XG', '9', '企业'],
  ['91330100799655058B', '9', '企业'],
  ['91350100M000100Y43', '9', '企业'],
  ['913205006610000050', '9', '企业'],
  ['934401007810000090', '9', '农民专业合作社'],
  ['513301005010000160', '5', '社会团体'],
  ['52110000501000013Q', '5', '民办非企业单位'],
  ['124403004010000080', '1', '事业单位'],
  ['12110000401000006R', '1', '事业单位'],
  ['N2110223001000006B', 'N', '村级集体经济组织'],
  ['Y1440300121000013Q', 'Y', undefined],
];

describe('validateCreditCode: valid codes', () => {
  it.each(VALID)('%s is valid', (code, authority, category) => {
    const r = validateCreditCode(code);
    expect(r.valid).toBe(true);
    if (!r.valid) return;
    expect(r.code).toBe(code);
    expect(r.changes).toEqual([]);
    expect(r.parts.authority.code).toBe(authority);
    expect(r.parts.authority.name?.zh).toBeTruthy();
    expect(r.parts.category.name?.zh).toBe(category);
    expect(r.parts.region).toBe(code.slice(2, 8));
    expect(r.parts.subject).toBe(code.slice(8, 17));
    expect(r.parts.checkChar).toBe(code.slice(17));
  });

  it('names the registration authorities the FAQ users meet', () => {
    const names = (code: string) => {
      const r = validateCreditCode(code);
      return r.valid ? r.parts.authority.name?.zh : undefined;
    };
    expect(names('914403001922038216')).toContain('工商');
    expect(names('513301005010000160')).toBe('民政');
    expect(names('124403004010000080')).toBe('机构编制');
    expect(names('Y1440300121000013Q')).toBe('其他');
  });
});

describe('validateCreditCode: normalisation', () => {
  it.each([
    ['9144030071526726xg', ['已将小写字母转为大写']],
    ['９１４４０３００７１５２６７２６ＸＧ', ['已将全角字符转为半角']],
    ['  9144 0300 7152 6726 XG ', ['已去掉空格']],
    [' 9144030071526726XG\u00a0\n', []],
    ['\ufeff９１４４０３００７１５２６７２６ＸＧ\u3000', ['已将全角字符转为半角']],
    ['9144\u30000300\u00a07152\u200b6726XG', ['已将全角字符转为半角', '已去掉空格']],
    ['９１４４ ０３００ ７１５２ ６７２６ ｘｇ', ['已将全角字符转为半角', '已去掉空格', '已将小写字母转为大写']],
  ])('%j is read as 9144030071526726XG', (input, changes) => {
    const r = validateCreditCode(input);
    expect(r.valid).toBe(true);
    expect(r.normalized).toBe('9144030071526726XG');
    expect(r.changes.map((c) => c.zh)).toEqual(changes);
    for (const c of r.changes) expect(c.en).toBeTruthy();
  });
});

describe('validateCreditCode: invalid codes', () => {
  it.each(['', '   ', '\u3000'])('%j is empty', (input) => {
    const r = validateCreditCode(input);
    expect(r.valid).toBe(false);
    if (r.valid) return;
    expect(r.reason).toBe('empty');
    expect(r.message.zh).toContain('还没有填写');
  });

  it.each([
    ['914403001922038217', '6'],
    ['9144030071526726XA', 'G'],
    ['913205006610000051', '0'],
    ['91330100799655058C', 'B'],
    // Two characters swapped: the check is over the (now wrong) first 17, so a different check character is expected.
    ['914403001922038260', 'M'],
  ])('%s has a wrong check character; expected %s', (code, expected) => {
    const r = validateCreditCode(code);
    expect(r.valid).toBe(false);
    if (r.valid) return;
    expect(r.reason).toBe('check-char');
    expect(r.expected).toBe(expected);
    expect(r.position).toBe(18);
    expect(r.message.zh).toContain(`应为 ${expected}`);
  });

  it.each([
    ['I', '1', '数字 1'],
    ['O', '0', '数字 0'],
    ['S', '5', '数字 5'],
    ['V', 'U', '字母 U'],
    ['Z', '2', '数字 2'],
  ])('the letter %s is named with its likely meaning %s', (letter, _guess, phrase) => {
    const code = `914403001${letter}22038216`;
    const r = validateCreditCode(code);
    expect(r.valid).toBe(false);
    if (r.valid) return;
    expect(r.reason).toBe('forbidden-char');
    expect(r.position).toBe(10);
    expect(r.message.zh).toContain(`字母 ${letter}`);
    expect(r.message.zh).toContain(phrase);
    expect(r.message.zh).toContain('第 10 位');
  });

  it.each([
    ['91440300-1922038216', 9, '-'],
    ['许可证91440300192203821', 1, '许'],
    ['9144030019220382\u0001', 17, 'U+0001'],
  ])('%j has a character that is not allowed', (code, position, shown) => {
    const r = validateCreditCode(code);
    expect(r.valid).toBe(false);
    if (r.valid) return;
    expect(r.reason).toBe('forbidden-char');
    expect(r.position).toBe(position);
    expect(r.message.zh).toContain(shown);
    expect(r.message.zh).toContain('不含 I、O、S、V、Z');
  });

  it.each([
    ['91440300192203821', 17, '少了 1 位'],
    ['9144030019220382166', 19, '多了 1 位'],
    ['9144', 4, '少了 14 位'],
  ])('%s has the wrong length (%i)', (code, count, phrase) => {
    const r = validateCreditCode(code);
    expect(r.valid).toBe(false);
    if (r.valid) return;
    expect(r.reason).toBe('length');
    expect(r.message.zh).toContain(`现在有 ${count} 位`);
    expect(r.message.zh).toContain('18 位');
    expect(r.message.zh).toContain(phrase);
  });

  it('recognises a permit number pasted into the credit code field', () => {
    const r = validateCreditCode('914403001922038216001P');
    expect(r.valid).toBe(false);
    if (r.valid) return;
    expect(r.reason).toBe('length');
    expect(r.message.zh).toContain('许可证编号');
  });
});

describe('computeCheckChar', () => {
  it('rejects input that is not 17 characters of the alphabet', () => {
    expect(computeCheckChar('9144030019220382')).toBeUndefined();
    expect(computeCheckChar('9144030019220382I')).toBeUndefined();
    expect(computeCheckChar('00000000000000000')).toBe('0');
  });
});

describe('validatePermitNumber', () => {
  it.each([
    ['914403001922038216001P', '001', 'P'],
    ['9144030071526726XG002Q', '002', 'Q'],
    [' 9144030071526726xg 001p ', '001', 'P'],
  ])('%j is valid', (input, sequence, suffix) => {
    const r = validatePermitNumber(input);
    expect(r.valid).toBe(true);
    if (!r.valid) return;
    expect(r.sequence).toBe(sequence);
    expect(r.suffix).toBe(suffix);
    expect(r.creditCode).toBe(r.code.slice(0, 18));
    expect(r.parts.authority.code).toBe('9');
  });

  it.each([
    ['', 'empty', undefined, '还没有填写许可证编号'],
    ['914403001922038216001', 'length', undefined, '现在有 21 位'],
    ['914403001922038216', 'length', undefined, '3 位数字和 1 个字母'],
    ['914403001922038216001PP', 'length', undefined, '多了 1 位'],
    ['91440300192203821600AP', 'forbidden-char', 21, '应为数字'],
    ['9144030019220382160011', 'forbidden-char', 22, '英文字母'],
    ['91440300O922038216001P', 'forbidden-char', 9, '数字 0'],
    ['914403001922038217001P', 'check-char', 18, '应为 6'],
  ])('%j is invalid: %s', (input, reason, position, phrase) => {
    const r = validatePermitNumber(input);
    expect(r.valid).toBe(false);
    if (r.valid) return;
    expect(r.reason).toBe(reason);
    expect(r.position).toBe(position);
    expect(r.message.zh).toContain(phrase);
    if (reason === 'check-char') {
      expect(r.expected).toBe('6');
      expect(r.message.zh).toContain('前 18 位是统一社会信用代码');
    }
  });
});

describe('creditCodeFixPath (FAQ 17)', () => {
  it.each([
    ['not-submitted', '排污单位基本信息'],
    ['submitted', '补件'],
    ['issued', '变更'],
  ] as [CreditCodeStage, string][])('%s → mentions %s', (stage, phrase) => {
    const text = creditCodeFixPath(stage);
    expect(text.zh).toContain(phrase);
    expect(text.en).toBeTruthy();
  });

  it('gives three different paths and asks for the stage when it is unknown', () => {
    const texts = (['not-submitted', 'submitted', 'issued'] as const).map((s) => creditCodeFixPath(s).zh);
    expect(new Set(texts).size).toBe(3);
    expect(creditCodeFixPath('other' as CreditCodeStage).zh).toContain('选择');
  });
});
