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
 * Reads the policy. No API, no schema in the manifest, no policy, or any error: no managed values.
 */
export async function readManagedSettings(area: ManagedArea | undefined = defaultManagedArea()): Promise<ManagedRead> {
  if (!area) return { values: {}, issues: [] };
  try {
    return parseManagedSettings(await area.get());
  } catch {
    return { values: {}, issues: [] };
  }
}

/** Calls `onChange` when the policy changes (the browser reloads policies while running). */
export function watchManagedSettings(onChange: () => void): () => void {
  const listener = (_changes: unknown, areaName: string) => {
    if (areaName === 'managed') onChange();
  };
  try {
    browser.storage.onChanged.addListener(listener);
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      browser.storage.onChanged.removeListener(listener);
    } catch {
      // The extension context is gone; nothing left to unsubscribe from.
    }
  };
}
