import * as z from 'zod/mini';
import { faqEntries, helperNotes, helperNumberRange } from '../faq/entries';
import { describeFaqIssues, faqPackSchema, type FaqEntry, type FaqPack } from '../faq/schema';
import { managedAreaOf, readManagedPolicy, watchManagedSettings, type ManagedSource } from './managed';
import { storageKeys } from './storage-keys';
import { defineValidatedItem } from './validated-item';

/** Larger pastes or files are refused before parsing (browser storage is a few megabytes). */
export const maxPackTextLength = 512 * 1024;

/**
 * Packs the user imported in the options page, in import order. Version 1 is the first stored
 * format; see state/settings.ts for how a later version migrates.
 */
export const faqPacksItem = defineValidatedItem({
  key: storageKeys.faqPacks,
  schema: z.array(faqPackSchema),
  fallback: [] as FaqPack[],
  version: 1,
});

export interface InstalledPack {
  pack: FaqPack;
  /** Set by the administrator's policy: shown, cannot be removed here. */
  managed: boolean;
}

export interface PackList {
  packs: InstalledPack[];
  /** True when the stored packs were corrupted and were cleared. */
  reset: boolean;
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
    const parsed = faqPackSchema.safeParse(candidate);
    if (parsed.success) packs.push(parsed.data);
    else
      issues.push(
        ...describeFaqIssues(parsed.error, candidate).map((line) => `管理员内容包${packLabel(candidate, index)}（已忽略）：${line}`),
      );
  });
  return { packs, issues };
}

export async function listPacks(source: ManagedSource = {}): Promise<PackList> {
  const [user, policy] = await Promise.all([faqPacksItem.get(), readManagedPolicy(managedAreaOf(source))]);
  const managed = parseManagedPacks(policy);
  return {
    packs: [
      ...managed.packs.map((pack) => ({ pack, managed: true })),
      ...user.value.map((pack) => ({ pack, managed: false })),
    ],
    reset: user.reset,
    managedIssues: managed.issues,
  };
}

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
  const parsed = faqPackSchema.safeParse(json.value);
  if (!parsed.success) return { ok: false, errors: describeFaqIssues(parsed.error, json.value) };
  const pack = parsed.data;

  try {
    const installed = await listPacks(source);
    if (installed.packs.some((other) => other.managed && other.pack.name === pack.name))
      return { ok: false, errors: [`name：管理员已经设置了名为「${pack.name}」的内容包，请换一个名称`] };
    const others = installed.packs.filter((other) => other.managed || other.pack.name !== pack.name);
    const errors = conflictErrors(pack, others);
    if (errors.length > 0) return { ok: false, errors };

    const userPacks = installed.packs.filter((other) => !other.managed).map((other) => other.pack);
    const replaced = userPacks.some((other) => other.name === pack.name);
    await faqPacksItem.set(replaced ? userPacks.map((other) => (other.name === pack.name ? pack : other)) : [...userPacks, pack]);
    return { ok: true, pack, replaced };
  } catch (error) {
    return { ok: false, errors: [`保存失败：${error instanceof Error ? error.message : String(error)}`] };
  }
}

/** Removes the user's pack of this name; false when there was none. */
export async function removePack(name: string): Promise<boolean> {
  const { value } = await faqPacksItem.get();
  const kept = value.filter((pack) => pack.name !== name);
  if (kept.length === value.length) return false;
  await faqPacksItem.set(kept);
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
  const stopUser = faqPacksItem.watch(() => onChange());
  const stopPolicy = watchManagedSettings(onChange);
  return () => {
    stopUser();
    stopPolicy();
  };
}
