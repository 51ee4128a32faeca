import { faqEntries, helperNotes, helperNumberRange } from '../faq/entries';
import { describeFaqIssues, faqPackSchema, type FaqEntry, type FaqPack } from '../faq/schema';
import { managedAreaOf, readManagedPolicy, watchManagedSettings, type ManagedSource } from './managed';
import { faqPacksStore } from './stored-item';
import { withCurrentPageKinds } from './pack-format';

/** Larger pastes or files are refused before parsing (browser storage is a few megabytes). */
export const maxPackTextLength = 512 * 1024;
/** A file larger than this (in bytes: at least as many as characters) is refused before it is read. */
export const maxPackFileBytes = 4 * maxPackTextLength;
/** The most entries one pack may hold (the platform's own FAQ has 31); more are refused before validation. */
export const maxPackEntries = 500;
/** The most problems listed for one pack; the rest are counted. */
export const maxListedProblems = 50;

export interface InstalledPack {
  pack: FaqPack;
  /** Set by the administrator's policy: shown, cannot be removed here. */
  managed: boolean;
}

/**
 * A stored pack that fails the schema (or a stored value that is not a list of packs at all): kept
 * in storage as it was, left out of the panel, named on the options page with why and a way to
 * remove it.
 */
export interface SetAsidePack {
  /** Its place in the stored list, or -1 when the stored value is not a list. */
  index: number;
  /** 「名称」 or 第 n 个. */
  label: string;
  problems: string[];
  /** The stored value as it is, to remove exactly this one. */
  value: unknown;
}

export interface PackList {
  packs: InstalledPack[];
  /** The user's stored packs that could not be used. */
  setAside: SetAsidePack[];
  /** Policy packs that were ignored as invalid (Chinese, for the administrator). */
  managedIssues: string[];
}

export type ImportResult =
  | { ok: true; pack: FaqPack; /** An earlier pack of the same name was replaced. */ replaced: boolean }
  | { ok: false; errors: string[] };

const platformNumbers = new Set(faqEntries.map((entry) => entry.number));
const platformRange = `${Math.min(...platformNumbers)}–${Math.max(...platformNumbers)}`;
const helperNumbers = new Set(helperNotes.map((entry) => entry.number));
const isHelperNumber = (number: number) => number >= helperNumberRange.min && number <= helperNumberRange.max;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function packLabel(raw: unknown, index: number): string {
  return isRecord(raw) && typeof raw.name === 'string' && raw.name.trim() !== '' ? `「${raw.name}」` : `第 ${index + 1} 个`;
}

/** The first `maxListedProblems` lines and a count of the rest. */
export function capProblems(lines: readonly string[]): string[] {
  if (lines.length <= maxListedProblems) return [...lines];
  return [...lines.slice(0, maxListedProblems), `……另有 ${lines.length - maxListedProblems} 处问题没有列出。`];
}

/**
 * Checks one pack against the schema. A pack with more entries than allowed is refused before zod
 * sees it, so no list is large enough to make the validation (or its list of problems) run long.
 */
export function checkPack(candidate: unknown): { ok: true; pack: FaqPack } | { ok: false; problems: string[] } {
  if (isRecord(candidate) && Array.isArray(candidate.entries) && candidate.entries.length > maxPackEntries)
    return {
      ok: false,
      problems: [`entries：条目太多（${candidate.entries.length} 条），一个内容包最多 ${maxPackEntries} 条，请分成几个内容包。`],
    };
  const parsed = faqPackSchema.safeParse(withCurrentPageKinds(candidate));
  if (parsed.success) return { ok: true, pack: parsed.data };
  return { ok: false, problems: capProblems(describeFaqIssues(parsed.error, candidate)) };
}

/**
 * The packs of a raw policy (its `packs` list), each validated on its own: an invalid pack is
 * left out and named in `issues`. Never throws.
 */
