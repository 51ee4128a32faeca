import { loadEffectiveSettings } from './effective-settings';
import { mayHaveLocalPacks } from './pack-presence';
import type { PanelBoot } from './panel-boot';
import { panelStateItem } from './panel-state';
import { settingsItem } from './settings';
import { changesItem } from './storage-keys';

/** The background's answer to `panel:boot`: stored values read through their schemas. */
export async function readPanelBoot(): Promise<PanelBoot> {
  const [saved, effective, mayHavePacks] = await Promise.all([panelStateItem.get(), loadEffectiveSettings(), mayHaveLocalPacks()]);
  return {
    panel: saved.value,
    settings: effective.settings,
    managedWidth: effective.managed.has('panel.width'),
    reset: saved.reset || effective.reset,
    mayHavePacks,
  };
}

/** Storage changes after which the boot values differ: the user's settings, or the policy. */
export function changesPanelBoot(changes: Record<string, unknown>, areaName: string): boolean {
  return areaName === 'managed' || changesItem(settingsItem.key, changes, areaName);
}
