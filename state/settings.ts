import type * as z from 'zod/mini';
import { defaultSettings } from './defaults';
import { getSetting, settingLeafSchemas, settingPaths, settingsSchema, withSetting, type SettingPath, type Settings } from './schemas';
import { settingsStore } from './stored-item';

export * from './schemas';
export { defaultSettings };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of `settings` without one value (or without a whole group, named alone). */
function withoutSetting(settings: Record<string, unknown>, at: string): Record<string, unknown> {
  const [group, key] = at.split('.') as [string, string | undefined];
  const copy = { ...settings };
  if (key === undefined) {
    delete copy[group];
    return copy;
  }
  if (!isRecord(copy[group])) return copy;
  const inner = { ...copy[group] };
  delete inner[key];
  copy[group] = inner;
  return copy;
}

/**
 * A stored setting the helper cannot use: kept in storage as it was, the default is used in its
 * place, and the options page names it, says why and offers to remove it.
 */
export interface SetAsideSetting {
  /** A setting's dotted path, a group (`contact`) whose value is not an object, or '' for the whole stored value. */
  at: string;
  /** The stored value as it is. */
  value: unknown;
  /** Why it cannot be used, in Chinese. */
  reason: string;
}

export interface SettingsRead {
  /** The settings to use: every readable stored value, the defaults elsewhere. */
  value: Settings;
  setAside: SetAsideSetting[];
}

const typeNames: Record<string, string> = { string: '文字', number: '数字', int: '整数', boolean: '是或否', object: '对象' };

/** The first problem zod found with one setting, in Chinese. */
function settingProblem(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return '取值无效';
  switch (issue.code) {
    case 'invalid_type':
      return `应为${typeNames[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `必须是以下之一：${issue.values.map(String).join('、')}`;
    case 'too_big':
      return issue.origin === 'string' ? `太长（不能超过 ${String(issue.maximum)} 个字）` : `不能大于 ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'string' ? `太短` : `不能小于 ${String(issue.minimum)}`;
    default:
      return issue.message || '取值无效';
  }
}

/**
 * Reads a stored settings value setting by setting: each readable one is used, each missing one
 * takes its default (a setting added in a later version), and each one that fails its schema is set
 * aside with the reason. Pure: never writes, never throws.
 */
export function parseStoredSettings(raw: unknown): SettingsRead {
  if (raw === undefined || raw === null) return { value: defaultSettings, setAside: [] };
  if (!isRecord(raw)) return { value: defaultSettings, setAside: [{ at: '', value: raw, reason: '不是设置的格式' }] };
  let value: Settings = defaultSettings;
  const setAside: SetAsideSetting[] = [];
  for (const group of Object.keys(defaultSettings) as (keyof Settings)[]) {
    const groupValue = raw[group];
    if (isRecord(defaultSettings[group]) && groupValue !== undefined && !isRecord(groupValue))
      setAside.push({ at: group, value: groupValue, reason: '不是设置的格式' });
  }
  for (const path of settingPaths) {
    const stored = getSetting(raw, path);
    if (stored === undefined) continue;
    const parsed = settingLeafSchemas[path].safeParse(stored);
    if (parsed.success) value = withSetting(value, path, parsed.data);
    else setAside.push({ at: path, value: stored, reason: settingProblem(parsed.error.issues[0]) });
  }
  return { value, setAside };
}

/** The user's own settings (what the options page saves), read setting by setting. */
export async function readSettings(): Promise<SettingsRead> {
  return parseStoredSettings(await settingsStore.read());
}

const unreadableSettings = '已保存的设置无法读取，原样留着没有改动。请先在本页上方删除它，再修改设置。';

/**
 * Saves one setting, checked against its schema, into the stored value as it is: the other
 * settings, those set aside included, stay exactly as they were.
 */
export async function saveSetting(path: SettingPath, value: unknown): Promise<void> {
  const checked = settingLeafSchemas[path].parse(value);
  const raw = await settingsStore.read();
  if (raw !== undefined && !isRecord(raw)) throw new Error(unreadableSettings);
  await settingsStore.write(withSetting(raw ?? {}, path, checked));
}

/** Replaces every setting (restore defaults): the user's confirmed choice, so set-aside values go too. */
export async function replaceSettings(settings: Settings): Promise<void> {
  await settingsStore.write(settingsSchema.parse(settings));
}

/** Removes one set-aside value (its default applies from then on); false when it is no longer stored as it was. */
export async function removeSetAsideSetting(aside: SetAsideSetting): Promise<boolean> {
  const raw = await settingsStore.read();
  const current = parseStoredSettings(raw).setAside.find((candidate) => candidate.at === aside.at);
  if (!current || JSON.stringify(current.value) !== JSON.stringify(aside.value)) return false;
  if (aside.at === '' || !isRecord(raw)) await settingsStore.remove();
  else await settingsStore.write(withoutSetting(raw, aside.at));
  return true;
}

/** Calls `onChange` with the settings as read after every change to the stored value. */
export function watchSettings(onChange: (read: SettingsRead) => void): () => void {
  return settingsStore.watch((raw) => onChange(parseStoredSettings(raw)));
}
