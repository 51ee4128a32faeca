import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../messaging/protocol';
import { badgeForEntries } from '../messaging/badge';

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

  onMessage('badge:entries', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const badge = badgeForEntries(data);
    void browser.action.setBadgeText({ tabId, text: badge.text }).catch(() => undefined);
    void browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }).catch(() => undefined);
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-panel') return;
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined) await sendMessage('panel:toggle', undefined, { tabId, frameId: 0 }).catch(() => undefined);
    })();
  });
});
