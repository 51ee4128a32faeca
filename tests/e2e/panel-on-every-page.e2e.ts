import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startMockPlatform, type MockPlatform } from '../mock-platform/server';
import { mockRoutes } from '../mock-platform/routes';
import { launchWithExtension, panel, type ExtensionBrowser } from './support/chromium';
import { builtInEntries } from '../../faq/entries';
import { entriesForPageKind } from '../../faq/page-entries';
import { platformUrl } from './support/platform';

let mock: MockPlatform;
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  mock = await startMockPlatform();
  browser = await launchWithExtension({ port: mock.port });
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

/** Pages that forward the browser elsewhere on load: checked where they land. */
const redirecting = new Set(['/', '/permitExt/outside/LicenseRedirect']);

describe('the panel on every mock page', () => {
  const routes = mockRoutes.filter((route) => !redirecting.has(route.path) && !route.path.includes('autologin'));

  it.each(routes.map((route) => [route.path, route] as const))('%s', async (_path, route) => {
    await page.goto(platformUrl(route), { waitUntil: 'load' });
    const root = panel(page);
    await expect.poll(() => root.getAttribute('data-page-kind'), { timeout: 8000 }).toBe(route.kind);
    expect(await page.locator('permit-helper-panel').count()).toBe(1);
    for (const frame of page.frames().filter((frame) => frame !== page.mainFrame())) {
      expect(await frame.locator('permit-helper-panel').count()).toBe(0);
    }
    // The entries written for the kind, in rank order, after those answering the page's own messages.
    if ((await root.getAttribute('data-state')) !== 'open') await page.locator('[data-testid=panel-toggle]').click();
    const listed = root.locator('[data-faq], [data-testid=no-entries]');
    await expect.poll(() => listed.count(), { timeout: 8000 }).toBeGreaterThan(0);
    const shown = await root.locator('[data-faq]').evaluateAll((items) =>
      items.map((item) => ({ number: Number(item.getAttribute('data-faq')), reason: item.getAttribute('data-reason') })),
    );
    const answered = new Set(shown.filter((item) => item.reason === 'message').map((item) => item.number));
    const expected = entriesForPageKind(route.kind, builtInEntries)
      .map((match) => match.entry.number)
      .filter((number) => !answered.has(number));
    expect(shown.filter((item) => item.reason === 'page').map((item) => item.number)).toEqual(expected);
    if (shown.length === 0) expect(await root.locator('[data-testid=no-entries]').count()).toBe(1);
  });
});

describe('never on other hosts', () => {
  it('does not mount on a page of another host', async () => {
    await page.goto(`http://127.0.0.1:${mock.port}/cas/login`, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    expect(await page.locator('permit-helper-panel').count()).toBe(0);
  });
});
