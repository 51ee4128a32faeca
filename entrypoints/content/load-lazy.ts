import { browser } from 'wxt/browser';
import { lazyChunkPath, lazyGlobalName } from '../../build/lazy-chunk-path';
import { sendMessage } from '../../messaging/protocol';

export type LazyPanelModule = typeof import('./lazy/panel-ui');

let loading: Promise<LazyPanelModule> | undefined;

/**
 * Loads the panel's body, the FAQ search and the field tools (built apart: see build/lazy-chunk.ts)
 * once per frame: imported as an ES module (MV3), or in MV2 builds (Firefox, legacy Chromium) injected by
 * the background into this frame, since there it is not web-accessible.
 */
export function loadLazy(): Promise<LazyPanelModule> {
  loading ??=
    import.meta.env.MANIFEST_VERSION === 2
      ? sendMessage('lazy:inject').then(() => {
          const module = (globalThis as Record<string, unknown>)[lazyGlobalName] as LazyPanelModule | undefined;
          if (!module) throw new Error('the panel module did not load');
          return module;
        })
      : (import(/* @vite-ignore */ browser.runtime.getURL(`/${lazyChunkPath}` as '/popup.html')) as Promise<LazyPanelModule>);
  return loading;
}
