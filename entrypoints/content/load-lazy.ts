import { browser } from 'wxt/browser';
import { lazyChunkPath } from '../../build/lazy-chunk-path';

export type LazyPanelModule = typeof import('./lazy/panel-ui');

let loading: Promise<LazyPanelModule> | undefined;

/** Loads the panel's body, the FAQ search and the field tools (built apart: see build/lazy-chunk.ts) once per frame. */
export function loadLazy(): Promise<LazyPanelModule> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL(`/${lazyChunkPath}` as '/popup.html')) as Promise<LazyPanelModule>;
  return loading;
}
