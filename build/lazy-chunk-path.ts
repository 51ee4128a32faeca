/** Where the lazily loaded part of the content script lands in every build (see lazy-chunk.ts). */
export const lazyChunkPath = 'content-scripts/panel-ui.js';

/** In the Firefox build, the global (of the extension's content-script world) holding the module's exports. */
export const lazyGlobalName = '__permitHelperLazy';
