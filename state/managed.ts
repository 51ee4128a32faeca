import { browser } from 'wxt/browser';
import type { ManagedSettings } from './managed-schema';
import { getSetting, settingLeafSchemas, settingPaths, type SettingPath } from './settings';

export type { ManagedSettings } from './managed-schema';

/** The settings part of a policy (its packs are read by state/packs.ts). */
export type ManagedSettingValues = Omit<ManagedSettings, 'packs'>;

export interface ManagedRead {
  values: ManagedSettingValues;
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

/**
 * Validates the settings of a raw policy one by one, so one mistake in a policy does not discard
 * the rest. Never throws.
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
  return { values: values as ManagedSettingValues, issues };
}

/** The browser's managed storage, or null where there is none. */
function defaultManagedArea(): ManagedArea | null {
  try {
    const area = browser.storage?.managed;
    return area ? { get: () => area.get() } : null;
  } catch {
    return null;
  }
}

/** Where a caller may name the policy source: omitted for the browser's, null for none (tests). */
export interface ManagedSource {
  managedArea?: ManagedArea | null;
}

export function managedAreaOf(source: ManagedSource): ManagedArea | null {
  return source.managedArea === undefined ? defaultManagedArea() : source.managedArea;
}

/**
 * Chromium can leave the first `storage.managed.get()` after start-up unanswered when no policy
 * exists (seen with Chromium 156), so a read that takes longer than this counts as "no policy".
 */
export const managedReadTimeoutMs = 1000;

const lateListeners = new Set<() => void>();

/**
 * Reads the raw policy. No API, no schema in the manifest, no policy, no answer in time, or any
 * error: an empty object. A late answer with values is announced to `watchManagedSettings`.
 */
export async function readManagedPolicy(
  area: ManagedArea | null = defaultManagedArea(),
  timeoutMs = managedReadTimeoutMs,
): Promise<Record<string, unknown>> {
  if (!area) return {};
  try {
    const pending = area.get();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const raw = await Promise.race([pending, timedOut]).finally(() => clearTimeout(timer));
    if (raw !== 'timeout') return isRecord(raw) ? raw : {};
    void pending.then(
      (late) => {
        if (isRecord(late) && Object.keys(late).length > 0) for (const listener of lateListeners) listener();
      },
      () => undefined,
    );
    return {};
  } catch {
    return {};
  }
}

/** The policy's settings, validated one by one. Never throws. */
export async function readManagedSettings(
  area: ManagedArea | null = defaultManagedArea(),
  timeoutMs = managedReadTimeoutMs,
): Promise<ManagedRead> {
  return parseManagedSettings(await readManagedPolicy(area, timeoutMs));
}

/**
 * Calls `onLate` when a policy read that timed out is answered after all, with values. Only the
 * context that read hears it: the background tells the platform's tabs (`panel:boot-changed`).
 */
export function onLatePolicy(onLate: () => void): () => void {
  const late = () => onLate();
  lateListeners.add(late);
  return () => lateListeners.delete(late);
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
