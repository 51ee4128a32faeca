import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { platformMatchPatterns } from './platform/hosts';
import { buildLazyChunk, lazyChunkPath } from './build/lazy-chunk';
import { buildHeicChunk, heicChunkPath, heicWasmPath } from './build/heic-chunk';
import { preactModule, stripPreactRawHtml } from './build/strip-raw-html';
import { extensionPublicKey } from './build/extension-identity';
import { stripFixturesVite } from './build/strip-fixtures';
import { builtInEntries } from './faq/entries';
import { countPageEntries } from './faq/page-entry-counts';
import { readShellTexts } from './build/shell-texts';

// Extension pages run only their own bundled scripts: no eval, no remote code, no plugins. WebAssembly
// may compile ('wasm-unsafe-eval' allows nothing else): the tools page decodes HEIC photos with libheif.
const extensionPagesCsp = "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

// The legacy build (`--mode legacy`) targets the Chromium 80 cores that older 360 and Sogou
// versions still ship; every other build targets current browsers. `--mode store` is the Chrome Web
// Store's package: the store refuses a manifest `key` and signs with its own.
// `npm run crx` (scripts/crx.ts) sets PERMIT_HELPER_UPDATE_URL for the self-hosted package, and
// PERMIT_HELPER_MANIFEST_KEY to the public half of the key it signs with.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Lets parallel work build without overwriting the extension a running test has loaded.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  imports: false,
  // The sources zip AMO asks for: what builds the extension, not local screenshots or other builds.
  zip: { excludeSources: ['screenshots/**', 'docs/screenshots/**', '.output*/**', 'test-results/**'] },
  vite: (env) => ({
    plugins: [
      preact(),
      {
        name: 'strip-preact-raw-html',
        transform: (code: string, id: string) => (preactModule.test(id) ? stripPreactRawHtml(code) : undefined),
      },
      stripFixturesVite,
    ],
    build: { target: env.mode === 'legacy' ? 'chrome80' : 'es2022' },
    // The tab's entry count per page kind and its texts, so the content script injected on every page
    // carries no FAQ data and never asks for the message bundle (build/build-constants.d.ts).
    define: {
      __PAGE_ENTRY_COUNTS__: JSON.stringify(countPageEntries(builtInEntries)),
      __SHELL_TEXTS__: JSON.stringify(readShellTexts()),
    },
  }),
  hooks: {
    // The content script injected on every platform page makes no promise-based browser call (its
    // messaging calls `chrome.runtime` itself): it goes without webextension-polyfill, the browser's
    // own `browser` or `chrome` object is enough. Extension pages and the lazily loaded module keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => entrypoint.name === 'content')) return;
      const plain = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const alias = config.resolve?.alias;
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(alias) ? [plain, ...alias] : [plain, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))],
      };
    },
    'build:publicAssets': async (wxt, files) => {
      files.push({ relativeDest: lazyChunkPath, contents: await buildLazyChunk(wxt) });
      // Firefox's add-on linter refuses the import() that loads it, so Firefox builds go without (components/tools/load-heic-decoder.ts).
      if (wxt.config.browser !== 'firefox') {
        const heic = await buildHeicChunk(wxt);
        files.push({ relativeDest: heicChunkPath, contents: heic.module }, { relativeDest: heicWasmPath, absoluteSrc: heic.wasmFile });
      }
    },
    // Packages of other modes than production carry the mode in their name (…-chrome-store.zip, …-chrome-legacy.zip).
    'zip:start': (wxt) => {
      if (wxt.config.mode !== 'production') wxt.config.zip.artifactTemplate = wxt.config.zip.artifactTemplate.replace(/\.zip$/, `-${wxt.config.mode}.zip`);
    },
  },
  manifest: ({ browser, manifestVersion, mode }) => ({
    name: '__MSG_extName__',
    // One extension ID wherever we sign or the user loads the files; Edge Add-ons and the Chrome Web Store assign theirs.
    ...(browser === 'chrome' && mode !== 'store' ? { key: process.env.PERMIT_HELPER_MANIFEST_KEY ?? extensionPublicKey } : {}),
    ...(process.env.PERMIT_HELPER_UPDATE_URL ? { update_url: process.env.PERMIT_HELPER_UPDATE_URL } : {}),
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // Asked for only when the user turns on the permit deadline reminders (docs/permissions.md). Firefox
    // cannot ask for `alarms` later (it is not an optional permission there, and grants it without a prompt).
    permissions: browser === 'firefox' ? ['storage', 'alarms'] : ['storage'],
    optional_permissions: browser === 'firefox' ? ['notifications'] : ['alarms', 'notifications'],
    host_permissions: platformMatchPatterns,
    // The lazily loaded part of the content script and the HEIC decoder (loaded only to repair a HEIC
    // photo) must be importable from the platform's pages, and from no other site. MV2 cannot limit a
    // web-accessible file by host, so the MV2 builds (Firefox, legacy Chromium) expose nothing: the
    // background injects the lazy part (entrypoints/content/load-lazy.ts), and HEIC is not repaired in the page.
    ...(manifestVersion === 2 ? {} : { web_accessible_resources: [{ resources: [lazyChunkPath, heicChunkPath, heicWasmPath], matches: platformMatchPatterns }] }),
    action: { default_title: '__MSG_extName__' },
    content_security_policy:
      manifestVersion === 2 ? extensionPagesCsp : { extension_pages: extensionPagesCsp },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_cmdTogglePanel__',
      },
    },
    // Chromium browsers hand a 3rdparty extension policy to storage.managed only against this
    // schema; Firefox reads policies.json without one.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'permit-self-check@helper.local',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
