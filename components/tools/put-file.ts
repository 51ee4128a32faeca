/** Repaired files this frame put into a page's file input, by name, size and time (the input may hand back a copy of the File). */
const placed = new Set<string>();
const signature = (file: File) => `${file.name}|${file.size}|${file.lastModified}`;

/**
 * Puts `file` into the page's own file input in place of its `index`-th file (a DataTransfer, the
 * only way a script may set files), then fires input and change as a user's pick would, so the
 * page's own handlers see it. False where the input does not take it (old cores, a replaced input).
 */
export function putFileIntoInput(input: HTMLInputElement, index: number, file: File): boolean {
  if (typeof DataTransfer !== 'function' || !input.isConnected) return false;
  try {
    const transfer = new DataTransfer();
    const current = Array.from(input.files ?? []);
    if (current.length === 0) transfer.items.add(file);
    current.forEach((existing, at) => transfer.items.add(at === index ? file : existing));
    input.files = transfer.files;
    const landed = input.files?.[Math.min(index, (input.files?.length ?? 1) - 1)];
    if (!landed || signature(landed) !== signature(file)) return false;
    placed.add(signature(file));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  } catch {
    return false;
  }
}

/** Whether this file is one the repair put into an input (the tip then says so instead of checking it anew). */
export function wasPlacedByRepair(file: File | undefined): boolean {
  return !!file && placed.has(signature(file));
}
