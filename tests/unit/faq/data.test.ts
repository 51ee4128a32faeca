import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCheckId } from '../../../diagnosis/check-ids';
import { faqEntries } from '../../../faq/entries';
import { faqContactIds, faqLinkTargetIds, faqLinkTargets, faqLinkUrl, type FaqContact, type FaqLinkTarget } from '../../../faq/links';
import {
  describeFaqIssues,
  faqEntrySchema,
  faqListSchema,
  faqPackSchema,
  type FaqBlock,
  type FaqEntry,
} from '../../../faq/schema';
import { isPlatformHost } from '../../../platform/hosts';
import { isPageKindId } from '../../../platform/page-kinds';

function blockTexts(block: FaqBlock): string[] {
  switch (block.type) {
    case 'paragraph':
      return [block.text];
    case 'bullets':
      return block.items;
    case 'steps':
    case 'checklist':
      return [...(block.title === undefined ? [] : [block.title]), ...block.items];
    case 'figure-missing':
      return [block.caption];
  }
}

/** Question and answer as one text, figure captions left out (they are ours, not the platform's). */
function entryText(entry: FaqEntry): string {
  const answer = entry.answer.filter((block) => block.type !== 'figure-missing').flatMap(blockTexts);
  return [entry.question, ...answer].join('\n');
}

function allTexts(entry: FaqEntry): string[] {
  return [entry.question, ...entry.answer.flatMap(blockTexts)];
}

const byNumber = new Map(faqEntries.map((entry) => [entry.number, entry]));
const rows = faqEntries.map((entry) => [entry.number, entry] as const);

