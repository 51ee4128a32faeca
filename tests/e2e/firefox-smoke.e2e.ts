import { afterAll, beforeAll, expect, it } from 'vitest';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startMockPlatform, type MockPlatform } from '../mock-platform/server';
import { firefoxPath } from '../../scripts/ensure-browsers';

const firefoxBuild = resolve(import.meta.dirname, '../..', process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv2');

let mock: MockPlatform;
let browser: Browser;

beforeAll(async () => {
  mock = await startMockPlatform();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': mock.port,
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.no_proxies_on': '',
    },
  });
  await browser.installExtension(firefoxBuild);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

it('Firefox: the content script mounts the panel on a platform page over http', async () => {
  const page = await browser.newPage();
  await page.goto('http://permit.mee.gov.cn/cas/login', { waitUntil: 'load' });
  const panel = await page.waitForSelector('pierce/[data-testid=panel]', { timeout: 15_000 });
  expect(await panel?.evaluate((element) => element.getAttribute('data-page-kind'))).toBe('login');
  // Opening it loads the panel's body, a separately built module imported from the extension.
  await (await page.waitForSelector('pierce/[data-testid=panel-toggle]'))?.click();
  // waitForSelector does not see nodes added later inside a shadow root over BiDi: poll instead.
  await expect.poll(async () => (await page.$$('pierce/li[data-faq]')).length, { timeout: 15_000 }).toBeGreaterThan(0);
  await page.close();
}, 60_000);
