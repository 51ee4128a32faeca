import { loadEffectiveSettings } from './effective-settings';
import { mayHaveLocalPacks } from './pack-presence';
import type { PanelBoot } from './panel-boot';
import { readPanelState } from './panel-state';
import { changesItem } from './storage-keys';
import { settingsStore } from './stored-item';

/** The background's answer to `panel:boot`: stored values read through their schemas. */
export async function readPanelBoot(): Promise<PanelBoot> {
  const [saved, effective, mayHavePacks] = await Promise.all([readPanelState(), loadEffectiveSettings(), mayHaveLocalPacks()]);
  return {
    panel: saved.value,
    settings: effective.settings,
    managedWidth: effective.managed.has('panel.width'),
    setAside: saved.unreadable || effective.setAside.length > 0,
    mayHavePacks,
  };
}

/** Storage changes after which the boot values differ: the user's settings, or the policy. */
export function changesPanelBoot(changes: Record<string, unknown>, areaName: string): boolean {
  return areaName === 'managed' || changesItem(settingsStore.key, changes, areaName);
}
