import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { faqEntries } from '../../../faq/entries';
import { seedFixes, type SeedFix } from '../../../faq/fixes';
import type { FaqBlock, FaqEntry, FaqSection } from '../../../faq/schema';

const seedPath = fileURLToPath(new URL('../../../faq/seed/platform-faq.txt', import.meta.url));
const fixesDocPath = fileURLToPath(new URL('../../../faq/FIXES.md', import.meta.url));
// The team's shared folder sits beside the project (`../shared`); clones elsewhere do not have it.
const sharedSeedPath = fileURLToPath(new URL('../../../../shared/seed/platform-faq.txt', import.meta.url));

const seedText = readFileSync(seedPath, 'utf8');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `from` as a pattern that lets the PDF's whitespace fall anywhere between its characters. */
function fixPattern(from: string): RegExp {
  return new RegExp(Array.from(from.replace(/\s+/g, ''), escapeRegExp).join('\\s*'), 'gu');
}

function applyFixes(raw: string, fixes: readonly SeedFix[]): string {
  return fixes.reduce((text, fix) => text.replace(fixPattern(fix.from), () => fix.to), raw);
}

/** Drops what only the PDF layout put there: whitespace, bullet glyphs, step numbers, placeholders. */
function normalise(text: string): string {
  return text
    .replaceAll('[bookmark: _GoBack]', '')
    .replaceAll('[image: ]', '')
    .replace(/(^|\s)[o✓➢](?=\s)/gu, '$1')
    .replace(/^[ \t]*\d+\.[ \t]+/gmu, '')
    .replace(/\s+/gu, '');
}

interface SeedEntry {
  number: number;
  heading: string;
  text: string;
}

interface ParsedSeed {
  preamble: string;
  headings: string[];
  entries: SeedEntry[];
}

/**
 * Splits the seed into entries. A line holding only the next expected number (optionally
 * followed by a tab and the question) starts an entry; 「一、…」 lines are section headings.
 */
function parseSeed(text: string): ParsedSeed {
  const headings: string[] = [];
  const entries: SeedEntry[] = [];
  const preamble: string[] = [];
  let current: { number: number; heading: string; lines: string[] } | undefined;
  const close = () => {
    if (current) entries.push({ number: current.number, heading: current.heading, text: current.lines.join('\n') });
  };
  for (const line of text.split(/\r?\n/u)) {
    const heading = /^\s*[一二三四五六七八九十]+、(.+?)\s*$/u.exec(line);
    if (heading?.[1]) {
      headings.push(heading[1]);
      continue;
    }
    const marker = /^[ \t]*(\d{1,2})(?:[ \t]+(.*))?$/u.exec(line);
    const expected = (current?.number ?? 0) + 1;
    if (marker && Number(marker[1]) === expected && headings.length > 0) {
      close();
      current = { number: expected, heading: headings.at(-1) ?? '', lines: [marker[2] ?? ''] };
      continue;
    }
    if (current) current.lines.push(line);
    else preamble.push(line);
  }
  close();
  return { preamble: preamble.join('\n'), headings, entries };
}

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
      return [];
  }
}

function entryText(entry: Pick<FaqEntry, 'question' | 'answer'>): string {
  return normalise([entry.question, ...entry.answer.flatMap(blockTexts)].join('\n'));
}

const fixedSeed = parseSeed(applyFixes(seedText, seedFixes));
const seedByNumber = new Map(fixedSeed.entries.map((entry) => [entry.number, entry]));

