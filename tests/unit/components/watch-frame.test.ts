// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchFrame } from '../../../entrypoints/content/watch-frame';
import type { FrameLook, FrameSnapshot } from '../../../platform/frame-look';

let ctx: ContentScriptContext;

beforeEach(() => {
  fakeBrowser.reset();
  ctx = new ContentScriptContext('watch-frame-test', {});
  // As at document_end: parsed, the load event still to come.
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'interactive' });
  document.body.innerHTML = '<h1>排污单位基本信息</h1><table><tr><th>统一社会信用代码</th><td><input name="creditCode" value=""></td></tr></table>';
});

afterEach(() => {
  ctx.notifyInvalidated();
  Reflect.deleteProperty(document, 'readyState');
  document.body.innerHTML = '';
});

function watch() {
  const looks: FrameLook[] = [];
  const changes: FrameSnapshot[] = [];
  watchFrame(ctx, { onLook: (look) => looks.push(look), onChange: (snapshot) => changes.push(snapshot) });
  return { looks, changes };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('watchFrame', () => {
  it('does not look before the load event, then looks once in idle time and hands the fields it found to the field tools', async () => {
    const { looks, changes } = watch();
    expect(looks).toHaveLength(0);
    window.dispatchEvent(new Event('load'));
    await vi.waitFor(() => expect(looks).toHaveLength(1), { timeout: 3000 });
    expect(changes).toHaveLength(1);
    expect(looks[0]!.fields.creditCode).toHaveLength(1);
    await settle();
    expect(looks).toHaveLength(1);
  });

  it('reads what the page’s scripts built before the load event (one look, not one at parse and one at load)', async () => {
    const { looks, changes } = watch();
    document.body.insertAdjacentHTML('beforeend', '<div class="errorMsg">统一社会信用代码格式不正确</div>');
    document.querySelector('input')!.value = '91110108MA01C3XK2A';
    window.dispatchEvent(new Event('load'));
    await vi.waitFor(() => expect(looks).toHaveLength(1), { timeout: 3000 });
    expect(changes.at(-1)!.messages).toContain('统一社会信用代码格式不正确');
    expect(looks[0]!.fields.creditCode[0]!.value).toBe('91110108MA01C3XK2A');
  });
});