describe('the platform FAQ data', () => {
  it('passes faqListSchema', () => {
    const result = faqListSchema.safeParse(faqEntries);
    expect(result.success ? [] : describeFaqIssues(result.error, faqEntries)).toEqual([]);
  });

  it('holds entries 1–31 in order, each once', () => {
    expect(faqEntries.map((entry) => entry.number)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
  });

  it('has sections in seed order: 1–5 login, 6–26 application, 27–31 registration', () => {
    const expected = (n: number) => (n <= 5 ? 'login' : n <= 26 ? 'application' : 'registration');
    expect(faqEntries.map((entry) => entry.section)).toEqual(faqEntries.map((entry) => expected(entry.number)));
    expect(faqEntries.every((entry) => entry.source === 'platform')).toBe(true);
  });

  it.each(rows)('entry %i: page kinds and checks are known ids, none is "unknown"', (_n, entry) => {
    expect(entry.pageKinds.length).toBeGreaterThan(0);
    expect(entry.pageKinds.filter((id) => !isPageKindId(id))).toEqual([]);
    expect(entry.pageKinds).not.toContain('unknown');
    expect(entry.checks.filter((id) => !isCheckId(id))).toEqual([]);
  });

  it.each(rows)('entry %i: at least 4 Chinese keywords, none already in its text', (_n, entry) => {
    const text = entryText(entry);
    expect(entry.keywords.length).toBeGreaterThanOrEqual(4);
    expect(entry.keywords.filter((keyword) => !/\p{Script=Han}/u.test(keyword))).toEqual([]);
    expect(entry.keywords.filter((keyword) => text.includes(keyword))).toEqual([]);
  });

  it.each(rows)('entry %i: text is clean (no PDF breaks, consistent spacing)', (_n, entry) => {
    // The only real space between two Chinese words: the title of standard HJ 944.
    const allowedHanSpaces = ['技术规范 总则'];
    for (const text of allTexts(entry)) {
      expect(text).toBe(text.trim());
      expect(text).not.toMatch(/\s{2,}|[\n\t]/u);
      const withoutAllowed = allowedHanSpaces.reduce((t, allowed) => t.replaceAll(allowed, ''), text);
      expect(withoutAllowed).not.toMatch(/\p{Script=Han} \p{Script=Han}/u);
      expect(text).not.toMatch(/ [，。；：、（）“”《》]|[，。；：、（）“”《》] /u);
      expect(text).not.toMatch(/\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/u);
      expect(text).not.toMatch(/\[image|\[bookmark|^[o✓➢]\s/u);
    }
  });

  it.each(rows)('entry %i: figure captions say what the lost screenshot showed', (_n, entry) => {
    for (const block of entry.answer) {
      if (block.type === 'figure-missing') expect(block.caption).toMatch(/^原文此处为.+截图$/u);
    }
  });

  it.each(rows)('entry %i: related entries exist, are not itself, and point back', (number, entry) => {
    for (const other of entry.related) {
      expect(other).not.toBe(number);
      expect(byNumber.get(other)?.related, `entry ${other} should list ${number} back`).toContain(number);
    }
  });
});

describe('contact markers follow the answer text', () => {
  // Phrases by which an answer sends the user to someone.
  const asksToContact: Record<FaqContact, RegExp> = {
    'local-epb': /联系当地环保局/u,
    'online-service': /联系在线客服/u,
    'monitoring-service': /联系监测平台客服/u,
    'report-service': /联系执行报告在线客服/u,
    'issuing-authority': /向[^，。；]*核发[^，。；]*部门|请核发部门/u,
  };

  it('covers every contact id', () => {
    expect(Object.keys(asksToContact).sort()).toEqual([...faqContactIds].sort());
  });

  it.each(rows)('entry %i: a marker exactly where the answer sends the user to someone', (_n, entry) => {
    const text = entryText(entry);
    const expected = faqContactIds.filter((id) => asksToContact[id].test(text));
    expect([...entry.contacts].sort()).toEqual(expected.sort());
  });

  // Where the text names the party only as the one acting, not as someone to turn to.
  const passiveMentions: Record<number, string> = {
    16: '「修改后核发部门可直接受理」: the authority accepts the corrected application, the user contacts no one',
  };

  it.each(rows)('entry %i: mentions 环保局/客服/核发部门 only with a marker (or a listed passive mention)', (number, entry) => {
    const text = entryText(entry);
    const mentions = {
      epb: text.includes('环保局'),
      service: text.includes('客服'),
      authority: /核发[^，。；]{0,6}部门/u.test(text),
    };
    const has = (ids: FaqContact[]) => ids.some((id) => entry.contacts.includes(id));
    expect(has(['local-epb'])).toBe(mentions.epb);
    expect(has(['online-service', 'monitoring-service', 'report-service'])).toBe(mentions.service);
    if (number in passiveMentions) {
      expect(mentions.authority && !has(['issuing-authority'])).toBe(true);
    } else {
      expect(has(['issuing-authority'])).toBe(mentions.authority);
    }
  });
});

describe('links', () => {
  it.each(faqLinkTargetIds.map((target) => [target, faqLinkUrl(target)]))('%s → %s is on a platform host', (_t, url) => {
    const parsed = new URL(url);
    expect(parsed.protocol).toBe('https:');
    expect(isPlatformHost(parsed.hostname)).toBe(true);
  });

  it('describe every target in both languages', () => {
    for (const target of faqLinkTargetIds) {
      expect(faqLinkTargets[target].description.zh).toMatch(/\p{Script=Han}/u);
      expect(faqLinkTargets[target].description.en).toMatch(/[A-Za-z]/u);
    }
  });

  // Words by which an answer points to a place the link leads to.
  const pointsTo: Record<FaqLinkTarget, RegExp | undefined> = {
    'public-attachments': /资料附件/u,
    'public-notices': /公告|通知/u,
    'monitoring-platform': /监测平台/u,
    'public-home': undefined,
  };

  it.each(rows)('entry %i: links exactly the places its answer points to', (_n, entry) => {
    const text = entryText(entry);
    const expected = faqLinkTargetIds.filter((target) => pointsTo[target]?.test(text) ?? false);
    expect(entry.links.map((link) => link.target).sort()).toEqual(expected.sort());
  });
});

describe('schema rejects bad data with readable Chinese', () => {
  const valid = {
    number: 101,
    source: 'local',
    section: 'local',
    question: '本地问题',
    answer: [{ type: 'paragraph', text: '本地回答' }],
    pageKinds: ['login'],
    checks: [],
    keywords: ['关键词'],
    links: [],
    contacts: [],
    related: [],
  };
  const pack = (entries: unknown[], extra: Record<string, unknown> = {}) => ({
    format: 'permit-helper-faq-pack',
    version: 1,
    name: '本单位补充问答',
    entries,
    ...extra,
  });

  it('accepts a valid pack', () => {
    expect(faqPackSchema.safeParse(pack([valid, { ...valid, number: 102, related: [101, 6] }])).success).toBe(true);
  });

  it.each<[string, unknown, string[]]>([
    ['empty question', pack([valid, { ...valid, number: 7, question: '  ' }]), ['第 2 条（编号 7）的 question：不能为空']],
    ['platform source in a pack', pack([{ ...valid, source: 'platform' }]), ['第 1 条（编号 101）的 source：必须是 "local"']],
    ['unknown page kind', pack([{ ...valid, pageKinds: ['login', 'nowhere'] }]), ['第 1 条（编号 101）的 pageKinds 第 2 项：「nowhere」不是可用的取值']],
    ['unknown check', pack([{ ...valid, checks: ['magic'] }]), ['第 1 条（编号 101）的 checks 第 1 项：「magic」不是可用的取值']],
    ['unknown field', pack([{ ...valid, colour: 'red' }]), ['第 1 条（编号 101）：多了不认识的字段：colour']],
    ['unknown block type', pack([{ ...valid, answer: [{ type: 'video', src: 'x' }] }]), ['第 1 条（编号 101）的 answer 第 1 块 type：必须是以下之一：paragraph、bullets、steps、checklist、figure-missing']],
    ['empty bullet list', pack([{ ...valid, answer: [{ type: 'bullets', items: [] }] }]), ['第 1 条（编号 101）的 answer 第 1 块 items：至少需要 1 项']],
    ['duplicate numbers', pack([valid, valid]), ['第 2 条（编号 101）的 number：编号 101 与第 1 条重复']],
    ['self reference', pack([{ ...valid, related: [101] }]), ['第 1 条（编号 101）的 related 第 1 项：不能指向本条自己']],
    ['number not an integer', pack([{ ...valid, number: 1.5 }]), ['第 1 条的 number：应为整数']],
    ['missing field', pack([{ ...valid, keywords: undefined }]), ['第 1 条（编号 101）的 keywords：缺少此项']],
    ['wrong format and version', pack([valid], { format: 'other', version: 2 }), ['format：必须是 "permit-helper-faq-pack"', 'version：必须是 1']],
    ['unknown top-level field', pack([valid], { author: 'me' }), ['整个文件：多了不认识的字段：author']],
    ['not an object', '一段文字', ['整个文件：应为对象']],
  ])('%s', (_name, input, lines) => {
    const result = faqPackSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(describeFaqIssues(result.error, input)).toEqual(lines);
  });

  it('rejects a list whose related points nowhere, naming the entry', () => {
    const entry = { ...valid, source: 'platform', section: 'login', number: 3, related: [99] };
    const result = faqListSchema.safeParse([entry]);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(describeFaqIssues(result.error, [entry])).toEqual(['第 1 条（编号 3）的 related 第 1 项：没有编号为 99 的条目']);
  });

  it('describes a single entry by field alone', () => {
    const result = faqEntrySchema.safeParse({ ...valid, number: 'seven', links: [{ target: 'elsewhere' }] });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(describeFaqIssues(result.error)).toEqual([
        'number：应为数字',
        'links 第 1 项 target：必须是以下之一：public-home、public-attachments、public-notices、monitoring-platform',
        'links 第 1 项 label：缺少此项',
      ]);
  });

  it('never throws on arbitrary input and always explains a rejection in Chinese', () => {
    const entryLike = fc.record(
      {
        number: fc.oneof(fc.integer(), fc.double(), fc.string()),
        source: fc.constantFrom('local', 'platform', 3),
        question: fc.string(),
        answer: fc.array(fc.record({ type: fc.constantFrom('paragraph', 'bullets', 'x'), text: fc.string() })),
        pageKinds: fc.array(fc.string()),
        related: fc.array(fc.integer()),
      },
      { requiredKeys: [] },
    );
    const packLike = fc.record(
      {
        format: fc.constantFrom('permit-helper-faq-pack', 'other'),
        version: fc.constantFrom(1, 2, '1'),
        name: fc.string(),
        entries: fc.oneof(fc.array(fc.oneof(entryLike, fc.jsonValue())), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(packLike, fc.jsonValue(), fc.array(entryLike)), (input) => {
        for (const schema of [faqPackSchema, faqListSchema]) {
          const result = schema.safeParse(input);
          if (result.success) continue;
          const lines = describeFaqIssues(result.error, input);
          expect(lines.length).toBeGreaterThan(0);
          for (const line of lines) expect(line).toMatch(/：.*\p{Script=Han}/u);
        }
      }),
      { numRuns: 300 },
    );
  });
});
