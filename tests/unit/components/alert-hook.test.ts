// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// The hook wraps Function.prototype.toString: each test gets the original back.
const nativeToString = Object.getOwnPropertyDescriptor(Function.prototype, 'toString')!;
afterEach(() => Object.defineProperty(Function.prototype, 'toString', nativeToString));
import pageHooks from '../../../entrypoints/page-hooks.content';
import { alertHookPlacement, alertHookSource, installAlertHook, maxAlertTextLength, pageAlertEvent } from '../../../entrypoints/page-hooks.content/alert-hook';

/** A window of its own for each test: an EventTarget with an alert() that records its calls. */
function fakeWindow() {
  const target = new EventTarget() as EventTarget & { alert: (...args: unknown[]) => void };
  const calls: unknown[][] = [];
  target.alert = function alert(...args: unknown[]) {
    calls.push(args);
  };
  const texts: unknown[] = [];
  target.addEventListener(pageAlertEvent, (event) => texts.push((event as CustomEvent<unknown>).detail));
  return { win: target as unknown as Window, calls, texts };
}

describe('installAlertHook', () => {
  it('passes the text on and still shows the page’s own alert with the same arguments and this', () => {
    const { win, calls, texts } = fakeWindow();
    installAlertHook(win);
    win.alert('注册单位名称已存在');
    win.alert();
    expect(texts).toEqual(['注册单位名称已存在', '']);
    expect(calls).toEqual([['注册单位名称已存在'], []]);
  });

  it('reads as the native function: text, name, length, descriptor, own properties; no marker', () => {
    const { win } = fakeWindow();
    const original = win.alert;
    const before = { ...Object.getOwnPropertyDescriptor(win, 'alert'), value: undefined };
    const names = Object.getOwnPropertyNames(original);
    installAlertHook(win);
    expect(win.alert).not.toBe(original);
    expect(Function.prototype.toString.call(win.alert)).toBe(Function.prototype.toString.call(original));
    expect(String(win.alert)).toBe(String(original));
    expect([win.alert.name, win.alert.length]).toEqual([original.name, original.length]);
    expect({ ...Object.getOwnPropertyDescriptor(win, 'alert'), value: undefined }).toEqual(before);
    expect(Object.getOwnPropertyNames(win.alert)).toEqual(names);
    expect(Function.prototype.toString.toString()).toBe('function toString() { [native code] }');
    expect(Function.prototype.toString.call(Function.prototype.toString)).toBe('function toString() { [native code] }');
    expect(Function.prototype.toString.name).toBe('toString');
  });

  it('cuts a text longer than 2,000 characters', () => {
    const { win, calls, texts } = fakeWindow();
    installAlertHook(win);
    const long = '错'.repeat(5000);
    win.alert(long);
    expect(texts).toEqual(['错'.repeat(maxAlertTextLength)]);
    expect(calls).toEqual([[long]]);
  });

  it('never throws into the page, whatever it alerts', () => {
    const { win, calls, texts } = fakeWindow();
    installAlertHook(win);
    const unprintable = { toString: () => { throw new Error('no text'); } };
    expect(() => win.alert(unprintable)).not.toThrow();
    expect(texts).toEqual([]);
    expect(calls).toEqual([[unprintable]]);
  });
});

describe('alertHookSource (for browsers that ignore world MAIN)', () => {
  it('is self-contained: run with nothing but a window, it installs the same hook', () => {
    const { win, calls, texts } = fakeWindow();
    (new Function('window', alertHookSource()) as (win: Window) => void)(win);
    win.alert('用户名或密码错误');
    expect(texts).toEqual(['用户名或密码错误']);
    expect(calls).toEqual([['用户名或密码错误']]);
  });
});

describe('alertHookPlacement', () => {
  const extension = (manifestVersion: number) =>
    ({ chrome: { runtime: { id: 'abcdefghijklmnopabcdefghijklmnop', getManifest: () => ({ manifest_version: manifestVersion }) } } }) as unknown as Window;

  it('hooks directly in the page’s own world (no extension id visible)', () => {
    expect(alertHookPlacement({ chrome: { app: {}, csi: () => 0 } } as unknown as Window)).toBe('direct');
    expect(alertHookPlacement({ chrome: { runtime: {} } } as unknown as Window)).toBe('direct');
    expect(alertHookPlacement({} as Window)).toBe('direct');
  });

  it('goes through a script element from an MV2 isolated world, and gives up in an MV3 one (its CSP refuses inline scripts)', () => {
    expect(alertHookPlacement(extension(2))).toBe('inline-script');
    expect(alertHookPlacement(extension(3))).toBe('none');
  });
});

/** The texts of the script elements added to the document while `run` runs (even if removed right after). */
async function scriptsAddedBy(run: () => unknown): Promise<string[]> {
  const added: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof HTMLScriptElement) added.push(node.textContent ?? '');
  });
  observer.observe(document, { childList: true, subtree: true });
  await run();
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return added;
}

describe('the page-hooks script', () => {
  beforeEach(() => {
    Object.defineProperty(window, 'alert', { value: function alert() {}, configurable: true, writable: true });
  });
  afterEach(() => {
    Reflect.deleteProperty(window, 'chrome');
    Reflect.deleteProperty(window, 'alert');
  });

  const isolatedWorldOf = (manifestVersion: number) =>
    Object.defineProperty(window, 'chrome', {
      value: { runtime: { id: 'abcdefghijklmnopabcdefghijklmnop', getManifest: () => ({ manifest_version: manifestVersion }) } },
      configurable: true,
    });

  it('in an MV2 isolated world, puts the hook into the page as a script element and removes the element again', async () => {
    isolatedWorldOf(2);
    expect(await scriptsAddedBy(() => pageHooks.main(undefined as never))).toEqual([alertHookSource()]);
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });

  it('in an MV3 isolated world, touches nothing', async () => {
    isolatedWorldOf(3);
    const before = window.alert;
    expect(await scriptsAddedBy(() => pageHooks.main(undefined as never))).toEqual([]);
    expect(window.alert).toBe(before);
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });

  it('in the page’s own world, hooks alert() directly', async () => {
    const before = window.alert;
    await pageHooks.main(undefined as never);
    expect(window.alert).not.toBe(before);
    expect(String(window.alert)).toBe(Function.prototype.toString.call(before));
  });
});
