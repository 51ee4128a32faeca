import { browser } from 'wxt/browser';

/** Address of the extension's options page, or undefined while the manifest declares none. */
export function optionsPageUrl(): string | undefined {
  try {
    const manifest = browser.runtime.getManifest();
    const page = manifest.options_ui?.page ?? manifest.options_page;
    return page ? new URL(page, browser.runtime.getURL('/')).href : undefined;
  } catch {
    return undefined;
  }
}