export function parseManagedPacks(policy: unknown): { packs: FaqPack[]; issues: string[] } {
  const raw = isRecord(policy) ? policy.packs : undefined;
  if (raw === undefined) return { packs: [], issues: [] };
  if (!Array.isArray(raw)) return { packs: [], issues: ['管理员策略中的 packs 应为列表，已忽略。'] };
  const packs: FaqPack[] = [];
  const issues: string[] = [];
  raw.forEach((candidate, index) => {
    const checked = checkPack(candidate);
    if (checked.ok) packs.push(checked.pack);
    else for (const line of checked.problems) issues.push(`管理员内容包${packLabel(candidate, index)}（已忽略）：${line}`);
  });
  return { packs, issues };
}

/**
 * The user's stored packs, each validated on its own: a pack that fails is set aside, never
 * dropped from storage. Pure: never writes, never throws.
 */
export function parseStoredPacks(raw: unknown): { packs: FaqPack[]; setAside: SetAsidePack[] } {
  if (raw === undefined || raw === null) return { packs: [], setAside: [] };
  if (!Array.isArray(raw)) return { packs: [], setAside: [{ index: -1, label: '全部内容包', problems: ['已存的数据不是内容包列表'], value: raw }] };
  const packs: FaqPack[] = [];
  const setAside: SetAsidePack[] = [];
  raw.forEach((candidate: unknown, index) => {
    const checked = checkPack(candidate);
    if (checked.ok) packs.push(checked.pack);
    else setAside.push({ index, label: packLabel(candidate, index), problems: checked.problems, value: candidate });
  });
  return { packs, setAside };
}

export async function listPacks(source: ManagedSource = {}): Promise<PackList> {
  const [raw, policy] = await Promise.all([faqPacksStore.read(), readManagedPolicy(managedAreaOf(source))]);
  const user = parseStoredPacks(raw);
  const managed = parseManagedPacks(policy);
  return {
    packs: [...managed.packs.map((pack) => ({ pack, managed: true })), ...user.packs.map((pack) => ({ pack, managed: false }))],
    setAside: user.setAside,
    managedIssues: managed.issues,
  };
}

const unreadablePacks = '已保存的内容包数据无法读取，原样留着没有改动。请先在本页上方删除它，再导入。';

/** The stored list as it is (set-aside packs included), for a change the user asked for. */
async function storedList(): Promise<unknown[]> {
  const raw = await faqPacksStore.read();
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new Error(unreadablePacks);
  return raw as unknown[];
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** 「第 2 条（编号 7）的 number：…」, in the words of describeFaqIssues. */
function entryLine(index: number, number: number, field: string, message: string): string {
  return `第 ${index + 1} 条（编号 ${number}）的 ${field}：${message}`;
}

function nonBlank(text: string): string {
  return text.replace(/^\uFEFF/, '').trim();
}

function jsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return `不是有效的 JSON：${message}`;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `不是有效的 JSON：第 ${line} 行第 ${column} 个字符附近有错误（常见原因：少了逗号或引号，或用了中文标点）。`;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: jsonError(text, error) };
  }
}

function conflictErrors(pack: FaqPack, others: readonly InstalledPack[]): string[] {
  const errors: string[] = [];
  const owners = new Map<number, InstalledPack>();
  for (const other of others) for (const entry of other.pack.entries) owners.set(entry.number, other);
  const known = new Set([...platformNumbers, ...helperNumbers, ...owners.keys(), ...pack.entries.map((entry) => entry.number)]);

  pack.entries.forEach((entry, index) => {
    const owner = owners.get(entry.number);
    if (platformNumbers.has(entry.number))
      errors.push(
        entryLine(index, entry.number, 'number', `编号 ${entry.number} 已被平台常见问题使用（平台问题编号为 ${platformRange}），请换一个编号，例如从 101 开始`),
      );
    else if (isHelperNumber(entry.number))
      errors.push(
        entryLine(index, entry.number, 'number', `编号 ${helperNumberRange.min}–${helperNumberRange.max} 留给助手补充说明，请换一个编号，例如从 101 开始`),
      );
    else if (owner)
      errors.push(
        entryLine(
          index,
          entry.number,
          'number',
          `编号 ${entry.number} 已被内容包「${owner.pack.name}」${owner.managed ? '（管理员设置）' : ''}使用，请换一个编号`,
        ),
      );
    entry.related.forEach((number, relatedIndex) => {
      if (!known.has(number))
        errors.push(entryLine(index, entry.number, `related 第 ${relatedIndex + 1} 项`, `没有编号为 ${number} 的条目`));
    });
  });
  return errors;
}

