/** Offers text as a file download from an extension page or the panel. */
export function saveTextFile(name: string, content: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  (doc.body ?? doc.documentElement).append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
