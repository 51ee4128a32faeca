import { defineContentScript } from 'wxt/utils/define-content-script';
import { platformMatchPatterns } from '../../platform/hosts';
import { runSafely } from './run-safely';
import { startTopFrame } from './top-frame';
import { startSubFrame } from './sub-frame';
import { watchFrame } from './watch-frame';
import { startFieldTools } from './field-tools';
import { defaultUploadThresholds } from '../../tools/file-check';
import { uiLocaleFromTag } from '../../lib/localized';
import { browser } from 'wxt/browser';

export default defineContentScript({
  matches: platformMatchPatterns,
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  noScriptStartedPostMessage: true,
  main(ctx) {
    runSafely('field-tools', () => startFieldTools(ctx, { thresholds: defaultUploadThresholds, locale: uiLocaleFromTag(browser.i18n.getUILanguage()) }));
    return runSafely('start', async () => {
      if (window.top === window) {
        const top = await startTopFrame(ctx);
        watchFrame(ctx, (snapshot) => top.setOwnSnapshot(snapshot));
      } else {
        const sub = startSubFrame(ctx);
        watchFrame(ctx, (snapshot) => sub.report(snapshot));
      }
    });
  },
});
