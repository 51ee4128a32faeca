import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { faqPackSchema, type FaqPack } from '../../../faq/schema';
import { faqEntries } from '../../../faq/entries';
import { matchEntriesForPage } from '../../../faq/match';
import { searchFaq } from '../../../faq/search';
import {
  importPack,
  listPacks,
  loadPackEntries,
  maxListedProblems,
  maxPackEntries,
  maxPackTextLength,
  parseManagedPacks,
  removePack,
  removeSetAsidePack,
} from '../../../state/packs';

const sampleText = await readFile('docs/sample-faq-pack.json', 'utf8');
const sample = faqPackSchema.parse(JSON.parse(sampleText));

function variant(name: string, numbers: number[], change: (pack: FaqPack) => void = () => undefined): FaqPack {
  const pack = structuredClone(sample);
  pack.name = name;
  pack.entries = numbers.map((number) => ({ ...structuredClone(sample.entries[0]!), number, related: [] }));
  change(pack);
  return pack;
}

const storedPacks = async () => (await fakeBrowser.storage.local.get('faqPacks')).faqPacks as unknown[] | undefined;
const storedNames = async () => (await listPacks()).packs.map(({ pack }) => pack.name);

beforeEach(() => fakeBrowser.reset());

describe('importPack', () => {
  it('imports the sample pack from docs/ cleanly and lists it', async () => {
    const result = await importPack(sampleText);
    expect(result).toEqual({ ok: true, pack: sample, replaced: false });
    const list = await listPacks();
    expect(list.packs).toEqual([{ pack: sample, managed: false }]);
    expect(list.setAside).toEqual([]);
  });

  it('accepts a file saved with a byte-order mark (Windows Notepad)', async () => {
    expect((await importPack(`\uFEFF${sampleText}`)).ok).toBe(true);
  });

  it.each([
    ['', /^没有内容/],
    ['   \n ', /^没有内容/],
    ['{"format": "permit-helper-faq-pack",\n  "name": "x" "entries": []}', /^不是有效的 JSON：第 2 行第 \d+ 个字符附近有错误/],
    ['{“format”: 1}', /^不是有效的 JSON：第 1 行/],
    ['x'.repeat(600 * 1024), /^内容太大/],
  ])('refuses %#: a clear Chinese message', async (text, message) => {
    const result = await importPack(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(message);
    expect(await storedNames()).toEqual([]);
  });

  it('names the entry and field that are wrong, and imports nothing', async () => {
    const broken = JSON.parse(sampleText) as { entries: Record<string, unknown>[] };
    broken.entries[1]!.question = '  ';
    broken.entries[0]!.pageKinds = ['apply-list', 'no-such-page'];
    const result = await importPack(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual([
        '第 1 条（编号 101）的 pageKinds 第 2 项：「no-such-page」不是可用的取值',
        '第 2 条（编号 102）的 question：不能为空',
      ]);
    expect(await storedNames()).toEqual([]);
  });

  it('refuses numbers of the platform FAQ', async () => {
    const result = await importPack(JSON.stringify(variant('甲', [101, 7])));
    expect(result).toEqual({
      ok: false,
      errors: ['第 2 条（编号 7）的 number：编号 7 已被平台常见问题使用（平台问题编号为 1–31），请换一个编号，例如从 101 开始'],
    });
    expect(await storedNames()).toEqual([]);
  });

  it('refuses numbers another pack uses and says which pack', async () => {
    await importPack(sampleText);
    const result = await importPack(JSON.stringify(variant('乙', [201, 102])));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([`第 2 条（编号 102）的 number：编号 102 已被内容包「${sample.name}」使用，请换一个编号`]);
    expect(await storedNames()).toEqual([sample.name]);
  });

  it('refuses related entries that exist nowhere, but allows platform and other packs', async () => {
    await importPack(sampleText);
    const pack = variant('丙', [301], (p) => {
      p.entries[0]!.related = [2, 101, 999];
    });
    const result = await importPack(JSON.stringify(pack));
    expect(result).toEqual({ ok: false, errors: ['第 1 条（编号 301）的 related 第 3 项：没有编号为 999 的条目'] });
  });

  it('replaces a pack imported earlier under the same name (an update)', async () => {
    await importPack(sampleText);
    const updated = variant(sample.name, [101, 103]);
    expect(await importPack(JSON.stringify(updated))).toEqual({ ok: true, pack: updated, replaced: true });
    expect(await storedPacks()).toEqual([updated]);
  });

  it('checks against the packs the administrator set', async () => {
    await fakeBrowser.storage.managed.set({ packs: [sample] });
    const sameName = await importPack(sampleText);
    expect(sameName.ok).toBe(false);
    if (!sameName.ok) expect(sameName.errors[0]).toContain('管理员已经设置了名为');
    const clash = await importPack(JSON.stringify(variant('丁', [101])));
    expect(clash.ok).toBe(false);
    if (!clash.ok) expect(clash.errors[0]).toContain(`内容包「${sample.name}」（管理员设置）使用`);
  });

  it('never throws, whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ ...sample, entries: [v] }))), async (text) => {
        const result = await importPack(text);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('parseManagedPacks', () => {
  it('keeps the valid policy packs and names the entry and field of an invalid one', () => {
    const broken = { format: 'permit-helper-faq-pack', version: 1, name: '坏的包', entries: [{ number: 'x' }] };
    const read = parseManagedPacks({ packs: [broken, sample] });
    expect(read.packs).toEqual([sample]);
    expect(read.issues[0]).toMatch(/^管理员内容包「坏的包」（已忽略）：第 1 条的 number：/);
  });

  it.each([null, 'text', {}, { packs: undefined }])('reads %j as no packs', (policy) => {
    expect(parseManagedPacks(policy)).toEqual({ packs: [], issues: [] });
  });

  it('reports packs that are not a list', () => {
    expect(parseManagedPacks({ packs: 'pack.json' }).issues).toEqual(['管理员策略中的 packs 应为列表，已忽略。']);
  });

  it('lists policy packs without reading the user packs as managed', async () => {
    await importPack(JSON.stringify(variant('乙', [201])));
    expect((await listPacks({ managedArea: { get: () => Promise.resolve({ packs: [sample] }) } })).packs.map((p) => p.managed)).toEqual([
      true,
      false,
    ]);
    expect((await listPacks({ managedArea: null })).packs.map((p) => p.pack.name)).toEqual(['乙']);
  });
});

describe('removing and loading packs', () => {
  it('removes a pack by name', async () => {
    await importPack(sampleText);
    await importPack(JSON.stringify(variant('乙', [201])));
    expect(await removePack(sample.name)).toBe(true);
    expect(await removePack(sample.name)).toBe(false);
    expect(await storedNames()).toEqual(['乙']);
  });

  it('gives the entries of the user and administrator packs as local entries in number order', async () => {
    await importPack(JSON.stringify(variant('乙', [202, 201])));
    await fakeBrowser.storage.managed.set({ packs: [sample] });
    const entries = await loadPackEntries();
    expect(entries.map((entry) => entry.number)).toEqual([101, 102, 201, 202]);
    expect(entries.every((entry) => entry.source === 'local')).toBe(true);
    const list = await listPacks();
    expect(list.packs.map(({ pack, managed }) => [pack.name, managed])).toEqual([
      [sample.name, true],
      ['乙', false],
    ]);
  });

  it('makes the sample pack searchable and matched to its pages, after the platform entries', async () => {
    await importPack(sampleText);
    const entries = [...faqEntries, ...(await loadPackEntries())];
    expect(searchFaq('清河市年报什么时候交', { entries, limit: 1 })[0]?.entry.number).toBe(102);
    expect(searchFaq('清河 窗口 咨询电话', { entries, limit: 1 })[0]?.entry.number).toBe(101);
    const onAnnualReport = matchEntriesForPage({ kind: 'report-annual', entries });
    const local = onAnnualReport.filter((match) => match.entry.source === 'local').map((match) => match.entry.number);
    expect(local).toEqual([102]);
    expect(onAnnualReport.at(-1)?.entry.number).toBe(102);
  });

  it('skips a policy entry whose number the platform already uses', async () => {
    await fakeBrowser.storage.managed.set({ packs: [variant('戊', [3, 401])] });
    expect((await loadPackEntries()).map((entry) => entry.number)).toEqual([401]);
  });

  it('sets a corrupted stored pack aside, keeps the good ones beside it, and never writes on a read', async () => {
    const good = [variant('甲', [201]), variant('乙', [202])];
    const stored = [good[0], { name: 'half a pack' }, good[1]];
    await fakeBrowser.storage.local.set({ faqPacks: stored });
    const list = await listPacks();
    expect(list.packs.map(({ pack }) => pack.name)).toEqual(['甲', '乙']);
    expect(list.setAside).toHaveLength(1);
    expect(list.setAside[0]).toMatchObject({ index: 1, label: '「half a pack」', value: { name: 'half a pack' } });
    expect(list.setAside[0]!.problems.join('\n')).toMatch(/format|entries/);
    expect((await loadPackEntries()).map((entry) => entry.number)).toEqual([201, 202]);
    expect(await storedPacks()).toEqual(stored);
  });

  it('imports and removes around a set-aside pack without touching it', async () => {
    await fakeBrowser.storage.local.set({ faqPacks: [{ name: 'half a pack' }, variant('甲', [201])] });
    expect((await importPack(JSON.stringify(variant('乙', [202])))).ok).toBe(true);
    expect(await removePack('甲')).toBe(true);
    expect(await storedPacks()).toEqual([{ name: 'half a pack' }, variant('乙', [202])]);
    const [aside] = (await listPacks()).setAside;
    expect(await removeSetAsidePack({ ...aside!, value: { name: 'another' } })).toBe(false);
    expect(await removeSetAsidePack(aside!)).toBe(true);
    expect(await storedPacks()).toEqual([variant('乙', [202])]);
  });

  it('keeps a stored value that is not a list at all, refuses to import over it, and removes it when asked', async () => {
    await fakeBrowser.storage.local.set({ faqPacks: { name: 'not a list' } });
    const list = await listPacks();
    expect(list.packs).toEqual([]);
    expect(list.setAside[0]).toMatchObject({ index: -1 });
    const result = await importPack(sampleText);
    expect(result.ok).toBe(false);
    expect(await storedPacks()).toEqual({ name: 'not a list' });
    expect(await removeSetAsidePack(list.setAside[0]!)).toBe(true);
    expect(await storedPacks()).toBeUndefined();
  });
});

describe('imports that cannot hang', () => {
  const entry = (number: number) => ({ ...structuredClone(sample.entries[0]!), number, related: [] });

  it('refuses a pack with more entries than allowed before validating them: 12,000 entries in well under a second', async () => {
    // Entries short enough for the whole pack to stay under the size limit.
    const pack = { ...structuredClone(sample), entries: Array.from({ length: 12_000 }, (_, index) => ({ number: 1000 + index })) };
    expect(JSON.stringify(pack).length).toBeLessThan(maxPackTextLength);
    const started = performance.now();
    const result = await importPack(JSON.stringify(pack));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(new RegExp(`12000 条.*最多 ${maxPackEntries} 条`))] });
    expect(await storedPacks()).toBeUndefined();
  });

  it('lists the first 50 problems and counts the rest', async () => {
    const pack = {
      ...structuredClone(sample),
      entries: Array.from({ length: maxPackEntries }, (_, index) => ({ ...entry(1000 + index), question: '', extra: true })),
    };
    const result = await importPack(JSON.stringify(pack));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(maxListedProblems + 1);
    expect(result.errors.at(-1)).toBe(`……另有 ${maxPackEntries * 2 - maxListedProblems} 处问题没有列出。`);
  });

  it('survives nesting deep enough to overflow a recursive reader', async () => {
    const deep = `{"format":"permit-helper-faq-pack","version":1,"name":"x","entries":[${'['.repeat(100_000)}${']'.repeat(100_000)}]}`;
    const result = await importPack(deep);
    expect(result.ok).toBe(false);
  });
});
