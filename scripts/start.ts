/**
 * `npm start`: serves the mock permit platform and opens Chromium with the built extension at the
 * mock dashboard. Without a display it runs headless instead: visits the main pages, opens the panel
 * on each, saves a screenshot per page and prints the folder.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startMockPlatform } from '../tests/mock-platform/server';
import { mockRoutes } from '../tests/mock-platform/routes';
import { reportViewPaths } from '../tests/mock-platform/pages/reports';
import { launchWithExtension } from '../tests/e2e/support/chromium';
import { platformUrl, permitUrl } from '../tests/e2e/support/platform';

const port = Number(process.env.MOCK_PORT ?? 8080);
const screenshotDir = resolve(process.env.SCREENSHOT_DIR ?? 'screenshots');

async function runHeadful() {
  const mock = await startMockPlatform({ port });
  const browser = await launchWithExtension({ port: mock.port, headless: false, viewport: { width: 1366, height: 768 } });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(permitUrl('/permitExt/outside/main'));
  console.log(`Mock platform: ${mock.origin} (as https://permit.mee.gov.cn in the browser)`);
  console.log('Chromium is open with the extension at the dashboard. Close the window or press Ctrl+C to stop.');
  const stop = async () => {
    await browser.close().catch(() => undefined);
    await mock.close();
    process.exit(0);
  };
  browser.context.on('close', () => void stop());
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

async function runHeadless() {
  const mock = await startMockPlatform({ port });
  const browser = await launchWithExtension({ port: mock.port });
  await mkdir(screenshotDir, { recursive: true });
  const page = await browser.context.newPage();
  const saved: string[] = [];
  const shoot = async (name: string, from: string) => {
    const root = page.locator('[data-testid=panel]');
    await root.waitFor({ state: 'attached', timeout: 10_000 });
    if ((await root.getAttribute('data-state')) !== 'open') await page.locator('[data-testid=panel-toggle]').click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: resolve(screenshotDir, name) });
    saved.push(`${name}  ←  ${from}`);
    await page.locator('[data-testid=panel-toggle]').click();
  };
  try {
    for (const route of mockRoutes.filter((candidate) => candidate.main)) {
      await page.goto(platformUrl(route), { waitUntil: 'load' });
      await shoot(`${route.kind}.png`, platformUrl(route));
    }
    // A report's period comes from the card the user opens in the list: open the 年报 card.
    await page.goto(permitUrl(reportViewPaths.list), { waitUntil: 'load' });
    await page.locator('.card.select-none', { hasText: '年报' }).click();
    await shoot('report-annual.png', `${permitUrl(reportViewPaths.list)} → 年报 card`);
  } finally {
    await browser.close();
    await mock.close();
  }
  console.log(`No display found, so Chromium ran headless. Screenshots of the panel on ${saved.length} pages:`);
  for (const line of saved) console.log(`  ${line}`);
  console.log(`Folder: ${screenshotDir}`);
  console.log('With a display (or `xvfb-run -a npm start`), Chromium opens for you to try the extension by hand.');
}

await (process.env.DISPLAY ? runHeadful() : runHeadless());
