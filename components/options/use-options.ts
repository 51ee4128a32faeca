import { i18n } from '#i18n';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { loadEffectiveSettings, watchEffectiveSettings, type EffectiveSettings } from '../../state/effective-settings';
import { importPack, listPacks, removePack, removeSetAsidePack, watchPacks, type ImportResult, type PackList, type SetAsidePack } from '../../state/packs';
import {
  defaultSettings,
  removeSetAsideSetting,
  replaceSettings,
  saveSetting,
  withSetting,
  type SetAsideSetting,
  type SettingPath,
  type Settings,
} from '../../state/settings';

export interface OptionsStatus {
  text: string;
  /** `error` is announced at once (role=alert); `done` politely. */
  kind: 'done' | 'error';
}

export interface OptionsModel {
  effective: EffectiveSettings | undefined;
  packs: PackList | undefined;
  status: OptionsStatus | undefined;
  save(path: SettingPath, value: unknown): Promise<void>;
  restoreDefaults(): Promise<void>;
  importPackText(text: string): Promise<ImportResult>;
  removePackNamed(name: string): Promise<void>;
  /** Removes a stored value that was set aside (a setting or a pack that cannot be read). */
  removeSetAside(item: { setting: SetAsideSetting } | { pack: SetAsidePack }): Promise<void>;
  announce(status: OptionsStatus): void;
}

function timeOfDay(date: Date): string {
  return [date.getHours(), date.getMinutes(), date.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The options page's state: effective settings (policy over the user's), packs, and what was last saved. */
export function useOptions(): OptionsModel {
  const [effective, setEffective] = useState<EffectiveSettings>();
  const [packs, setPacks] = useState<PackList>();
  const [status, setStatus] = useState<OptionsStatus>();
  // The user's own settings (without the policy's), which is what gets saved.
  const user = useRef<Settings>(defaultSettings);

  useEffect(() => {
    let alive = true;
    const refreshPacks = () =>
      void listPacks().then((next) => {
        if (alive) setPacks(next);
      });
    void Promise.all([loadEffectiveSettings(), listPacks()]).then(([loaded, packList]) => {
      if (!alive) return;
      user.current = loaded.user;
      setEffective(loaded);
      setPacks(packList);
    });
    const stopEffective = watchEffectiveSettings((next) => {
      if (!alive) return;
      user.current = next.user;
      setEffective(next);
    });
    const stopPacks = watchPacks(refreshPacks);
    return () => {
      alive = false;
      stopEffective();
      stopPacks();
    };
  }, []);

  const save = useCallback(async (path: SettingPath, value: unknown) => {
    const next = withSetting(user.current, path, value);
    try {
      await saveSetting(path, value);
      user.current = next;
      setEffective((current) => current && { ...current, settings: withSetting(current.settings, path, value) });
      setStatus({ kind: 'done', text: i18n.t('options.saved', { time: timeOfDay(new Date()) }) });
    } catch (error) {
      setStatus({ kind: 'error', text: i18n.t('options.saveFailed', { error: errorText(error) }) });
    }
  }, []);

  const restoreDefaults = useCallback(async () => {
    try {
      await replaceSettings(defaultSettings);
      user.current = defaultSettings;
      setEffective(await loadEffectiveSettings());
      setStatus({ kind: 'done', text: i18n.t('options.reset.done') });
    } catch (error) {
      setStatus({ kind: 'error', text: i18n.t('options.saveFailed', { error: errorText(error) }) });
    }
  }, []);

  const importPackText = useCallback(async (text: string) => {
    const result = await importPack(text);
    if (result.ok) setPacks(await listPacks());
    return result;
  }, []);

  const removePackNamed = useCallback(async (name: string) => {
    try {
      await removePack(name);
      setPacks(await listPacks());
      setStatus({ kind: 'done', text: i18n.t('options.packs.removed', { name }) });
    } catch (error) {
      setStatus({ kind: 'error', text: i18n.t('options.saveFailed', { error: errorText(error) }) });
    }
  }, []);

  const removeSetAside = useCallback(async (item: { setting: SetAsideSetting } | { pack: SetAsidePack }) => {
    try {
      if ('setting' in item) await removeSetAsideSetting(item.setting);
      else await removeSetAsidePack(item.pack);
      const [loaded, packList] = await Promise.all([loadEffectiveSettings(), listPacks()]);
      user.current = loaded.user;
      setEffective(loaded);
      setPacks(packList);
      setStatus({ kind: 'done', text: i18n.t('options.setAside.removed') });
    } catch (error) {
      setStatus({ kind: 'error', text: i18n.t('options.saveFailed', { error: errorText(error) }) });
    }
  }, []);

  return {
    effective,
    packs,
    status,
    save,
    restoreDefaults,
    importPackText,
    removePackNamed,
    removeSetAside,
    announce: setStatus,
  };
}
