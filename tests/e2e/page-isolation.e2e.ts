import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startMockPlatform, type MockPlatform } from '../mock-platform/server';
import { launchWithExtension, panel, type ExtensionBrowser } from './support/chromium';
import { permitUrl } from './support/platform';

/**
 * Nothing taken from the page: its focus (an `autofocus` login field beside an error message), its
 * keys and input (the page's own listeners never see typing in our panel), its memory (no listener
 * piles up) and its alert() (the hook reads as the native function).
 *
 * The login page is a fixture served here (the mock's login page has no autofocus variant): a CAS
 * login form with an error message, an autofocus user name field, and listeners on the document and
 * the window that record every key, input, composition, paste and click event they see.
 */
const loginFixture = (extraScript = '') => `<!doctype html>
<html><head><meta charset="utf-8"><title>全国排污许可证管理信息平台-企业端登录</title></head>
<body>
<form id="fm1" action="/cas/login" method="post" onsubmit="return false">
  <div id="dError" class="errorTip" style="display:block">用户名或密码错误，请重新输入</div>
  <label for="username">用户名：</label><input type="text" id="username" name="username" autofocus>
  <label for="password">密码：</label><input type="password" id="password" name="password">
</form>
<script>
  window.seen = [];
  for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'compositionstart', 'compositionupdate', 'compositionend', 'paste', 'click']) {
    document.addEventListener(type, (event) => seen.push('document:' + type + (event.key ? ':' + event.key : '')));
    window.addEventListener(type, (event) => seen.push('window:' + type + (event.key ? ':' + event.key : '')));
  }
  ${extraScript}
</script>
</body></html>`;

let mock: MockPlatform;
let browser: ExtensionBrowser;

beforeAll(async () => {
  mock = await startMockPlatform();
  browser = await launchWithExtension({ port: mock.port });
});
afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

async function openFixture(url: string, html: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** The id of the page's focused element, and the test id or tag of the one focused in our panel, if any. */
const focusOf = (page: Page) =>
  page.evaluate(() => {
    const shadow = document.querySelector('permit-helper-panel')?.shadowRoot;
    const inPanel = shadow?.activeElement as HTMLElement | null | undefined;
    return {
      page: document.activeElement?.id || document.activeElement?.tagName || null,
      panel: inPanel ? (inPanel.getAttribute('data-testid') ?? inPanel.tagName.toLowerCase()) : null,
    };
  });

describe('focus', () => {
  it('stays in the autofocus field when the panel opens by itself on the page’s error', async () => {
    const page = await openFixture(permitUrl('/cas/login?autofocus=1'), loginFixture());
    const root = panel(page);
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 8_000 }).toBe('open');
    await expect.poll(() => root.locator('li[data-faq]').count()).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    expect(await focusOf(page)).toEqual({ page: 'username', panel: null });
    await page.keyboard.type('qinghe');
    expect(await page.locator('#username').inputValue()).toBe('qinghe');
    await page.close();
  });

  it('stays in the autofocus field when the panel is restored open on load, and moves in only when the user opens it', async () => {
    await browser.serviceWorker.evaluate(() => chrome.storage.local.set({ panelState: { open: true, width: 380 } }));
    const html = loginFixture().replace('<div id="dError" class="errorTip" style="display:block">用户名或密码错误，请重新输入</div>', '');
    const page = await openFixture(permitUrl('/cas/login?restored=1'), html);
    const root = panel(page);
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 8_000 }).toBe('open');
    await expect.poll(() => root.locator('#ph-title').count()).toBe(1);
    await page.waitForTimeout(300);
    expect(await focusOf(page)).toEqual({ page: 'username', panel: null });

    await page.locator('[data-testid=panel-toggle]').click();
    await expect.poll(() => root.getAttribute('data-state')).toBe('closed');
    await page.locator('[data-testid=panel-toggle]').click();
    await expect.poll(() => focusOf(page)).toEqual({ page: 'PERMIT-HELPER-PANEL', panel: 'h2' });
    await browser.serviceWorker.evaluate(() => chrome.storage.local.remove('panelState'));
    await page.close();
  });
});

describe('keys and input stay ours', () => {
  it('the page’s document and window listeners see nothing of typing, composition, paste and clicks in the panel', async () => {
    const page = await openFixture(permitUrl('/cas/login?keys=1'), loginFixture());
    const root = panel(page);
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 8_000 }).toBe('open');
    await root.locator('[data-testid=panel-section-search]').click();
    const search = root.getByRole('searchbox');
    await search.click();
    await page.evaluate(() => ((window as unknown as { seen: string[] }).seen = []));

    await page.keyboard.type('证丢了');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    expect(await search.inputValue()).toBe('证');
    await search.evaluate((input) => {
      for (const type of ['compositionstart', 'compositionupdate', 'compositionend'])
        input.dispatchEvent(new CompositionEvent(type, { bubbles: true, composed: true, data: '丢' }));
      input.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, composed: true }));
    });
    await root.locator('[data-testid=panel-section-help]').click();
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);

    // Our own handlers still work: Escape closes the panel, the tab opens it again.
    await root.locator('[data-testid=panel-section-help]').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => root.getAttribute('data-state')).toBe('closed');
    // The page's own fields still reach the page.
    await page.locator('#username').click();
    await page.keyboard.press('a');
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toContain('document:keydown:a');
    await page.close();
  });
});

