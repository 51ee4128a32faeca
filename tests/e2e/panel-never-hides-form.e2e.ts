import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startMockPlatform, type MockPlatform } from '../mock-platform/server';
import { mockRoutes, type MockRoute } from '../mock-platform/routes';
import { heavyRoutes } from '../mock-platform/heavy/pages';
import { launchWithExtension, panel, type ExtensionBrowser } from './support/chromium';
import { platformUrl } from './support/platform';

/**
 * At 1366×768 with the panel open, every input, select, textarea and button of the platform's page
 * stays reachable: `elementFromPoint` at its centre is the control itself (or inside it), or the page
 * scrolls so that it is. Only our own panel counts as covering: what the page lays over its own
 * controls is the page's business. Every mock page is visited (the pages that hold no control pass
 * trivially), and the heavy 200-input card.
 */

/** Pages that only forward the browser elsewhere. */
const forwarding = new Set(['/', '/eap/SingleSignOnXKZ', '/permitExt/jcjl/jcjl!jcjl.action', '/permitExt/outside/LicenseRedirect', '/cas/logout']);
const pages: MockRoute[] = [
  ...mockRoutes.filter((route) => !forwarding.has(route.path.split('?')[0] ?? '') && !route.path.toLowerCase().includes('autologin')),
  ...heavyRoutes.filter((route) => route.kind === 'apply-basic-info'),
];

interface Reach {
  controls: number;
  covered: string[];
  scrolled: number;
}

/** In the page: each visible control, brought into view, then (if our panel covers it) scrolled sideways. */
function measureReach(): Reach {
  const host = document.querySelector('permit-helper-panel');
  const panelBox = host?.shadowRoot?.querySelector('.ph-panel')?.getBoundingClientRect();
  const tabBox = host?.shadowRoot?.querySelector('.ph-tab')?.getBoundingClientRect();
  if (!host || !panelBox || !tabBox) throw new Error('the panel is not open');
  const edge = Math.min(panelBox.left, tabBox.left);
  const controls = Array.from(document.querySelectorAll<HTMLElement>('input:not([type=hidden]), select, textarea, button')).filter((element) => {
    const rect = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  });
  const hitAtCentre = (element: HTMLElement) => {
    const rect = element.getBoundingClientRect();
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return 'offscreen';
    const hit = document.elementFromPoint(x, y);
    return hit === host ? 'covered' : 'ok';
  };
  const covered: string[] = [];
  let scrolled = 0;
  for (const element of controls) {
    element.scrollIntoView({ block: 'center', inline: 'nearest' });
    if (hitAtCentre(element) !== 'covered') continue;
    // The user scrolls right until the control is beside the panel.
    window.scrollBy({ left: Math.ceil(element.getBoundingClientRect().right - edge + 4), behavior: 'instant' as ScrollBehavior });
    if (hitAtCentre(element) === 'covered') {
      covered.push(`${element.tagName.toLowerCase()}#${element.id || element.getAttribute('name') || element.getAttribute('value') || ''}`);
    } else scrolled++;
    window.scrollTo({ left: 0, behavior: 'instant' as ScrollBehavior });
  }
  return { controls: controls.length, covered, scrolled };
}

/** Opens the panel; the stored state may open it by itself just as the tab is clicked, so look again after each click. */
async function openPanel(target: Page) {
  const root = panel(target);
  await root.waitFor({ state: 'attached' });
  for (let attempt = 0; attempt < 4 && (await root.getAttribute('data-state')) !== 'open'; attempt++) {
    await target.locator('[data-testid=panel-toggle]').click();
    await target.waitForTimeout(300);
  }
  await expect.poll(() => root.getAttribute('data-state')).toBe('open');
  await target.locator('permit-helper-panel .ph-panel').waitFor();
}

let mock: MockPlatform;
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  mock = await startMockPlatform();
  browser = await launchWithExtension({ port: mock.port, viewport: { width: 1366, height: 768 } });
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

describe('the open panel never hides a control of the page (1366×768)', () => {
  const results: { path: string; controls: number; scrolled: number }[] = [];
  afterAll(() => {
    const withControls = results.filter((result) => result.controls > 0);
    console.log(
      `panel-never-hides-form: ${withControls.length} pages with controls, ${withControls.reduce((sum, r) => sum + r.controls, 0)} controls, ` +
        `${withControls.reduce((sum, r) => sum + r.scrolled, 0)} reached by scrolling sideways`,
    );
  });

  it.each(pages.map((route) => [route.path, route] as const))('%s', async (path, route) => {
    await page.goto(platformUrl(route), { waitUntil: 'load' });
    await openPanel(page);
    const reach = await page.evaluate(measureReach);
    results.push({ path, controls: reach.controls, scrolled: reach.scrolled });
    expect(reach.covered, `${reach.controls} controls`).toEqual([]);
  });

  it('a control under the panel reached with Tab is scrolled out from under it; the focus stays on it', async () => {
    const card = heavyRoutes.find((route) => route.kind === 'apply-basic-info')!;
    await page.goto(platformUrl(card), { waitUntil: 'load' });
    await openPanel(page);
    const covered = await page.evaluate(() => {
      const host = document.querySelector('permit-helper-panel')!;
      const edge = host.shadowRoot!.querySelector('.ph-panel')!.getBoundingClientRect().left;
      const under = Array.from(document.querySelectorAll<HTMLElement>('input:not([type=hidden]), select, textarea')).find((element) => {
        const rect = element.getBoundingClientRect();
        return rect.width > 0 && rect.right > edge && rect.top > 0 && rect.bottom < innerHeight;
      });
      if (!under) return undefined;
      under.setAttribute('data-probe', '1');
      return true;
    });
    // The card's wide tables run under the open panel: there is such a control to tab to.
    expect(covered).toBe(true);
    await page.locator('[data-probe="1"]').focus();
    const after = await page.evaluate(() => {
      const element = document.querySelector<HTMLElement>('[data-probe="1"]')!;
      const rect = element.getBoundingClientRect();
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      return { focused: document.activeElement === element, reachable: hit === element || element.contains(hit), scrollX: window.scrollX };
    });
    expect(after.focused).toBe(true);
    expect(after.scrollX).toBeGreaterThan(0);
    expect(after.reachable).toBe(true);
  });
});
