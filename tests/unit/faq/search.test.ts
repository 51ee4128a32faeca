import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { faqEntries } from '../../../faq/entries';
import type { FaqEntry } from '../../../faq/schema';
import { entryPlainText, faqIndexFor, searchFaq } from '../../../faq/search';
import { faqQueryCases } from './queries';

function rankOf(query: string, expected: number, entries = faqEntries): number {
  return searchFaq(query, { limit: 10, entries }).findIndex((hit) => hit.number === expected);
}

function describeMiss(query: string, expected: number, entries = faqEntries): string {
  const got = searchFaq(query, { limit: 3, entries })
    .map((hit) => `${hit.number}(${hit.score.toFixed(1)})`)
    .join(', ');
  return `「${query}」 expected ${expected}, got [${got}]`;
}

describe('FAQ search accuracy over the query set', () => {
  it('has at least 70 queries and covers every entry at least twice', () => {
    expect(faqQueryCases.length).toBeGreaterThanOrEqual(70);
    const uncovered = faqEntries
      .map((entry) => entry.number)
      .filter((number) => faqQueryCases.filter((c) => c.expected === number).length < 2);
    expect(uncovered, `entries with fewer than two queries: ${uncovered.join(', ')}`).toEqual([]);
  });

  it('finds the expected entry first for at least 90 % of queries', () => {
    const misses = faqQueryCases.filter((c) => rankOf(c.query, c.expected) !== 0);
    const accuracy = 1 - misses.length / faqQueryCases.length;
    expect(
      accuracy,
      `top-1 ${(accuracy * 100).toFixed(1)} %, misses:\n${misses.map((c) => describeMiss(c.query, c.expected)).join('\n')}`,
    ).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the expected entry within the first three for every query', () => {
    const misses = faqQueryCases.filter((c) => {
      const rank = rankOf(c.query, c.expected);
      return rank < 0 || rank > 2;
    });
    expect(misses.map((c) => describeMiss(c.query, c.expected))).toEqual([]);
  });

  it('still finds nearly every entry from its question and answer alone, without keywords', () => {
    const withoutKeywords = faqEntries.map((entry) => ({ ...entry, keywords: [] }));
    const ranks = faqQueryCases.map((c) => rankOf(c.query, c.expected, withoutKeywords));
    const top1 = ranks.filter((rank) => rank === 0).length / ranks.length;
    const top3 = ranks.filter((rank) => rank >= 0 && rank < 3).length / ranks.length;
    const misses = faqQueryCases
      .filter((_, i) => ranks[i] !== 0)
      .map((c) => describeMiss(c.query, c.expected, withoutKeywords));
    expect(top1, `top-1 ${(top1 * 100).toFixed(1)} %, misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.85);
    expect(top3, `top-3 ${(top3 * 100).toFixed(1)} %, misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });

  it.each(faqEntries.map((entry) => [entry.number, entry.question] as const))(
    'finds entry %i by its own question',
    (number, question) => {
      expect(searchFaq(question)[0]?.number).toBe(number);
    },
  );
});

describe('searchFaq input handling', () => {
  it.each(['', '   ', '\n\t ', '　　', '！！？？。。', '...///', '的了吗呢', '怎么办？', '😀😀', 'zzqqxxkk'])(
    'returns no hits for empty or meaningless input %j',
    (query) => {
      expect(searchFaq(query)).toEqual([]);
    },
  );

  it('tolerates values that are not strings at runtime', () => {
    for (const value of [undefined, null, 42, {}, ['证丢了']]) {
      expect(searchFaq(value as unknown as string)).toEqual([]);
    }
  });

  it('matches full-width Latin letters and digits like half-width ones', () => {
    expect(searchFaq('Ｄ４６２选不了').map((hit) => hit.number)).toEqual(
      searchFaq('D462选不了').map((hit) => hit.number),
    );
  });

  it('completes a Latin or digit word typed in part', () => {
    expect(searchFaq('d46', { limit: 2 }).map((hit) => hit.number).sort((a, b) => a - b)).toEqual([7, 11]);
  });

  it('returns five hits by default and respects the limit', () => {
    expect(searchFaq('许可证')).toHaveLength(5);
    expect(searchFaq('许可证', { limit: 2 })).toHaveLength(2);
    expect(searchFaq('许可证', { limit: 0 })).toEqual([]);
    expect(searchFaq('许可证', { limit: -3 })).toEqual([]);
    expect(searchFaq('许可证', { limit: 1.8 })).toHaveLength(1);
    expect(searchFaq('许可证', { limit: 100 }).length).toBeLessThanOrEqual(faqEntries.length);
  });

  it('orders hits best first and keeps number and entry together', () => {
    const hits = searchFaq('许可证变更后排放口信息没有同步', { limit: 10 });
    expect(hits.length).toBeGreaterThan(2);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    for (const hit of hits) expect(hit.entry.number).toBe(hit.number);
  });
});

describe('searching entries other than the platform FAQ', () => {
  const localEntry: FaqEntry = {
    number: 101,
    source: 'local',
    section: 'local',
    question: '厂区噪声自行监测点位怎么布设',
    answer: [
      { type: 'paragraph', text: '按当地环保局的要求在厂界四周布设噪声监测点。' },
      { type: 'steps', title: '布设步骤', items: ['查看厂界平面图', '每侧至少一个点位'] },
    ],
    pageKinds: faqEntries[0]!.pageKinds,
    checks: [],
    keywords: ['噪声', '厂界'],
    links: [],
    contacts: [],
    related: [],
  };
  const withPack = [...faqEntries, localEntry];

  it('finds a pack entry when the longer list is passed, and not otherwise', () => {
    expect(searchFaq('厂界噪声', { entries: withPack })[0]?.number).toBe(101);
    expect(searchFaq('厂界噪声').some((hit) => hit.number === 101)).toBe(false);
  });

  it('still finds platform entries in the longer list', () => {
    expect(searchFaq('证丢了', { entries: withPack })[0]?.number).toBe(14);
  });

  it('searches only the given entries', () => {
    expect(searchFaq('证丢了', { entries: [localEntry] })).toEqual([]);
    expect(searchFaq('证丢了', { entries: [] })).toEqual([]);
  });

  it('builds the index once per entries array', () => {
    expect(faqIndexFor(withPack)).toBe(faqIndexFor(withPack));
    expect(faqIndexFor([...withPack])).not.toBe(faqIndexFor(withPack));
  });

  it('flattens every block of an entry into its plain text', () => {
    const text = entryPlainText(localEntry);
    for (const piece of ['厂区噪声自行监测点位怎么布设', '厂界四周', '布设步骤', '每侧至少一个点位']) {
      expect(text).toContain(piece);
    }
  });
});

describe('without Intl.Segmenter (older browsers)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('still finds the entry of every query within the first three from bigrams alone', async () => {
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    vi.resetModules();
    const fallback = await import('../../../faq/search');
    const misses = faqQueryCases.filter((c) => {
      const rank = fallback.searchFaq(c.query, { limit: 3 }).findIndex((hit) => hit.number === c.expected);
      return rank < 0;
    });
    expect(misses.map((c) => `「${c.query}」 expected ${c.expected}`)).toEqual([]);
  });
});

describe('searchFaq on arbitrary input', () => {
  const numbers = new Set(faqEntries.map((entry) => entry.number));

  it('never throws and returns at most `limit` hits of real entries', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        fc.integer({ min: 0, max: 8 }),
        (query, limit) => {
          const hits = searchFaq(query, { limit });
          expect(hits.length).toBeLessThanOrEqual(limit);
          for (const hit of hits) {
            expect(numbers.has(hit.number)).toBe(true);
            expect(Number.isFinite(hit.score)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on Chinese text built from FAQ words', () => {
    const words = ['许可证', '登记', '丢了', '改', '怎么', '进不去', 'IE', '，', ' ', 'Ｄ４６２', '证'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), (parts) => {
        const hits = searchFaq(parts.join(''));
        expect(hits.length).toBeLessThanOrEqual(5);
        for (const hit of hits) expect(numbers.has(hit.number)).toBe(true);
      }),
    );
  });
});
