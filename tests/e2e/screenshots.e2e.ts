import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startMockPlatform, type MockPlatform } from '../mock-platform/server';
import { pickerUrl } from '../mock-platform/pages/lnglat-picker';
import { reportViewPaths } from '../mock-platform/pages/reports';
import { uploadPageUrl } from '../mock-platform/data/attachments';
import { launchWithExtension, panel, type ExtensionBrowser } from './support/chromium';
import { permitUrl } from './support/platform';
import { startVirtualDisplay } from './support/virtual-display';
import { defaultUploadThresholds } from '../../tools/file-check';

/**
 * The pictures in the README and the store listing: the panel on the platform's main pages, the
 * diagnosis report, the FAQ reader, tools.html and the options page, in Chinese, at 1280×720 (the
 * popup at its own size). `npm test` saves them to test-results/screenshots (ignored by git), so a test run
 * leaves the tree clean; `npm run screenshots` saves them to docs/screenshots (SCREENSHOTS_DIR).
 * The browser runs headful on a virtual display, so the diagnosis shows the browser a user has
 * (not "HeadlessChrome"); a sample 环保局 contact is set, as an administrator or user would.
 */

const outDir = resolve(import.meta.dirname, '../..', process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots');
const viewport = { width: 1280, height: 720 };

let mock: MockPlatform;
let browser: ExtensionBrowser;
let screen: Awaited<ReturnType<typeof startVirtualDisplay>> | undefined;
let previousDisplay: string | undefined;

/** The options page's defaults with a sample 环保局 contact, as stored by the options page. */
const sampleSettings = {
  contact: { name: '清河市生态环境局行政审批科', phone: '0319-5550123', address: '清河市建设大街 88 号', url: '' },
  panel: { autoOpen: 'on-problem', side: 'right', width: 380 },
  fontSize: 'normal',
  upload: { ...defaultUploadThresholds },
};

beforeAll(async () => {
  await mkdir(outDir, { recursive: true });
  mock = await startMockPlatform();
  screen = await startVirtualDisplay();
  previousDisplay = process.env.DISPLAY;
  process.env.DISPLAY = screen.display;
  browser = await launchWithExtension({ port: mock.port, viewport, headless: false });
  await browser.serviceWorker.evaluate((settings) => chrome.storage.local.set({ settings }), sampleSettings);
});
afterAll(async () => {
  await browser?.close();
  await mock?.close();
  screen?.stop();
  if (previousDisplay === undefined) delete process.env.DISPLAY;
  else process.env.DISPLAY = previousDisplay;
});

const file = (name: string) => resolve(outDir, `${name}.png`);

async function openPanel(page: Page) {
  const root = panel(page);
  await root.waitFor({ state: 'attached' });
  // The panel may open by itself on a page that shows a problem; a click racing it would close it again.
  for (let attempt = 0; attempt < 3 && (await root.getAttribute('data-state')) !== 'open'; attempt++) {
    await page.locator('[data-testid=panel-toggle]').click();
    await page.waitForTimeout(300);
  }
  await expect.poll(() => root.getAttribute('data-state'), { timeout: 5000 }).toBe('open');
  await root.locator('[data-testid=panel-section-help]').waitFor();
}

/** Opens a platform page with the panel open on its 本页帮助; the kind is checked so a picture never shows the wrong page. */
async function platformPage(path: string, kind: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(permitUrl(path), { waitUntil: 'load' });
  await expect.poll(() => panel(page).getAttribute('data-page-kind'), { timeout: 8000 }).toBe(kind);
  await openPanel(page);
  await panel(page).locator('li[data-faq]').first().waitFor();
  await openFirstEntry(page);
  expect(await panel(page).locator('[role=status]', { hasText: '已恢复为默认值' }).count(), 'stored settings were rejected').toBe(0);
  return page;
}

/**
 * Expands the first entry the panel lists. The panel opens the first entry it had when it mounted;
 * when the page's message or module arrives later, the new first entry starts out collapsed.
 */
async function openFirstEntry(page: Page) {
  const first = panel(page).locator('li[data-faq]').first();
  const toggle = first.locator('button.ph-entry-question');
  if ((await toggle.count()) > 0) await toggle.click();
  await first.locator('.faq-entry__question').waitFor();
}

/** Fonts loaded and no caret blinking or transitions half-way, then the visible window. */
async function shoot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(200);
  await page.screenshot({ path: file(name), animations: 'disabled', caret: 'hide' });
  await page.close();
}

/** Blurs whatever the panel focused on opening, so no focus ring shows in the picture. */
const blurPanel = (page: Page) =>
  page.evaluate(() => (document.querySelector('permit-helper-panel')?.shadowRoot?.activeElement as HTMLElement | null)?.blur());

