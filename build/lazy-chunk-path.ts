/** Where the lazily loaded part of the content script lands in every build (see lazy-chunk.ts). */
export const lazyChunkPath = 'content-scripts/panel-ui.js';
