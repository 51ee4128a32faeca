// Callbacks passed to page.evaluate / serviceWorker.evaluate run in the extension's pages, where
// `chrome` is the extension API.
import type { Browser } from '@wxt-dev/browser';

declare global {
  const chrome: typeof Browser;
}
