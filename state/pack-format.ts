/**
 * Page kinds that packs written for an earlier version may name, and the kinds that took their
 * place (0.1.0's 申请表 cards were split by the platform's actions). A pack naming a retired kind
 * reads as naming its successors; the stored pack itself is not rewritten.
 */
export const retiredPageKinds: Readonly<Record<string, readonly string[]>> = {
  'apply-capacity': ['apply-products', 'apply-capacity-supplement'],
  'apply-wastewater': ['apply-pollution-facilities'],
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of a raw pack with retired page kinds replaced by their successors; anything else as it was. */
export function withCurrentPageKinds(raw: unknown): unknown {
  if (!isRecord(raw) || !Array.isArray(raw.entries)) return raw;
  let changed = false;
  const entries = raw.entries.map((entry: unknown) => {
    if (!isRecord(entry) || !Array.isArray(entry.pageKinds) || !entry.pageKinds.some((kind) => typeof kind === 'string' && kind in retiredPageKinds))
      return entry;
    changed = true;
    const kinds = (entry.pageKinds as unknown[]).flatMap((kind): unknown[] => (typeof kind === 'string' && kind in retiredPageKinds ? [...retiredPageKinds[kind]!] : [kind]));
    return { ...entry, pageKinds: [...new Set(kinds)] };
  });
  return changed ? { ...raw, entries } : raw;
}
