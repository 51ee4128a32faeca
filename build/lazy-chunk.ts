import { build, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Wxt } from 'wxt';

export { lazyChunkPath, lazyGlobalName } from './lazy-chunk-path';
import { lazyGlobalName } from './lazy-chunk-path';
import { preactModule, stripPreactRawHtml } from './strip-raw-html';
import { importGlob } from './import-glob';
import { stripFixturesEsbuild } from './strip-fixtures';

const root = resolve(import.meta.dirname, '..');

const stripRawHtml: Plugin = {
  name: 'strip-preact-raw-html',
  setup(build) {
    build.onLoad({ filter: preactModule }, async (args) => ({
      contents: stripPreactRawHtml(await readFile(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};

/** `import css from './x.css?inline'` gives the file's text, as in Vite. */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(build) {
    build.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.replace(/\?inline$/, '')),
      namespace: 'inline-css',
    }));
    build.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

/**
 * WXT bundles each content script as one IIFE without code splitting, so the panel's body, the
 * FAQ search and the field tools would load on every platform page. They are built here, beside
 * WXT's output, as one ES module the content script imports (web-accessible) only when needed:
 * when the panel opens, when the page shows a message, or when the frame has fields to check.
 */
export async function buildLazyChunk(wxt: Wxt): Promise<string> {
  const legacy = wxt.config.mode === 'legacy';
  // MV2 builds (Firefox, legacy Chromium): injected by the background (tabs.executeScript) as a script
  // that leaves its exports on the content scripts' shared global. Mozilla's linter rejects an
  // import() of a computed URL, and an MV2 manifest cannot limit web-accessible files to the platform's
  // hosts, so in MV2 no file of ours is web-accessible at all.
  const injected = wxt.config.manifestVersion === 2;
  const result = await build({
    entryPoints: [resolve(root, 'entrypoints/content/lazy/panel-ui.tsx')],
    bundle: true,
    write: false,
    format: injected ? 'iife' : 'esm',
    ...(injected ? { globalName: lazyGlobalName } : {}),
    minify: true,
    legalComments: 'none',
    target: legacy ? 'chrome80' : 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // Components import their CSS for the extension pages; here the module adds the styles it needs
    // to its shadow roots itself, from `?inline` imports (as Vite reads them).
    loader: { '.css': 'empty' },
    plugins: [inlineCss, stripRawHtml, importGlob, stripFixturesEsbuild],
    alias: {
      '#i18n': resolve(root, '.wxt/i18n/index.ts'),
      'wxt/browser': '@wxt-dev/webextension-polyfill/browser',
    },
    define: {
      'import.meta.env.BROWSER': JSON.stringify(wxt.config.browser),
      'import.meta.env.MANIFEST_VERSION': String(wxt.config.manifestVersion),
      'import.meta.env.DEV': 'false',
      'import.meta.env.PROD': 'true',
    },
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('the lazy content-script chunk produced no output');
  return output.text;
}
