import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Wxt } from 'wxt';

export { heicChunkPath, heicWasmPath } from './heic-chunk-path';

const root = resolve(import.meta.dirname, '..');

/**
 * The HEIC decoder (libheif's WebAssembly build, ~30 KB of glue and a 1.4 MB wasm file) as an ES
 * module of its own, imported only when a HEIC photo is being repaired, by the field tips and the
 * tools page alike. Never part of the eager content script or the panel's lazy module.
 */
export async function buildHeicChunk(wxt: Wxt): Promise<{ module: string; wasmFile: string }> {
  const result = await build({
    entryPoints: [resolve(root, 'components/tools/heic-decoder.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    legalComments: 'none',
    target: wxt.config.mode === 'legacy' ? 'chrome80' : 'es2022',
    // Emscripten's Node branch (never taken in a browser) names these.
    external: ['fs', 'path', 'crypto'],
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('the HEIC decoder chunk produced no output');
  return { module: output.text, wasmFile: createRequire(import.meta.url).resolve('libheif-js/libheif-wasm/libheif.wasm') };
}
