/**
 * Puts text on the clipboard. The async Clipboard API needs a secure context, and the platform
 * is still served over plain http in places, so a hidden textarea with `execCommand('copy')`
 * (still the only way there) is the fallback. Rejects when neither works.
 */
export async function copyToClipboard(text: string, doc: Document = document): Promise<void> {
  const view = doc.defaultView;
  const clipboard = view?.isSecureContext ? view.navigator.clipboard : undefined;
  if (clipboard) {
    try {
      await clipboard.writeText(text);
      return;
    } catch {
      // Permission refused or document not focused: try the older way below.
    }
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.top = '0';
  area.style.left = '0';
  area.style.opacity = '0';
  doc.body.append(area);
  try {
    area.select();
    if (!doc.execCommand('copy')) throw new Error('copy command refused');
  } finally {
    area.remove();
  }
}
