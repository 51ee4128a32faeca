import { browser } from 'wxt/browser';
import { collectLocalFacts } from '../../diagnosis/collect-page';
import { probeReachability } from '../../diagnosis/probe';
import type { DiagnosisCollectors } from '../../diagnosis/run';
import { sendMessage } from '../../messaging/protocol';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** What the popup can see of the environment: its own browser facts, the network, the active tab. */
export function popupCollectors(): DiagnosisCollectors {
  return {
    async collectLocal() {
      const tabId = await activeTabId().catch(() => undefined);
      const zoom = tabId === undefined ? undefined : await browser.tabs.getZoom(tabId).catch(() => undefined);
      return collectLocalFacts({
        context: 'extension-popup',
        navigator,
        screen,
        window,
        document,
        localStorage: () => window.localStorage,
        sessionStorage: () => window.sessionStorage,
        zoom,
      });
    },
    probe: (target) => probeReachability((input, init) => fetch(input, init), target.url),
    async extensionInfo() {
      const version = browser.runtime.getManifest().version;
      const tabId = await activeTabId().catch(() => undefined);
      if (tabId === undefined) return { version, activeOnTab: 'unknown' };
      const status = await sendMessage('panel:status', undefined, { tabId, frameId: 0 }).catch(() => undefined);
      return { version, activeOnTab: status !== undefined };
    },
  };
}
