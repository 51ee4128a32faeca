import { chromium } from 'playwright-core';
import { mockRouteHost, mockRoutes } from './routes';
import { siteForHost, startMockPlatform } from './server';

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
      // A route served with an error status (the SSO's 405) is expected to log its failed load.
      const expected = mockRoutes.some((r) => r.status && current.endsWith(r.path)) && message.text().includes('the server responded with a status of');
      if (message.type() === 'error' && !expected) problems.push(`${current}: console error ${message.text()}`);
    });
    page.on('dialog', (dialog) => void dialog.accept());
    for (const route of mockRoutes) {
      current = `https://${mockRouteHost(route)}${route.path}`;
      // A hash view after a page of the same document would be an in-page navigation without a response.
      if (route.path.includes('#')) await page.goto('about:blank');
      const response = await page.goto(current, { waitUntil: 'load' });
      await page.waitForTimeout(100);
      const landed = new URL(page.url());
      const landedRoute = mockRoutes.find((r) => r.site === siteForHost(landed.host) && r.path === landed.pathname + landed.search + landed.hash) ?? route;
      const title = await page.title();
      if (response?.status() !== (route.status ?? 200)) problems.push(`${current}: status ${response?.status()}`);
      if (landedRoute.title !== '' && title !== landedRoute.title) problems.push(`${current}: title "${title}"`);
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
