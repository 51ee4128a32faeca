import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { MockRoute } from '../routes';

/**
 * The scripts and styles of the pages of the platform's weight, served from the mock as the real
 * platform serves its own copies (`/permitExt/js/…`): jQuery 1.12 and jQuery UI 1.13 from
 * node_modules (devDependencies, no CDN), and the easyui-like widget layer next to this file.
 */
const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

export const assetPaths = {
  jquery: '/permitExt/js/jquery-1.12.4.min.js',
  jqueryUi: '/permitExt/js/jquery-ui-1.13.3.min.js',
  jqueryUiCss: '/permitExt/js/themes/base/jquery-ui.min.css',
  widgets: '/permitExt/js/easyui/mock-easyui.js',
} as const;

const files: Record<keyof typeof assetPaths, { file: () => string; type: string }> = {
  jquery: { file: () => join(packageDir('jquery'), 'dist/jquery.min.js'), type: 'application/javascript; charset=UTF-8' },
  jqueryUi: { file: () => join(packageDir('jquery-ui'), 'dist/jquery-ui.min.js'), type: 'application/javascript; charset=UTF-8' },
  jqueryUiCss: { file: () => join(packageDir('jquery-ui'), 'dist/themes/base/jquery-ui.min.css'), type: 'text/css; charset=UTF-8' },
  widgets: { file: () => join(import.meta.dirname, 'mock-easyui.js'), type: 'application/javascript; charset=UTF-8' },
};

const cache = new Map<string, string>();
function read(file: string): string {
  let text = cache.get(file);
  if (text === undefined) {
    text = readFileSync(file, 'utf8');
    cache.set(file, text);
  }
  return text;
}

/**
 * Static files as routes (a route's `html` is its body; its headers set the type). Not pages: kind
 * `unknown`, no title. Cached by the browser like the platform's own static files.
 */
export const assetRoutes: MockRoute[] = (Object.keys(assetPaths) as (keyof typeof assetPaths)[]).map((name) => ({
  path: assetPaths[name],
  site: 'permit',
  kind: 'unknown',
  title: '',
  render: () => ({
    // The theme's icon sprites are not served: their url()s go, so the page asks for nothing that is missing.
    html: name === 'jqueryUiCss' ? read(files[name].file()).replace(/url\("?images\/[^)"]*"?\)/g, 'none') : read(files[name].file()),
    headers: { 'Content-Type': files[name].type, 'Cache-Control': 'max-age=3600' },
  }),
}));

/** The `<head>` lines that load them, in the platform's order. */
export const heavyHead = [
  `<link rel="stylesheet" type="text/css" href="${assetPaths.jqueryUiCss}" />`,
  `<script type="text/javascript" src="${assetPaths.jquery}"></script>`,
  `<script type="text/javascript" src="${assetPaths.jqueryUi}"></script>`,
  `<script type="text/javascript" src="${assetPaths.widgets}"></script>`,
].join('\n');
