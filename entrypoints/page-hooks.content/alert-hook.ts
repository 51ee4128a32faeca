/** Event the main-world hook dispatches with the text of every alert(); read by the content script. */
export const pageAlertEvent = 'permit-helper:page-alert';

/**
 * Wraps the page's alert() so its text is passed, as text only, to the content script. The page's
 * own alert still runs exactly as before, with the same arguments; the hook can never throw into it.
 * Self-contained (only its parameters and the page's globals), so it can also be injected as source
 * (see `alertHookSource`).
 */
export function installAlertHook(win: Window, eventName: string = pageAlertEvent): void {
  const original = win.alert;
  if (typeof original !== 'function' || (original as { permitHelperHook?: true }).permitHelperHook) return;
  const hooked = function alert(this: unknown, ...args: unknown[]) {
    try {
      const text = args.length === 0 ? '' : String(args[0]);
      win.dispatchEvent(new CustomEvent(eventName, { detail: text.slice(0, 500) }));
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

/** The hook as a script for the page's own world: `installAlertHook` applied to the page's window. */
export function alertHookSource(): string {
  return `(${installAlertHook.toString()})(window, ${JSON.stringify(pageAlertEvent)});`;
}

interface ExtensionGlobal {
  chrome?: { runtime?: { id?: string; getManifest?: () => { manifest_version?: number } } };
}

/**
 * Where the hook can go from where the script runs:
 * - `direct`: in the page's own world (only the isolated world sees the extension's id);
 * - `inline-script`: in an isolated world of an MV2 extension, through a script element. Browsers that
 *   ignore the manifest's `world: "MAIN"` (the Chromium 80–87 cores the legacy build is for) run the
 *   script there, where wrapping alert() would wrap only our own copy of it;
 * - `none`: in an isolated world of an MV3 extension (Chromium 88–110 cores), whose CSP refuses inline
 *   scripts; the page's alert() texts are then not seen.
 */
export function alertHookPlacement(win: Window): 'direct' | 'inline-script' | 'none' {
  const runtime = (win as ExtensionGlobal).chrome?.runtime;
  if (typeof runtime?.id !== 'string' || runtime.id === '') return 'direct';
  try {
    return runtime.getManifest?.().manifest_version === 2 ? 'inline-script' : 'none';
  } catch {
    return 'none';
  }
}
