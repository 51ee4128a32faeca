import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { describeFaqIssues, faqPackSchema, type FaqPack } from '../faq/schema';
import { uploadThresholdsSchema } from '../tools/file-check';
import {
  contactSchema,
  getSetting,
  panelSettingsSchema,
  settingLeafSchemas,
  settingPaths,
  settingsSchema,
  type SettingPath,
} from './settings';

/**
 * What an IT administrator or a bureau presets through browser policy (Chrome/Edge `3rdparty`
 * extension policy, Firefox `3rdparty` policies): any setting, plus content packs. Mirrors
 * public/managed_schema.json, which Chromium uses to accept the policy.
 */
export const managedSettingsSchema = z.object({
  contact: z.optional(z.partial(contactSchema)),
  panel: z.optional(z.partial(panelSettingsSchema)),
  fontSize: z.optional(settingsSchema.shape.fontSize),
  upload: z.optional(z.partial(uploadThresholdsSchema)),
  packs: z.optional(z.array(faqPackSchema)),
});

export type ManagedSettings = z.infer<typeof managedSettingsSchema>;

export interface ManagedRead {
  values: ManagedSettings;
  /** Policy values that were ignored because they are invalid, in Chinese, for the administrator. */
  issues: string[];
}

/** The slice of `browser.storage.managed` this module uses (absent in browsers without it). */
export interface ManagedArea {
  get(): Promise<Record<string, unknown>>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function setAt(values: Record<string, unknown>, path: SettingPath, value: unknown): void {
  const [group, key] = path.split('.') as [string, string | undefined];
  if (key === undefined) {
    values[group] = value;
    return;
  }
  const target = isRecord(values[group]) ? values[group] : {};
  target[key] = value;
  values[group] = target;
}

function packLabel(raw: unknown, index: number): string {
  return isRecord(raw) && typeof raw.name === 'string' && raw.name.trim() !== '' ? `「${raw.name}」` : `第 ${index + 1} 个`;
}

/**
 * Validates a raw policy value setting by setting and pack by pack, so one mistake in a policy
 * does not discard the rest. Never throws.
 */
export function parseManagedSettings(raw: unknown): ManagedRead {
  if (!isRecord(raw)) return { values: {}, issues: [] };
  const values: Record<string, unknown> = {};
  const issues: string[] = [];
  for (const path of settingPaths) {
    const value = getSetting(raw, path);
    if (value === undefined) continue;
    const parsed = settingLeafSchemas[path].safeParse(value);
    if (parsed.success) setAt(values, path, parsed.data);
    else issues.push(`管理员策略中的 ${path} 取值无效（${JSON.stringify(value) ?? String(value)}），已忽略。`);
  }
  if (raw.packs !== undefined) {
    if (!Array.isArray(raw.packs)) issues.push('管理员策略中的 packs 应为列表，已忽略。');
    else {
      const packs: FaqPack[] = [];
      raw.packs.forEach((candidate, index) => {
        const parsed = faqPackSchema.safeParse(candidate);
        if (parsed.success) packs.push(parsed.data);
        else
          issues.push(
            ...describeFaqIssues(parsed.error, candidate).map((line) => `管理员内容包${packLabel(candidate, index)}（已忽略）：${line}`),
          );
      });
      if (packs.length > 0) values.packs = packs;
    }
  }
  return { values: values as ManagedSettings, issues };
}

function defaultManagedArea(): ManagedArea | undefined {
  try {
    const area = browser.storage?.managed;
    return area ? { get: () => area.get() } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Chromium can leave the first `storage.managed.get()` after start-up unanswered when no policy
 * exists (seen with Chromium 156), so a read that takes longer than this counts as "no policy".
 */
export const managedReadTimeoutMs = 1000;

const lateListeners = new Set<() => void>();

/**
 * Reads the policy. No API, no schema in the manifest, no policy, no answer in time, or any
 * error: no managed values. A late answer with values is announced to `watchManagedSettings`.
 */
export async function readManagedSettings(
  area: ManagedArea | undefined = defaultManagedArea(),
  timeoutMs = managedReadTimeoutMs,
): Promise<ManagedRead> {
  if (!area) return { values: {}, issues: [] };
  const none: ManagedRead = { values: {}, issues: [] };
  try {
    const pending = area.get();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const raw = await Promise.race([pending, timedOut]).finally(() => clearTimeout(timer));
    if (raw !== 'timeout') return parseManagedSettings(raw);
    void pending.then(
      (late) => {
        if (isRecord(late) && Object.keys(late).length > 0) for (const listener of lateListeners) listener();
      },
      () => undefined,
    );
    return none;
  } catch {
    return none;
  }
}

/** Calls `onChange` when the policy changes (the browser reloads policies while running). */
export function watchManagedSettings(onChange: () => void): () => void {
  const listener = (_changes: unknown, areaName: string) => {
    if (areaName === 'managed') onChange();
  };
  const late = () => onChange();
  lateListeners.add(late);
  try {
    browser.storage.onChanged.addListener(listener);
  } catch {
    return () => lateListeners.delete(late);
  }
  return () => {
    lateListeners.delete(late);
    try {
      browser.storage.onChanged.removeListener(listener);
    } catch {
      // The extension context is gone; nothing left to unsubscribe from.
    }
  };
}
