import { chromium } from 'playwright-core';
import { mockRoutes } from './routes';
import { startMockPlatform } from './server';

/**
 * `npx tsx tests/mock-platform/browser-check.ts`: opens every mock route over HTTPS in
 * Chromium (host names mapped to the mock, as the end-to-end tests do) and fails on script
 * errors, console errors, or a title that differs from the route's. The unit tests run the
 * pages in happy-dom; this checks them in a real browser.
 */
async function main(): Promise<void> {
  const platform = await startMockPlatform();
  const rules = ['permit.mee.gov.cn', 'permit.mep.gov.cn', 'wryjc.cnemc.cn', 'wryjc.mee.gov.cn']
    .map((host) => `MAP ${host} 127.0.0.1:${platform.port}`)
    .join(', ');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--ignore-certificate-errors', `--host-resolver-rules=${rules}`],
  });
  const problems: string[] = [];
  try {
    const page = await browser.newPage();
    let current = '';
    page.on('pageerror', (error) => problems.push(`${current}: script error ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${current}: console error ${message.text()}`);
    });
    page.on('dialog', (dialog) => void dialog.accept());
    for (const route of mockRoutes) {
      const host = route.site === 'permit' ? 'permit.mee.gov.cn' : 'wryjc.cnemc.cn';
      current = `https://${host}${route.path}`;
      const response = await page.goto(current, { waitUntil: 'load' });
      await page.waitForTimeout(100);
      const landed = new URL(page.url());
      const landedRoute = mockRoutes.find((r) => r.site === route.site && r.path === landed.pathname + landed.search) ?? route;
      const title = await page.title();
      if (response?.status() !== 200) problems.push(`${current}: status ${response?.status()}`);
      if (title !== landedRoute.title) problems.push(`${current}: title "${title}"`);
      console.log(`${response?.status()} ${route.kind.padEnd(20)} ${current}${landed.href === current ? '' : ` → ${landed.href}`}`);
    }
  } finally {
    await browser.close();
    await platform.close();
  }
  if (problems.length) {
    console.error(`\n${problems.length} problem(s):\n${problems.join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`\nAll ${mockRoutes.length} routes loaded without errors.`);
  }
}

void main();
