import { defineContentScript } from 'wxt/utils/define-content-script';
import { platformMatchPatterns } from '../../platform/hosts';
import { installAlertHook } from './alert-hook';

// Runs in the page's own world, before the page's scripts, so that alert() texts reach the helper.
export default defineContentScript({
  matches: platformMatchPatterns,
  allFrames: true,
  world: 'MAIN',
  runAt: 'document_start',
  globalName: false,
  noScriptStartedPostMessage: true,
  main() {
    installAlertHook(window);
  },
});
