import { afterAll, beforeAll, expect, it } from 'vitest';
import { startMockPlatform, type MockPlatform } from '../mock-platform/server';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';

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

it('from the popup, a user opens the full FAQ, searches 「许可证丢了」, opens entry 14 and sees its steps', async () => {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const [faq] = await Promise.all([browser.context.waitForEvent('page'), popup.locator('[data-testid=open-faq]').click()]);
  await faq.waitForLoadState();
  expect(new URL(faq.url()).pathname).toBe('/faq.html');
  expect(await faq.title()).toBe('平台常见问题');

  await faq.getByRole('searchbox').fill('许可证丢了');
  const first = faq.locator('button[data-faq-item]').first();
  await expect.poll(() => first.getAttribute('data-faq-item')).toBe('14');
  await first.click();

  const entry = faq.locator('article[data-faq="14"]');
  await entry.waitFor();
  expect(new URL(faq.url()).hash).toBe('#faq-14');
  expect(await entry.locator('h2, h3').first().textContent()).toContain('许可证遗失如何补办');
  const steps = await entry.locator('ol li').allTextContents();
  expect(steps).toEqual(['发布遗失声明：', '提交补办申请：']);
  await popup.close();
  await faq.close();
});

it('a deep link opens its entry, and the popup opens the tools without the platform', async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/faq.html#faq-20`);
  const entry = page.locator('article[data-faq="20"]');
  await entry.waitFor();
  expect(await entry.locator('ol').count()).toBe(2);

  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const [tools] = await Promise.all([browser.context.waitForEvent('page'), popup.locator('[data-testid=open-tools]').click()]);
  await tools.waitForLoadState();
  expect(new URL(tools.url()).pathname).toBe('/tools.html');
  expect(await tools.locator('h1').textContent()).toBeTruthy();
  await Promise.all([page.close(), popup.close(), tools.close()]);
});
