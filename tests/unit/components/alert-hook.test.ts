// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import pageHooks from '../../../entrypoints/page-hooks.content';
import { alertHookSource, installAlertHook, pageAlertEvent, runsInIsolatedWorld } from '../../../entrypoints/page-hooks.content/alert-hook';

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
  it('passes the text on and still shows the page’s own alert with the same arguments, once hooked only', () => {
    const { win, calls, texts } = fakeWindow();
    installAlertHook(win);
    installAlertHook(win);
    win.alert('注册单位名称已存在');
    win.alert();
    expect(texts).toEqual(['注册单位名称已存在', '']);
    expect(calls).toEqual([['注册单位名称已存在'], []]);
    expect((win.alert as { permitHelperHook?: boolean }).permitHelperHook).toBe(true);
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

describe('runsInIsolatedWorld', () => {
  it('is true only where the extension’s id is visible', () => {
    expect(runsInIsolatedWorld({ chrome: { runtime: { id: 'abcdefghijklmnopabcdefghijklmnop' } } } as unknown as Window)).toBe(true);
    expect(runsInIsolatedWorld({ chrome: { app: {}, csi: () => 0 } } as unknown as Window)).toBe(false);
    expect(runsInIsolatedWorld({ chrome: { runtime: {} } } as unknown as Window)).toBe(false);
    expect(runsInIsolatedWorld({} as Window)).toBe(false);
  });
});

describe('the page-hooks script', () => {
  beforeEach(() => {
    Object.defineProperty(window, 'alert', { value: function alert() {}, configurable: true, writable: true });
  });
  afterEach(() => {
    Reflect.deleteProperty(window, 'chrome');
    Reflect.deleteProperty(window, 'alert');
  });

  it('in an isolated world, puts the hook into the page as a script element and removes the element again', async () => {
    Object.defineProperty(window, 'chrome', { value: { runtime: { id: 'abcdefghijklmnopabcdefghijklmnop' } }, configurable: true });
    const added: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof HTMLScriptElement) added.push(node.textContent ?? '');
    });
    observer.observe(document, { childList: true, subtree: true });
    await pageHooks.main(undefined as never);
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    expect(added).toEqual([alertHookSource()]);
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });

  it('in the page’s own world, hooks alert() directly', async () => {
    await pageHooks.main(undefined as never);
    expect((window.alert as { permitHelperHook?: boolean }).permitHelperHook).toBe(true);
  });
});
