import { managedAreaOf, readManagedSettings, watchManagedSettings, type ManagedSettingValues, type ManagedSource } from './managed';
import { getSetting, readSettings, settingPaths, watchSettings, withSetting, type SetAsideSetting, type SettingPath, type Settings } from './settings';

export interface EffectiveSettings {
  /** The user's settings with every policy value laid over them. */
  settings: Settings;
  /** Dotted paths (`contact.phone`, `panel.side`, …) set by policy: shown as set by the administrator. */
  managed: Set<SettingPath>;
  /** The user's own settings, without the policy's (what the options page saves). */
  user: Settings;
  /** Stored settings that could not be used: kept as stored, their defaults used instead. */
  setAside: SetAsideSetting[];
  /** Policy values that were ignored as invalid (Chinese, for the administrator). */
  managedIssues: string[];
}

/** Lays the policy's values over the user's; the managed ones win. */
export function mergeManaged(user: Settings, policy: ManagedSettingValues): { settings: Settings; managed: Set<SettingPath> } {
  let settings = user;
  const managed = new Set<SettingPath>();
  for (const path of settingPaths) {
    const value = getSetting(policy, path);
    if (value === undefined) continue;
    settings = withSetting(settings, path, value);
    managed.add(path);
  }
  return { settings, managed };
}

export async function loadEffectiveSettings(source: ManagedSource = {}): Promise<EffectiveSettings> {
  const [user, policy] = await Promise.all([readSettings(), readManagedSettings(managedAreaOf(source))]);
  return { ...mergeManaged(user.value, policy.values), user: user.value, setAside: user.setAside, managedIssues: policy.issues };
}

/**
 * Calls `onChange` with fresh effective settings whenever the user's settings or the policy
 * change. Returns the function that stops watching.
 */
export function watchEffectiveSettings(onChange: (settings: EffectiveSettings) => void): () => void {
  let stopped = false;
  let latest = 0;
  const reload = () => {
    const call = ++latest;
    void loadEffectiveSettings().then(
      (next) => {
        if (!stopped && call === latest) onChange(next);
      },
      () => undefined,
    );
  };
  const stopUser = watchSettings(reload);
  const stopPolicy = watchManagedSettings(reload);
  return () => {
    stopped = true;
    stopUser();
    stopPolicy();
  };
}
