import { defineContentScript } from 'wxt/utils/define-content-script';
import { platformMatchPatterns } from '../../platform/hosts';
import { runSafely } from './run-safely';
import { startTopFrame } from './top-frame';
import { startSubFrame } from './sub-frame';
import { watchFrame } from './watch-frame';
import type { FrameLook } from '../../platform/frame-look';
import { startFieldTools } from './field-tools';
import { sendMessage } from '../../messaging/protocol';
import { uiLocaleFromTag } from '../../lib/localized';
import { browser } from 'wxt/browser';

export default defineContentScript({
  matches: platformMatchPatterns,
  allFrames: true,
  // At the start, so the boot message is answered early and the tab (with the kind the URL says) is drawn
  // at DOMContentLoaded before the page's ready handlers run (a document_end script waits for them);
  // the frame is looked at in idle time after its load event, when the page's scripts have built it (watch-frame.ts).
  runAt: 'document_start',
  // Styles go into our shadow roots as text: the shell's with the shell, the rest with the lazily loaded
  // module (no stylesheet fetched on every page).
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main(ctx) {
    const fieldTools = runSafely('field-tools', () =>
      startFieldTools(ctx, {
        thresholds: () => sendMessage('panel:boot', undefined).then((boot) => boot.settings.upload),
        locale: uiLocaleFromTag(browser.i18n.getUILanguage()),
      }),
    );
    const onLook = (look: FrameLook) =>
      fieldTools?.useLook({ fields: look.fields, kind: look.snapshot.detection.kind });
    return runSafely('start', () => {
      if (window.top === window) {
        const top = startTopFrame(ctx);
        watchFrame(ctx, { onLook, onChange: (snapshot) => top.setOwnSnapshot(snapshot) });
      } else {
        const sub = startSubFrame(ctx);
        watchFrame(ctx, { onLook, onChange: (snapshot) => sub.report(snapshot) });
      }
    });
  },
});
