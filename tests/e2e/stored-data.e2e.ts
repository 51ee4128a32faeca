import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startMockPlatform, type MockPlatform } from '../mock-platform/server';
import { launchWithExtension, panel, type ExtensionBrowser } from './support/chromium';
import { permitUrl } from './support/platform';

/**
 * A read never destroys data: one bad pack between two good ones and one bad setting among good
 * ones stay stored exactly as they were while the options page and a platform page read them;
 * the good ones are used and the bad ones are named.
 */
let mock: MockPlatform;
let browser: ExtensionBrowser;

const sample = JSON.parse(await readFile(resolve(import.meta.dirname, '../../docs/sample-faq-pack.json'), 'utf8')) as {
  entries: Record<string, unknown>[];
};
const goodPack = (name: string, number: number) => ({
  ...sample,
  name,
  entries: [{ ...sample.entries[0], number, pageKinds: ['login'], keywords: [`${name}关键词`], related: [] }],
});
const stored = {
  faqPacks: [goodPack('甲市补充', 201), { format: 'permit-helper-faq-pack', version: 1, name: '坏掉的包', entries: 'none' }, goodPack('乙市补充', 202)],
  settings: {
    contact: { name: '清河市生态环境局', phone: '0319-5550123', address: '新华路 88 号', url: 'https://sthjj.qinghe.example/' },
    panel: { autoOpen: 'on-problem', side: 'left', width: 'wide' },
    fontSize: 'large',
    upload: { maxBytes: 1048576, maxPixelsSide: 6000, maxNameLength: 60 },
  },
};

const readStorage = () => browser.serviceWorker.evaluate(() => chrome.storage.local.get(['faqPacks', 'settings']));

beforeAll(async () => {
  mock = await startMockPlatform();
  browser = await launchWithExtension({ port: mock.port });
  await browser.serviceWorker.evaluate((values) => chrome.storage.local.set(values), stored);
});
afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

describe('stored data that fails its schema', () => {
  it('the options page keeps the good packs and settings and names the bad ones', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => page.locator('[data-testid=options]').getAttribute('data-ready'), { timeout: 5_000 }).toBe('true');
    expect(await page.locator('[data-pack]').evaluateAll((items) => items.map((item) => item.getAttribute('data-pack')))).toEqual([
      '甲市补充',
      '乙市补充',
    ]);
    expect(await page.locator('[data-setting="contact.name"] input').inputValue()).toBe('清河市生态环境局');
    const aside = page.locator('[data-testid=set-aside]');
    expect(await aside.locator('[data-set-aside-pack]').getAttribute('data-set-aside-pack')).toBe('「坏掉的包」');
    expect(await aside.textContent()).toContain('entries');
    expect(await aside.locator('[data-set-aside-setting]').getAttribute('data-set-aside-setting')).toBe('panel.width');
    expect(await aside.textContent()).toContain('面板宽度');
    await page.close();
    expect(await readStorage()).toEqual(stored);
  });

  it('a platform page uses the good ones, notes quietly that something was set aside, and writes nothing', async () => {
    const page: Page = await browser.context.newPage();
    await page.goto(permitUrl('/cas/login'), { waitUntil: 'load' });
    const root = panel(page);
    await expect.poll(() => root.getAttribute('data-side'), { timeout: 8_000 }).toBe('left');
    expect(await root.getAttribute('data-font-size')).toBe('large');
    await page.locator('[data-testid=panel-toggle]').click();
    await expect.poll(() => root.getAttribute('data-state')).toBe('open');
    await expect.poll(() => root.locator('[data-testid=panel-set-aside]').count()).toBe(1);
    const shown = () => root.locator('li[data-faq]').evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-faq'))));
    // The packs' entries (201–299 here); the helper's own notes (901–999) are shown on the login page too.
    await expect.poll(async () => (await shown()).filter((number) => number > 200 && number < 900).sort()).toEqual([201, 202]);
    await page.close();
    expect(await readStorage()).toEqual(stored);
  });
});
