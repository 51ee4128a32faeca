// @vitest-environment happy-dom
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startFieldTools } from '../../../entrypoints/content/field-tools';
import { lookAtFrame } from '../../../platform/frame-look';

// In the extension the tips' module is imported from the built, web-accessible chunk; here, from source.
vi.mock('../../../entrypoints/content/load-lazy', () => ({
  loadLazy: () => import('../../../entrypoints/content/lazy/panel-ui'),
}));
import { defaultUploadThresholds } from '../../../tools/file-check';

const messages = generateChromeMessages(await parseMessagesFile('locales/zh_CN.yml'));

let ctx: ContentScriptContext;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) => {
    const list = typeof subs === 'string' ? [subs] : (subs ?? []);
    return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  });
  ctx = new ContentScriptContext('field-tools-test', {});
});

afterEach(() => {
  ctx.notifyInvalidated();
  document.body.innerHTML = '';
  for (const host of document.querySelectorAll('permit-helper-field-tips')) host.remove();
});

const until = (check: () => boolean, timeout = 12000) => vi.waitFor(() => expect(check()).toBe(true), { timeout, interval: 20 });

function host(): Element | null {
  return document.querySelector('permit-helper-field-tips');
}

function inShadow(selector: string): HTMLElement | null {
  return host()?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
}

function givePlace(element: Element): void {
  Object.defineProperty(element, 'getBoundingClientRect', {
    configurable: true,
    value: () => ({ top: 50, left: 100, width: 200, height: 24, right: 300, bottom: 74, x: 100, y: 50, toJSON: () => ({}) }),
  });
}

/** As the content script starts them: the tools, then the frame's first look handed to them. */
function startOnPage(): void {
  const tools = startFieldTools(ctx, { thresholds: () => defaultUploadThresholds, locale: 'zh' });
  const look = lookAtFrame(document, location.href, []);
  tools.useLook({ fields: look.fields, kind: look.snapshot.detection.kind });
}

describe('startFieldTools', () => {
  it('mounts nothing on a page without fields', async () => {
    document.body.innerHTML = '<p>平台首页</p>';
    startOnPage();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(host()).toBeNull();
  });

  it('checks the credit code after a typing pause, in its own shadow root, leaving the page’s markup alone', { timeout: 15000 }, async () => {
    document.body.innerHTML = '<table><tr><th>统一社会信用代码：</th><td><input id="tyshxydm" name="creditCode" value=""></td></tr></table>';
    const field = document.getElementById('tyshxydm') as HTMLInputElement;
    givePlace(field);
    const markup = document.body.innerHTML;
    startOnPage();
    // Nothing to say about an empty field: the tips' module is not even loaded until the user types.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(host()).toBeNull();

    field.value = '91110108MA01C3XK2A';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    expect(inShadow('[data-testid=credit-code-tip]')).toBeNull();
    await until(() => inShadow('[data-testid=credit-code-tip]')?.getAttribute('data-valid') === 'false');
    expect(host()?.parentElement).toBe(document.documentElement);
    expect(inShadow('[data-testid=credit-code-tip]')?.textContent).toContain('应为 X');
    expect(document.body.innerHTML).toBe(markup);
    expect(field.value).toBe('91110108MA01C3XK2A');
  });

  it('checks files picked in any file input, including ones added after start', { timeout: 15000 }, async () => {
    document.body.innerHTML = '<form></form>';
    startOnPage();
    const input = document.createElement('input');
    input.type = 'file';
    document.querySelector('form')!.append(input);
    givePlace(input);
    const heic = new Uint8Array(64);
    heic.set([0, 0, 0, 0x18, ...Array.from('ftypheicmif1heic').map((c) => c.charCodeAt(0))]);
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([heic], 'photo.jpg', { type: 'image/jpeg' })] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => inShadow('[data-testid=upload-tip]')?.getAttribute('data-level') === 'warn');
    expect(inShadow('[data-testid=upload-tip]')?.textContent).toContain('HEIC');

    Object.defineProperty(input, 'files', { configurable: true, value: [] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => inShadow('[data-testid=upload-tip]') === null);
  });

  it('removes everything when the extension context goes away', { timeout: 15000 }, async () => {
    document.body.innerHTML = '<label>统一社会信用代码<input id="code" name="creditCode" value="123"></label>';
    givePlace(document.getElementById('code')!);
    startOnPage();
    await until(() => inShadow('[data-testid=credit-code-tip]') !== null);
    ctx.notifyInvalidated();
    expect(host()).toBeNull();
  });
});