describe('the committed seed', () => {
  it('is byte-identical to the shared seed (skipped in clones without ../shared beside them)', (context) => {
    if (!existsSync(sharedSeedPath)) {
      context.skip(`${sharedSeedPath} is absent here; the committed copy is the reference`);
      return;
    }
    expect(readFileSync(seedPath).equals(readFileSync(sharedSeedPath))).toBe(true);
  });

  it('parses into 31 entries under three headings once the fixes are applied', () => {
    expect(fixedSeed.entries.map((entry) => entry.number)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    expect(fixedSeed.headings).toEqual(['登录相关问题', '许可证申请相关问题', '许可登记相关问题']);
    expect(normalise(fixedSeed.preamble)).toBe('附件：平台操作常见问题序号问题回复');
  });

  it('loses entry 21 into entry 20 without the fixes', () => {
    const unfixed = parseSeed(seedText);
    expect(unfixed.entries.map((entry) => entry.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});

describe('seed fixes', () => {
  it.each(seedFixes.map((fix) => [fix.entry, fix.from, fix]))('entry %i: 「%s」 occurs exactly once in the seed', (_n, _from, fix) => {
    expect(seedText.match(fixPattern(fix.from))?.length ?? 0).toBe(1);
  });

  it.each(seedFixes.map((fix) => [fix.entry, fix.to, fix]))('entry %i: 「%s」 lands in that entry or its heading', (_n, _to, fix) => {
    // The last line of `to`, without an entry number or heading numeral in front of it.
    const tail = normalise((fix.to.split('\n').at(-1) ?? '').replace(/^\s*(\d+\s+|[一二三四五六七八九十]+、)/u, ''));
    const seedEntry = seedByNumber.get(fix.entry);
    const firstUnderHeading = fixedSeed.entries.find((entry) => entry.heading === seedEntry?.heading)?.number;
    const inHeading = seedEntry?.heading === tail && firstUnderHeading === fix.entry;
    expect(inHeading || normalise(seedEntry?.text ?? '').includes(tail)).toBe(true);
  });

  it('are all listed in FIXES.md, and FIXES.md lists no others', () => {
    const doc = readFileSync(fixesDocPath, 'utf8');
    const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();
    const rows = seedFixes.map((fix) => `| ${fix.entry} | ${collapse(fix.from)} | ${collapse(fix.to)} | ${fix.why} |`);
    for (const row of rows) expect(doc).toContain(row);
    const tableRows = doc.split('\n').filter((line) => /^\| \d+ \|/u.test(line));
    expect(tableRows).toEqual(rows);
  });
});

describe('every entry says what the seed says', () => {
  const sectionOfHeading: Record<string, FaqSection> = {
    登录相关问题: 'login',
    许可证申请相关问题: 'application',
    许可登记相关问题: 'registration',
  };

  it.each(faqEntries.map((entry) => [entry.number, entry]))('entry %i', (number, entry) => {
    const seedEntry = seedByNumber.get(number);
    expect(seedEntry, `the seed has no entry ${number}`).toBeDefined();
    expect(entryText(entry)).toBe(normalise(seedEntry?.text ?? ''));
    expect(entry.section).toBe(sectionOfHeading[seedEntry?.heading ?? '']);
  });
});

describe('the comparison catches changes', () => {
  const entry20 = faqEntries.find((entry) => entry.number === 20);
  const entry12 = faqEntries.find((entry) => entry.number === 12);
  if (!entry20 || !entry12) throw new Error('entries 12 and 20 are missing');
  const seed20 = normalise(seedByNumber.get(20)?.text ?? '');
  const seed12 = normalise(seedByNumber.get(12)?.text ?? '');

  it.each<[string, FaqEntry, string]>([
    ['a lost step', { ...entry20, answer: entry20.answer.map((b) => (b.type === 'steps' ? { ...b, items: b.items.slice(1) } : b)) }, seed20],
    ['a lost step title', { ...entry20, answer: entry20.answer.map((b) => (b.type === 'steps' ? { ...b, title: undefined } : b)) }, seed20],
    ['swapped blocks', { ...entry20, answer: [...entry20.answer].reverse() }, seed20],
    ['a changed word', { ...entry12, question: entry12.question.replace('延续', '续期') }, seed12],
    ['a lost checklist', { ...entry12, answer: entry12.answer.filter((b) => b.type !== 'checklist') }, seed12],
    ['a typo put back', { ...entry12, answer: entry12.answer.map((b) => (b.type === 'bullets' ? { ...b, items: b.items.map((i) => i.replace('应当在', '应当在在')) } : b)) }, seed12],
  ])('%s', (_name, changed, seed) => {
    expect(entryText(changed)).not.toBe(seed);
  });

  it('ignores figure captions and whitespace only', () => {
    const withCaption: FaqEntry = { ...entry12, answer: [...entry12.answer, { type: 'figure-missing', caption: '任意说明' }] };
    expect(entryText(withCaption)).toBe(seed12);
  });
});
