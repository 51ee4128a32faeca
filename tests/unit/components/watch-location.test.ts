// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchLocation } from '../../../entrypoints/content/watch-location';

let ctx: ContentScriptContext;

beforeEach(() => {
  fakeBrowser.reset();
  ctx = new ContentScriptContext('watch-location-test', {});
  history.replaceState(null, '', '/permitrep/report/home');
});

afterEach(() => {
  ctx.notifyInvalidated();
  Reflect.deleteProperty(globalThis, 'navigation');
  vi.useRealTimers();
});

describe('watchLocation', () => {
  it('without the Navigation API: back/forward and hash changes, only when the address changed, and no timer', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    watchLocation(ctx, onChange);
    expect(vi.getTimerCount()).toBe(0);
    window.dispatchEvent(new Event('popstate'));
    expect(onChange).not.toHaveBeenCalled();
    history.pushState(null, '', '/permitrep/report/annual');
    window.dispatchEvent(new Event('popstate'));
    history.pushState(null, '', '/permitrep/report/annual#step2');
    window.dispatchEvent(new Event('hashchange'));
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('with the Navigation API: its navigate events, to another address only', () => {
    const navigation = new EventTarget();
    Object.defineProperty(globalThis, 'navigation', { value: navigation, configurable: true });
    const onChange = vi.fn();
    watchLocation(ctx, onChange);
    const navigate = (url: string) => navigation.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url } }));
    navigate(location.href);
    expect(onChange).not.toHaveBeenCalled();
    navigate('https://permit.mee.gov.cn/permitrep/report/quarterly');
    expect(onChange).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('popstate'));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops when the extension context goes away', () => {
    const onChange = vi.fn();
    watchLocation(ctx, onChange);
    ctx.notifyInvalidated();
    history.pushState(null, '', '/permitrep/report/monthly');
    window.dispatchEvent(new Event('popstate'));
    expect(onChange).not.toHaveBeenCalled();
  });
});
