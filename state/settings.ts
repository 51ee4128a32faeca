import { defaultSettings } from './defaults';
import { settingsSchema } from './schemas';
import { storageKeys } from './storage-keys';
import { defineValidatedItem } from './validated-item';

export * from './schemas';
export { defaultSettings };

/**
 * The user's own settings (what the options page saves). Version 1 is the first stored format;
 * a v2 adds `migrations: { 2: (v1) => v2 }` here and bumps `version`, so WXT rewrites an old
 * value once before it is read. Whatever still fails the schema falls back to the defaults.
 */
export const settingsItem = defineValidatedItem({
  key: storageKeys.settings,
  schema: settingsSchema,
  fallback: defaultSettings,
  version: 1,
});

