import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchEntriesForPage, minMessageScore } from '../../../faq/match';
import { entriesForPageKind } from '../../../faq/page-entries';
import { faqEntries } from '../../../faq/entries';
import { pageKindIds } from '../../../platform/page-kinds';
import { pageKindRegistry } from '../../../platform/kinds';
import type { FaqEntry } from '../../../faq/schema';

describe('page messages bring up the entry that answers them', () => {
  it.each([
    ['注册单位名称已存在', 3],
    ['注册单位名称已存在，如被恶意抢注请联系当地环保局核实注册信息。', 3],
    ['用户名或密码错误，请重新输入', 1],
    ['统一社会信用代码应为18位', 17],
    ['请选择省市县', 16],
    ['上传失败', 6],
  ])('%s → FAQ %i, ranked first', (message, number) => {
    const [first] = matchEntriesForPage({ kind: 'unknown', messages: [message] });
    expect(first).toMatchObject({ reason: 'message', message });
    expect(first?.entry.number).toBe(number);
  });

  it.each(['保存成功', '操作成功', '确定要提交吗', '两次输入的密码不一致', '网络错误', 'undefined', ''])(
    'does not claim an answer for the vague or unrelated message %j (score below %i)',
    (message) => {
      expect(matchEntriesForPage({ kind: 'unknown', messages: [message] }).filter((m) => m.reason === 'message')).toEqual([]);
    },
  );

  it('keeps message answers in message order and shows an entry once', () => {
    const matches = matchEntriesForPage({
      kind: 'register',
      messages: ['请选择省市县', '注册单位名称已存在', '注册单位名称已存在，请核实'],
    });
    expect(matches.slice(0, 2).map((m) => [m.entry.number, m.reason])).toEqual([
      [16, 'message'],
      [3, 'message'],
    ]);
    const numbers = matches.map((m) => m.entry.number);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('exposes its threshold', () => expect(minMessageScore).toBeGreaterThan(0));
});

describe('entries written for a page', () => {
  it('puts entries that name the page first before those that name it later', () => {
    const numbers = entriesForPageKind('forgot-account', faqEntries).map((m) => m.entry.number);
    expect(numbers[0]).toBe(1);
    for (const match of entriesForPageKind('renewal', faqEntries)) expect(match.entry.pageKinds).toContain('renewal');
  });

  it('ranks local pack entries after the platform’s own for the same page', () => {
    const local: FaqEntry = { ...faqEntries[11]!, number: 1001, source: 'local', section: 'local', pageKinds: ['renewal'] };
    const numbers = entriesForPageKind('renewal', [local, ...faqEntries]).map((m) => m.entry.number);
    expect(numbers.at(-1)).toBe(1001);
    expect(numbers).toContain(12);
  });

  it('every page kind has the platform’s entries, unless it says the FAQ has nothing for it', () => {
    const wrong = pageKindRegistry
      .map((kind) => [kind.id, entriesForPageKind(kind.id, faqEntries).length, kind.noPlatformFaq === true] as const)
      .filter(([, count, none]) => (count === 0) !== none)
      .map(([id, count, none]) => `${id}: ${count} entries, noPlatformFaq ${String(none)}`);
    expect(wrong).toEqual([]);
  });

  it('never throws on arbitrary messages', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { maxLength: 6 }), fc.constantFrom(...pageKindIds), (messages, kind) => {
        const matches = matchEntriesForPage({ kind, messages });
        expect(matches.every((match) => Number.isInteger(match.entry.number) && (match.reason === 'page' ? match.entry.pageKinds.includes(kind) : messages.includes(match.message ?? '')))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
