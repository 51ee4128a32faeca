/** Event the main-world hook dispatches with the text of every alert(); read by the content script. */
export const pageAlertEvent = 'permit-helper:page-alert';

/**
 * Wraps the page's alert() so its text is passed, as text only, to the content script. The page's
 * own alert still runs exactly as before, with the same arguments; the hook can never throw into it.
 */
export function installAlertHook(win: Window): void {
  const original = win.alert;
  if (typeof original !== 'function' || (original as { permitHelperHook?: true }).permitHelperHook) return;
  const hooked = function alert(this: unknown, ...args: unknown[]) {
    try {
      const text = args.length === 0 ? '' : String(args[0]);
      win.dispatchEvent(new CustomEvent(pageAlertEvent, { detail: text.slice(0, 500) }));
    } catch {
      // A message that cannot be turned into text is simply not passed on.
    }
    return Reflect.apply(original, this ?? win, args) as void;
  };
  Object.defineProperty(hooked, 'permitHelperHook', { value: true });
  try {
    Object.defineProperty(win, 'alert', { value: hooked, writable: true, configurable: true, enumerable: true });
  } catch {
    // A page that froze window.alert keeps its own.
  }
}
