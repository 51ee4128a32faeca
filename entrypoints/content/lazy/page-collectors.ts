import { browser } from 'wxt/browser';
import { collectLocalFacts, probePopup } from '../../../diagnosis/collect-page';
import type { DiagnosisCollectors } from '../../../diagnosis/run';
import { sendMessage } from '../../../messaging/protocol';

/**
 * The diagnosis as run from the panel, on the platform page itself: the page's own browser facts
 * (cookies, storage and the pop-up blocker as this site meets them, the page's width), the probes
 * through the background (a content script cannot read other hosts' answers).
 * Called inside the click on 一键诊断, so the pop-up probe is a real user-initiated window.open.
 */
export function pageCollectors(): DiagnosisCollectors {
  const popupProbe = probePopup((url, target, features) => window.open(url, target, features));
  return {
    collectLocal: () =>
      collectLocalFacts({
        context: 'page',
        navigator,
        screen,
        window,
        document,
        localStorage: () => window.localStorage,
        sessionStorage: () => window.sessionStorage,
        popupProbe,
      }),
    probe: (target) => sendMessage('diagnosis:probe', target.id),
    extensionInfo: () => ({ version: browser.runtime.getManifest().version, activeOnTab: true }),
  };
}
