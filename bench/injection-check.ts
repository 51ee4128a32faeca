/**
 * What an extension put into a page: the isolated worlds of extension origin that CDP reports
 * (one per content script and frame), the panel host, the main-world alert hook, and any
 * resource the page loaded from chrome-extension://. Used to prove that the conditions are
 * what they claim (a warm-up load each) and that nothing is injected on other hosts.
 */
import type { BrowserContext } from 'playwright-core';

export interface InjectionFacts {
  extensionWorlds: number;
  panelHost: boolean;
  /** The tab-only yardstick's host (bench/noop-extension.ts). */
  tabOnlyHost: boolean;
  alertHooked: boolean;
  extensionResources: number;
}

export const nothingInjected = (facts: InjectionFacts): boolean =>
  facts.extensionWorlds === 0 && !facts.panelHost && !facts.tabOnlyHost && !facts.alertHooked && facts.extensionResources === 0;

export async function injectionFacts(context: BrowserContext, url: string, settleMs: number): Promise<InjectionFacts> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    let extensionWorlds = 0;
    cdp.on('Runtime.executionContextCreated', (event: { context: { origin: string } }) => {
      if (event.context.origin.startsWith('chrome-extension://')) extensionWorlds++;
    });
    await cdp.send('Runtime.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(settleMs);
    const dom = await page.evaluate(() => ({
      panelHost: document.querySelector('permit-helper-panel') !== null,
      tabOnlyHost: document.querySelector('bench-tab-only') !== null,
      alertHooked: (window.alert as { permitHelperHook?: true }).permitHelperHook === true,
      extensionResources: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.startsWith('chrome-extension://')).length,
    }));
    await cdp.detach();
    return { extensionWorlds, ...dom };
  } finally {
    await page.close();
  }
}

export const describeFacts = (facts: InjectionFacts): string =>
  `${facts.extensionWorlds} extension worlds, panel ${facts.panelHost ? 'present' : 'absent'}, ${facts.tabOnlyHost ? 'tab-only tab present, ' : ''}` +
  `alert hook ${facts.alertHooked ? 'installed' : 'absent'}, ${facts.extensionResources} extension resources`;
