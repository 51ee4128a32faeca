/** Event the main-world hook dispatches with the text of every alert(); read by the content script. */
export const pageAlertEvent = 'permit-helper:page-alert';

/** Longest alert text passed on; the page's own alert still shows all of it. */
export const maxAlertTextLength = 2000;

/**
 * Wraps the page's alert() so its text is passed, as text only, to the content script. The page's
 * own alert still runs exactly as before, with the same arguments; the hook can never throw into it.
 *
 * The platform may run scripts that inspect native functions, so the wrapper cannot be told from
 * the native alert: it is a Proxy of it (same `name`, `length`, prototype and own properties), put
 * back with the property's own descriptor, and `Function.prototype.toString` (itself wrapped the
 * same way) answers for it with the native function's text. No marker is left on the page.
 * Self-contained (only its parameters and the page's globals), so it can also be injected as source
 * (see `alertHookSource`).
 */
export function installAlertHook(win: Window, eventName: string = pageAlertEvent, maxLength: number = maxAlertTextLength): void {
  // Runs in the page's own world, so Proxy, Reflect, Object and Function are the page's.
  const original = win.alert;
  if (typeof original !== 'function') return;
  const functionPrototype = Function.prototype;
  const nativeToString = functionPrototype.toString;
  const hooked = new Proxy(original, {
    apply(target, thisArg, args: unknown[]) {
      try {
        const text = args.length === 0 ? '' : String(args[0]);
        win.dispatchEvent(new CustomEvent(eventName, { detail: text.slice(0, maxLength) }));
      } catch {
        // A message that cannot be turned into text is simply not passed on.
      }
      return Reflect.apply(target, thisArg, args) as void;
    },
  });
  const toString: typeof nativeToString = new Proxy(nativeToString, {
    apply(target, thisArg, args: unknown[]) {
      const self = thisArg === hooked ? original : thisArg === toString ? nativeToString : thisArg;
      return Reflect.apply(target, self, args) as string;
    },
  });
  const alertDescriptor = Object.getOwnPropertyDescriptor(win, 'alert') ?? { writable: true, enumerable: true, configurable: true };
  const toStringDescriptor = Object.getOwnPropertyDescriptor(functionPrototype, 'toString');
  try {
    Object.defineProperty(win, 'alert', { ...alertDescriptor, value: hooked });
  } catch {
    // A page that froze window.alert keeps its own.
    return;
  }
  try {
    if (toStringDescriptor) Object.defineProperty(functionPrototype, 'toString', { ...toStringDescriptor, value: toString });
  } catch {
    // A page that froze Function.prototype: the hook still works, its text reads as a proxy's.
  }
}

/** The hook as a script for the page's own world: `installAlertHook` applied to the page's window. */
export function alertHookSource(): string {
  return `(${installAlertHook.toString()})(window, ${JSON.stringify(pageAlertEvent)}, ${maxAlertTextLength});`;
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
