import { browser } from 'wxt/browser';
import { heicChunkPath, heicWasmPath } from '../../build/heic-chunk-path';
import type { HeicDecode } from './repair-image';

type HeicModule = typeof import('./heic-decoder');

let loading: Promise<HeicModule> | undefined;

/**
 * Loads the HEIC decoder module (built apart: build/heic-chunk.ts) the first time a HEIC photo is
 * repaired. `getURL` is the extension's runtime.getURL. Not in Firefox, whose add-on linter refuses
 * an import() of a computed URL: there the repair says HEIC cannot be converted here.
 */
export function heicDecoderLoader(getURL: (path: string) => string): () => Promise<HeicDecode> {
  return async () => {
    if (import.meta.env.BROWSER === 'firefox') throw new Error('no HEIC decoder in this browser');
    loading ??= import(/* @vite-ignore */ getURL(`/${heicChunkPath}`)) as Promise<HeicModule>;
    loading.catch(() => {
      loading = undefined;
    });
    const module = await loading;
    const wasmUrl = getURL(`/${heicWasmPath}`);
    return (bytes) => module.decodeHeic(bytes, wasmUrl);
  };
}

/** The loader for this extension (the field tips, the panel and the tools page share it). */
export const loadHeicDecoder = heicDecoderLoader((path) => browser.runtime.getURL(path as '/tools.html'));