describe('the panel on the platform', () => {
  it('public home: the entries for the public site', async () => {
    const page = await platformPage('/permitExt/defaults/default-index!getInformation.action', 'public-home');
    await blurPanel(page);
    await shoot(page, 'panel-public-home');
  });

  it('login with 用户名或密码错误: the answer to the page’s own message first', async () => {
    const page = await platformPage('/cas/login?error=true', 'login');
    const first = panel(page).locator('li[data-faq]').first();
    // The answer to the page's message comes with the lazily loaded search, after the page's own entries.
    await expect.poll(() => first.getAttribute('data-reason')).toBe('message');
    await blurPanel(page);
    await shoot(page, 'panel-login-error');
  });

  it('registration with 注册单位名称已存在: FAQ 3 first', async () => {
    const page = await platformPage('/permitExt/outside/registration.jsp?state=exists', 'register');
    await expect.poll(() => panel(page).locator('li[data-faq]').first().getAttribute('data-faq')).toBe('3');
    await blurPanel(page);
    await shoot(page, 'panel-registration-exists');
  });

  it('dashboard with the 变更 module open in its frame', async () => {
    const page = await platformPage('/permitExt/outside/main', 'dashboard');
    await page.locator('li.hrefli', { hasText: '变更' }).click();
    await expect.poll(() => panel(page).getAttribute('data-page-kind'), { timeout: 8000 }).toBe('change');
    await openFirstEntry(page);
    await blurPanel(page);
    await shoot(page, 'panel-dashboard-module');
  });

  it('coordinate picker card: the in-page converter card by the map, clear of the panel’s strip (panel closed)', async () => {
    const page = await platformPage(pickerUrl('a'), 'apply-coordinates');
    const card = page.locator('[data-testid=coordinate-tool]');
    await card.waitFor({ timeout: 8000 });
    await card.locator('[data-testid=coordinate-input]').fill('东经116°11′37.87″ 北纬40°2′46.38″');
    await card.locator('[data-testid=fill-coordinates]').click();
    expect(await page.locator('#lngInput').inputValue()).toBe('116.193853');
    await page.locator('[data-testid=panel-toggle]').click();
    await expect.poll(() => panel(page).getAttribute('data-state')).toBe('closed');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.move(0, 0);
    await shoot(page, 'coordinate-card');
  });

  it('upload page after picking a HEIC photo named .jpg', async () => {
    const page = await platformPage(uploadPageUrl, 'apply-attachments');
    const heic = Buffer.alloc(4096);
    heic.writeUInt32BE(0x18, 0);
    heic.write('ftypheic', 4, 'latin1');
    heic.write('mif1heic', 16, 'latin1');
    await page.setInputFiles('#file_YYZZ', { name: '营业执照.jpg', mimeType: 'image/jpeg', buffer: heic });
    await expect.poll(() => page.locator('[data-testid=upload-tip]').getAttribute('data-level'), { timeout: 5000 }).toBe('warn');
    await blurPanel(page);
    await shoot(page, 'panel-upload-heic');
  });

  it('renewal: the tools section with the last day to apply', async () => {
    const page = await platformPage('/permitExt/syssb/ckxm/ckxm!listBcyx.action?itemTypeID=XZXKTYPE_D&itemtype=TYPED', 'renewal');
    await page.locator('[data-testid=panel-section-tools]').click();
    await expect.poll(() => panel(page).locator('[data-tool=renewal] [data-testid=renewal-deadline-result]').count()).toBe(1);
    await blurPanel(page);
    await shoot(page, 'panel-renewal-tools');
  });

  it('annual execution report', async () => {
    // A report's period comes from the card opened in the list.
    const page = await platformPage(reportViewPaths.list, 'report-home');
    await page.locator('.card.select-none', { hasText: '年报' }).click();
    await expect.poll(() => panel(page).getAttribute('data-page-kind'), { timeout: 8000 }).toBe('report-annual');
    await openFirstEntry(page);
    await blurPanel(page);
    await shoot(page, 'panel-annual-report');
  });

  it('the environment check run in the panel on the login page', async () => {
    const page = await platformPage('/cas/login', 'login');
    await page.locator('[data-testid=panel-section-checks]').click();
    await panel(page).locator('[data-testid=diagnose]').click();
    await expect.poll(() => panel(page).locator('[data-testid=report]').getAttribute('data-state'), { timeout: 15_000 }).toBe('done');
    await blurPanel(page);
    await shoot(page, 'panel-diagnosis');
  });
});

describe('the extension’s own pages', () => {
  const extensionPage = async (path: string, size = viewport) => {
    const page = await browser.context.newPage();
    await page.setViewportSize(size);
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`, { waitUntil: 'load' });
    return page;
  };

  it('the popup with a finished diagnosis report, at its own size', async () => {
    const page = await extensionPage('popup.html', { width: 400, height: 600 });
    await page.locator('[data-testid=diagnose]').click();
    await expect.poll(() => page.locator('[data-testid=report]').getAttribute('data-state'), { timeout: 15_000 }).toBe('done');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.locator('.pp-root').screenshot({ path: file('popup-diagnosis'), animations: 'disabled' });
    await page.close();
  });

  it('the FAQ page with entry 14 open', async () => {
    const page = await extensionPage('faq.html#faq-14');
    await page.locator('[data-faq="14"] .faq-entry__question').waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await shoot(page, 'faq-entry-14');
  });

  it('tools.html', async () => {
    const page = await extensionPage('tools.html');
    await page.locator('input.pt-input-code').fill('9111O108MA01C3XK2X');
    await expect.poll(() => page.locator('[data-testid=credit-code-message]').textContent()).toContain('字母 O');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await shoot(page, 'tools-page');
  });

  it('the options page', async () => {
    const page = await extensionPage('options.html');
    await expect.poll(() => page.locator('[data-testid=options]').getAttribute('data-ready'), { timeout: 15_000 }).toBe('true');
    await shoot(page, 'options-page');
  });
});
