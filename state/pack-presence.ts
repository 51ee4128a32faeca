import { storage } from 'wxt/utils/storage';
import { readManagedPolicy } from './managed';
import { storageKeys } from './storage-keys';

/**
 * Whether the user or an administrator has added local content packs, without loading the FAQ
 * schema that validates them: the content script loads and merges the packs (state/packs.ts, in
 * the lazily loaded module) only where there are some.
 */
export async function mayHaveLocalPacks(): Promise<boolean> {
  const [stored, policy] = await Promise.all([
    storage.getItem<unknown>(storageKeys.faqPacks).catch(() => undefined),
    readManagedPolicy(),
  ]);
  return (Array.isArray(stored) && stored.length > 0) || (Array.isArray(policy.packs) && policy.packs.length > 0);
}
