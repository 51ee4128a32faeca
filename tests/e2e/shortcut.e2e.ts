import { afterAll, beforeAll, expect, it } from 'vitest';
import { startMockPlatform, type MockPlatform } from '../mock-platform/server';
import { launchWithExtension, panel, type ExtensionBrowser } from './support/chromium';
import { permitUrl } from './support/platform';
import { startVirtualDisplay } from './support/virtual-display';

let mock: MockPlatform;
let browser: ExtensionBrowser;
let screen: Awaited<ReturnType<typeof startVirtualDisplay>>;
let previousDisplay: string | undefined;

beforeAll(async () => {
  screen = await startVirtualDisplay();
  previousDisplay = process.env.DISPLAY;
  process.env.DISPLAY = screen.display;
  mock = await startMockPlatform();
  browser = await launchWithExtension({ port: mock.port, headless: false });
});
afterAll(async () => {
  await browser?.close();
  await mock?.close();
  screen?.stop();
  if (previousDisplay === undefined) delete process.env.DISPLAY;
  else process.env.DISPLAY = previousDisplay;
});

it('the extension’s shortcut Alt+Shift+H opens and closes the panel', async () => {
  const page = await browser.context.newPage();
  await page.goto(permitUrl('/cas/login'), { waitUntil: 'load' });
  await panel(page).waitFor({ state: 'attached' });
  await page.bringToFront();
  expect(await panel(page).getAttribute('data-state')).toBe('closed');
  screen.pressKeys('alt+shift+h');
  await expect.poll(() => panel(page).getAttribute('data-state')).toBe('open');
  screen.pressKeys('alt+shift+h');
  await expect.poll(() => panel(page).getAttribute('data-state')).toBe('closed');
});
