import { defineContentScript } from 'wxt/utils/define-content-script';
import { platformMatchPatterns } from '../../platform/hosts';
import { runSafely } from './run-safely';
import { startTopFrame } from './top-frame';
import { startSubFrame } from './sub-frame';
import { watchFrame } from './watch-frame';
import { startFieldTools } from './field-tools';
import { loadEffectiveSettings } from '../../state/effective-settings';
import { uiLocaleFromTag } from '../../lib/localized';
import { browser } from 'wxt/browser';
// All styles of the panel and the field tips: injected into their shadow roots (cssInjectionMode 'ui'),
// including those of the lazily loaded components, which bring no CSS of their own.
import '../../components/panel/panel.css';
import '../../components/faq/faq.css';
import '../../components/diagnosis/diagnosis.css';
import '../../components/tools/tools.css';

export default defineContentScript({
  matches: platformMatchPatterns,
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  noScriptStartedPostMessage: true,
  main(ctx) {
    runSafely('field-tools', () =>
      startFieldTools(ctx, {
        thresholds: () => loadEffectiveSettings().then((effective) => effective.settings.upload),
        locale: uiLocaleFromTag(browser.i18n.getUILanguage()),
      }),
    );
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
