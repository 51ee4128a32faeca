/**
 * Puts text on the clipboard without placing it in the page's DOM. The async Clipboard API needs a
 * secure context, and the platform is still served over plain http in places; there the text goes
 * in through the `copy` event that `execCommand('copy')` fires: our listener (on the window, in
 * the capture phase) hands the clipboard the text and stops the event, so no element holds the
 * text and the page's own copy listeners do not see it. Rejects when neither way works.
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
  if (!view) throw new Error('no window to copy from');
  let written = false;
  const onCopy = (event: Event) => {
    const data = (event as ClipboardEvent).clipboardData;
    if (!data) return;
    data.setData('text/plain', text);
    written = true;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  view.addEventListener('copy', onCopy, true);
  try {
    if (!doc.execCommand('copy') || !written) throw new Error('copy command refused');
  } finally {
    view.removeEventListener('copy', onCopy, true);
  }
}