describe('no listener pile-up', () => {
  it('1,000 interactions leave the page’s event-listener count flat', async () => {
    const page = await browser.context.newPage();
    await page.goto(permitUrl('/permitExt/outside/registration.jsp'), { waitUntil: 'load' });
    await expect.poll(() => panel(page).getAttribute('data-page-kind'), { timeout: 8_000 }).not.toBe('unknown');
    const cdp = await page.context().newCDPSession(page);
    const listeners = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return ((await cdp.send('Memory.getDOMCounters')) as { jsEventListeners: number }).jsEventListeners;
    };
    // Clicks, typing in the credit-code field and scrolls: each runs the helper's timers (look after a
    // click, typing pause, tip layout on the next frame).
    const interact = (count: number) =>
      page.evaluate(async (times) => {
        const field = document.querySelector<HTMLInputElement>('#tyshxydm')!;
        for (let i = 0; i < times; i++) {
          document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
          field.value = `91110108MA01C3XK${i % 10}`;
          field.dispatchEvent(new Event('input', { bubbles: true }));
          if (i % 20 === 0) await new Promise((resolve) => requestAnimationFrame(resolve));
        }
      }, count);
    await interact(50);
    await page.waitForTimeout(1000);
    const before = await listeners();
    await interact(1000);
    await page.waitForTimeout(1000);
    const after = await listeners();
    expect(after - before).toBeLessThan(10);
    await page.close();
  });
});

describe('the alert hook', () => {
  const probe = () => {
    const descriptor = (target: object, name: string) => {
      const found = Object.getOwnPropertyDescriptor(target, name);
      return found && { writable: found.writable, enumerable: found.enumerable, configurable: found.configurable, type: typeof found.value };
    };
    return {
      text: String(window.alert),
      viaFunctionToString: Function.prototype.toString.call(window.alert),
      name: window.alert.name,
      length: window.alert.length,
      descriptor: descriptor(window, 'alert'),
      ownNames: Object.getOwnPropertyNames(window.alert),
      prototype: Object.getPrototypeOf(window.alert) === Function.prototype,
      toStringText: String(Function.prototype.toString),
      toStringOfToString: Function.prototype.toString.call(Function.prototype.toString),
      toStringName: Function.prototype.toString.name,
      toStringDescriptor: descriptor(Function.prototype, 'toString'),
      globals: Object.getOwnPropertyNames(window).sort(),
    };
  };

  it('reads as the native alert, with no global marker, compared with a page without the extension', async () => {
    const hooked = await openFixture(permitUrl('/cas/login?probe=1'), loginFixture());
    await expect.poll(() => panel(hooked).count(), { timeout: 8_000 }).toBe(1);
    const plain = await openFixture('https://no-extension.test/cas/login', loginFixture());
    expect(await plain.locator('permit-helper-panel').count()).toBe(0);
    const [withExtension, without] = await Promise.all([hooked.evaluate(probe), plain.evaluate(probe)]);
    expect(withExtension).toEqual(without);
    // And it is hooked: its texts reach the helper.
    const texts = await hooked.evaluate(() => {
      const seen: number[] = [];
      window.addEventListener('permit-helper:page-alert', (event) => seen.push(String((event as CustomEvent).detail).length));
      window.alert('x'.repeat(5000));
      return seen;
    });
    expect(texts).toEqual([2000]);
    await Promise.all([hooked.close(), plain.close()]);
  });

  it('a page that floods alert() opens the panel once; closed, it stays closed', async () => {
    const flood = `window.flood = (count) => { for (let i = 0; i < count; i++) alert('用户名或密码错误，请重新输入' + ' '.repeat(i % 7)); };`;
    const html = loginFixture(flood).replace('<div id="dError" class="errorTip" style="display:block">用户名或密码错误，请重新输入</div>', '');
    const page = await openFixture(permitUrl('/cas/login?flood=1'), html);
    const root = panel(page);
    await expect.poll(() => root.count(), { timeout: 8_000 }).toBe(1);
    await page.evaluate(() => (window as unknown as { flood(count: number): void }).flood(200));
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 8_000 }).toBe('open');
    await page.locator('[data-testid=panel-toggle]').click();
    await expect.poll(() => root.getAttribute('data-state')).toBe('closed');
    await page.evaluate(() => (window as unknown as { flood(count: number): void }).flood(200));
    await page.waitForTimeout(1500);
    expect(await root.getAttribute('data-state')).toBe('closed');
    await page.close();
  });
});
