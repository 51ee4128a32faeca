import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeText, segmentWordSpans, tokenizeChinese } from '../../../faq/segment';

describe('tokenizeChinese', () => {
  it('yields segmenter words and character bigrams of Chinese text', () => {
    const tokens = tokenizeChinese('许可证丢了');
    for (const token of ['证', '丢', '许可', '可证', '证丢', '丢了']) expect(tokens).toContain(token);
  });

  it('keeps words of three or more characters whole', () => {
    expect(tokenizeChinese('营业执照传不上去')).toContain('不上去');
  });

  it('does not repeat a two-character word that is also a bigram', () => {
    const tokens = tokenizeChinese('登记到期');
    expect(tokens.filter((token) => token === '登记')).toHaveLength(1);
    expect(tokens).toEqual(expect.arrayContaining(['登记', '记到', '到期']));
  });

  it('keeps Latin and digit words in lower case, plus their letter and digit parts', () => {
    expect(tokenizeChinese('IE9浏览器 装 Flash')).toEqual(expect.arrayContaining(['ie9', 'ie', 'flash', '浏览']));
    expect(tokenizeChinese('D462')).toEqual(['d462', '462']);
  });

  it('normalises full-width letters, digits and spaces', () => {
    expect(normalizeText('ＩＥ　Ｄ４６２')).toBe('ie d462');
    expect(tokenizeChinese('Ｄ４６２')).toEqual(tokenizeChinese('d462'));
  });

  it('drops punctuation and spaces', () => {
    const tokens = tokenizeChinese('“省市县”，选错了！？ ( ) 、。');
    for (const token of tokens) expect(token).toMatch(/^[\p{Script=Han}a-z0-9]+$/u);
    expect(tokens).toContain('省市');
  });

  it.each(['', '   ', '，。！', '\u0000', '😀'])('returns [] for %j', (text) => {
    expect(tokenizeChinese(text)).toEqual([]);
  });

  it('never throws and only returns non-empty lower-case tokens', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        for (const token of tokenizeChinese(text)) {
          expect(token.length).toBeGreaterThan(0);
          expect(token).toBe(token.toLowerCase());
        }
      }),
    );
  });

  it('tolerates values that are not strings at runtime', () => {
    expect(tokenizeChinese(undefined as unknown as string)).toEqual([]);
    expect(segmentWordSpans(null as unknown as string)).toEqual([]);
  });
});

describe('segmentWordSpans', () => {
  it('returns the words the segmenter finds with their offsets, without bigrams', () => {
    expect(segmentWordSpans('证丢了')).toEqual([
      { word: '证', index: 0 },
      { word: '丢', index: 1 },
      { word: '了', index: 2 },
    ]);
  });

  it('reports offsets in the normalized text and skips punctuation', () => {
    expect(segmentWordSpans('ＩＥ，证')).toEqual([
      { word: 'ie', index: 0 },
      { word: '证', index: 3 },
    ]);
  });
});

describe('without Intl.Segmenter', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('falls back to bigrams and lone characters', async () => {
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    vi.resetModules();
    const fallback = await import('../../../faq/segment');
    expect(fallback.tokenizeChinese('许可证丢了')).toEqual(['许可', '可证', '证丢', '丢了']);
    expect(fallback.tokenizeChinese('证 ie')).toEqual(['证', 'ie']);
    expect(fallback.segmentWordSpans('证 丢了')).toEqual([
      { word: '证', index: 0 },
      { word: '丢了', index: 2 },
    ]);
  });
});