/**
 * Imports a pack from JSON text: all or nothing. Checked against the FAQ's schema, the platform's
 * entry numbers and every other pack's; a pack with the name of an earlier import replaces it.
 * Never throws; errors are Chinese lines naming the entry and field.
 */
export async function importPack(jsonText: string, source: ManagedSource = {}): Promise<ImportResult> {
  const text = typeof jsonText === 'string' ? nonBlank(jsonText) : '';
  if (text === '') return { ok: false, errors: ['没有内容：请选择一个内容包文件（.json），或把内容包的文字粘贴进来。'] };
  if (text.length > maxPackTextLength)
    return { ok: false, errors: [`内容太大（${Math.ceil(text.length / 1024)} KB），内容包不能超过 ${maxPackTextLength / 1024} KB。`] };

  const json = parseJson(text);
  if (!json.ok) return { ok: false, errors: [json.error] };
  const checked = checkPack(json.value);
  if (!checked.ok) return { ok: false, errors: checked.problems };
  const pack = checked.pack;

  try {
    const installed = await listPacks(source);
    if (installed.packs.some((other) => other.managed && other.pack.name === pack.name))
      return { ok: false, errors: [`name：管理员已经设置了名为「${pack.name}」的内容包，请换一个名称`] };
    const others = installed.packs.filter((other) => other.managed || other.pack.name !== pack.name);
    const errors = conflictErrors(pack, others);
    if (errors.length > 0) return { ok: false, errors: capProblems(errors) };

    // Written into the stored list as it is: packs set aside stay where they were.
    const stored = await storedList();
    const isNamesake = (candidate: unknown) => isRecord(candidate) && candidate.name === pack.name && checkPack(candidate).ok;
    const replaced = stored.some(isNamesake);
    await faqPacksStore.write(replaced ? stored.map((other) => (isNamesake(other) ? pack : other)) : [...stored, pack]);
    return { ok: true, pack, replaced };
  } catch (error) {
    return { ok: false, errors: [`保存失败：${error instanceof Error ? error.message : String(error)}`] };
  }
}

/** Removes the user's pack of this name; false when there was none. Packs set aside stay. */
export async function removePack(name: string): Promise<boolean> {
  const stored = await storedList();
  const kept = stored.filter((candidate) => !(isRecord(candidate) && candidate.name === name && checkPack(candidate).ok));
  if (kept.length === stored.length) return false;
  await faqPacksStore.write(kept);
  return true;
}

/** Removes one set-aside pack (or the whole unreadable value); false when it is no longer stored as it was. */
export async function removeSetAsidePack(aside: SetAsidePack): Promise<boolean> {
  const raw = await faqPacksStore.read();
  if (aside.index === -1) {
    if (Array.isArray(raw) || !sameValue(raw, aside.value)) return false;
    await faqPacksStore.remove();
    return true;
  }
  if (!Array.isArray(raw) || !sameValue(raw[aside.index], aside.value)) return false;
  await faqPacksStore.write(raw.filter((_, index) => index !== aside.index));
  return true;
}

/**
 * Every pack's entries (the administrator's first, then the user's), each `source: 'local'`,
 * in number order. A number already taken (by the platform's FAQ or an earlier pack) is skipped.
 */
export async function loadPackEntries(source: ManagedSource = {}): Promise<FaqEntry[]> {
  const { packs } = await listPacks(source);
  const taken = new Set([...platformNumbers, ...helperNumbers]);
  const entries: FaqEntry[] = [];
  for (const { pack } of packs)
    for (const entry of pack.entries) {
      if (taken.has(entry.number)) continue;
      taken.add(entry.number);
      entries.push({ ...entry, source: 'local' });
    }
  return entries.sort((a, b) => a.number - b.number);
}

/** Calls `onChange` when packs are imported or removed, or the policy changes. */
export function watchPacks(onChange: () => void): () => void {
  const stopUser = faqPacksStore.watch(() => onChange());
  const stopPolicy = watchManagedSettings(onChange);
  return () => {
    stopUser();
    stopPolicy();
  };
}
