import type { StorageItemKey } from 'wxt/utils/storage';

/**
 * Where each stored item lives. The items take their key from here; code that must not load an
 * item's schema (the background's quick reads, its storage watcher) uses the same constant, so
 * no key is spelled twice.
 */
export const storageKeys = {
  settings: 'local:settings',
  panelState: 'local:panelState',
  faqPacks: 'local:faqPacks',
  permitWatch: 'local:permitWatch',
} as const satisfies Record<string, StorageItemKey>;

/** The name `storage.onChanged` reports for a key ('local:settings' → 'settings'). */
export function storageName(key: StorageItemKey): string {
  return key.slice(key.indexOf(':') + 1);
}

/** Whether a `storage.onChanged` event touched the item at `key`: its value or its version (`name$`). */
export function changesItem(key: StorageItemKey, changes: Record<string, unknown>, areaName: string): boolean {
  const name = storageName(key);
  return areaName === key.slice(0, key.indexOf(':')) && (name in changes || `${name}$` in changes);
}
