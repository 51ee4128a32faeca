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
  // Looked up at once, in parallel with the rest: the local checks have 100 ms in all.
  const zoomLookup = activeTabId()
    .then((tabId) => (tabId === undefined ? undefined : browser.tabs.getZoom(tabId)))
    .catch(() => undefined);
  const zoomWithin = (ms: number) =>
    Promise.race([zoomLookup, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms))]);
  return {
    async collectLocal() {
      const zoom = await zoomWithin(30);
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
