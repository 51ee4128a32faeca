import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../../messaging/protocol';
import { badgeForDiagnosis, badgeForEntries } from '../../messaging/badge';
import { probeReachability } from '../../diagnosis/probe';
import { targetById } from '../../diagnosis/targets';
import { lazyChunkPath } from '../../build/lazy-chunk-path';
import { changesPanelBoot, readPanelBoot } from '../../state/read-panel-boot';
import { onLatePolicy } from '../../state/managed';
import { savePanelState } from '../../state/panel-state';
import { platformMatchPatterns } from '../../platform/hosts';
import { startPermitWatch } from './permit-watch';

/** `action` in MV3 builds, `browserAction` in the MV2 ones (legacy Chromium, Firefox). */
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

function setBadge(badge: { text: string; color: string }, tabId?: number) {
  const action = toolbarAction();
  void action.setBadgeText(tabId === undefined ? { text: badge.text } : { tabId, text: badge.text }).catch(() => undefined);
  void action
    .setBadgeBackgroundColor(tabId === undefined ? { color: badge.color } : { tabId, color: badge.color })
    .catch(() => undefined);
}

export default defineBackground(() => {
  // Frames of a platform page report their page kind; the top frame shows the one panel.
  onMessage('frame:report', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId === undefined || sender.frameId === 0) return;
    void sendMessage('frame:relayed', { ...data, frameId: sender.frameId }, { tabId, frameId: 0 }).catch(() => undefined);
  });
  onMessage('frame:gone', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    void sendMessage('frame:removed', data, { tabId, frameId: 0 }).catch(() => undefined);
  });

  // Storage is read and validated here, off the platform page's thread, and watched here: when the
  // settings or the policy change (or the policy answers later than the read at start-up waited),
  // the open platform tabs ask again. Found by address, so a restarted service worker finds them too.
  onMessage('panel:boot', ({ data, sender }) => {
    if (typeof data === 'number' && sender.tab?.id !== undefined && sender.frameId === 0) setBadge(badgeForEntries(data), sender.tab.id);
    return readPanelBoot();
  });
  const tellPlatformTabs = () =>
    void browser.tabs
      .query({ url: platformMatchPatterns })
      .then((tabs) => {
        for (const { id: tabId } of tabs) {
          if (tabId !== undefined) void sendMessage('panel:boot-changed', undefined, { tabId, frameId: 0 }).catch(() => undefined);
        }
      })
      .catch(() => undefined);
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (changesPanelBoot(changes, areaName)) tellPlatformTabs();
  });
  onLatePolicy(tellPlatformTabs);
  onMessage('panel:save', ({ data }) => savePanelState(data));

  onMessage('badge:entries', ({ data, sender }) => {
    if (sender.tab?.id !== undefined) setBadge(badgeForEntries(data), sender.tab.id);
  });
  // The toolbar shows the working days left to the renewal deadline of a remembered permit, unless a
  // diagnosis failed (its 「!」 stays until a diagnosis passes).
  const permitWatch = startPermitWatch((badge) => setBadge(badge));
  onMessage('diagnosis:finished', async ({ data }) => {
    if (data.failed > 0) setBadge(badgeForDiagnosis(data.failed));
    else await permitWatch.refresh(true).catch(() => setBadge(badgeForDiagnosis(0)));
  });
  if (import.meta.env.MANIFEST_VERSION === 2) {
    // MV2 builds (Firefox, legacy Chromium), where the file is not web-accessible: the host permission
    // allows injecting our own file into a platform frame.
    onMessage('lazy:inject', async ({ sender }) => {
      if (sender.tab?.id === undefined) throw new Error('no tab to load the panel into');
      await browser.tabs.executeScript(sender.tab.id, { file: `/${lazyChunkPath}`, frameId: sender.frameId ?? 0 });
    });
  }
  onMessage('diagnosis:probe', ({ data }) => probeReachability((input, init) => fetch(input, init), targetById(data).url));

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-panel') return;
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined) await sendMessage('panel:toggle', undefined, { tabId, frameId: 0 }).catch(() => undefined);
    })();
  });
});
