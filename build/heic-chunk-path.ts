/** Where the HEIC decoder lands in every build: loaded only when a HEIC photo is repaired (see heic-chunk.ts). */
export const heicChunkPath = 'content-scripts/heic-decoder.js';
export const heicWasmPath = 'content-scripts/libheif.wasm';
