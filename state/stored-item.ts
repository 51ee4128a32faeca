import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { storageKeys } from './storage-keys';

/**
 * One stored value as it is, without a schema: reading never writes, and every write is a caller's
 * explicit act (the user saved, imported or removed something). The schemas that check what is
 * read live beside each item (settings.ts, packs.ts, panel-state.ts), which check it piece by
 * piece: whatever fails there stays stored as it was, set aside, until the user removes it.
 *
 * `version` is the stored format's version. A new format adds `migrations: { 2: (v1) => v2 }` and
 * bumps `version`: WXT rewrites an old value once when the item is defined (a migration, not a
 * read), and the piecewise read sets aside whatever a missing migration left behind.
 */
export function defineStoredItem(key: StorageItemKey, options: { version: number; migrations?: Record<number, (old: unknown) => unknown> }) {
  const item = storage.defineItem<unknown>(key, { version: options.version, migrations: options.migrations });
  return {
    key,
    /** The stored value as it is; undefined when nothing is stored or storage cannot be read. */
    async read(): Promise<unknown> {
      try {
        return (await item.getValue()) ?? undefined;
      } catch {
        return undefined;
      }
    },
    write: (value: unknown) => item.setValue(value),
    remove: () => item.removeValue(),
    /** Calls `onChange` with each new stored value (undefined once removed). */
    watch: (onChange: (value: unknown) => void) => item.watch((next) => onChange(next ?? undefined)),
  };
}

export type StoredItem = ReturnType<typeof defineStoredItem>;

/** The items the helper stores, each in its own format version. Zod-free: the schemas are in their modules. */
export const settingsStore = defineStoredItem(storageKeys.settings, { version: 1 });
export const faqPacksStore = defineStoredItem(storageKeys.faqPacks, { version: 1 });
export const panelStateStore = defineStoredItem(storageKeys.panelState, { version: 1 });
