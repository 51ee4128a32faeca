import { readManagedPolicy } from './managed';
import { faqPacksStore } from './stored-item';

/**
 * Whether the user or an administrator has added local content packs, without loading the FAQ
 * schema that validates them: the content script loads and merges the packs (state/packs.ts, in
 * the lazily loaded module) only where there are some.
 */
export async function mayHaveLocalPacks(): Promise<boolean> {
  const [stored, policy] = await Promise.all([faqPacksStore.read(), readManagedPolicy()]);
  return (Array.isArray(stored) && stored.length > 0) || (Array.isArray(policy.packs) && policy.packs.length > 0);
}
