import { defineContentScript } from 'wxt/utils/define-content-script';
import { platformMatchPatterns } from '../../platform/hosts';
import { alertHookPlacement, alertHookSource, installAlertHook } from './alert-hook';

// Runs in the page's own world, before the page's scripts, so that alert() texts reach the helper.
export default defineContentScript({
  matches: platformMatchPatterns,
  allFrames: true,
  world: 'MAIN',
  runAt: 'document_start',
  globalName: false,
  noScriptStartedPostMessage: true,
  main() {
    const placement = alertHookPlacement(window);
    if (placement === 'direct') installAlertHook(window);
    if (placement !== 'inline-script') return;
    // An MV2 build in a browser that ignored `world: "MAIN"`: the hook goes into the page as a script
    // element, which runs in the page's world at once and is removed again.
    try {
      const script = document.createElement('script');
      script.textContent = alertHookSource();
      (document.head ?? document.documentElement).append(script);
      script.remove();
    } catch {
      // Without the hook, the page's alert() texts are not answered; everything else works.
    }
  },
});
