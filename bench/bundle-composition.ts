/**
 * What makes up a built script: every generated character is attributed, through the source
 * map, to the source file it came from; source files are grouped (preact, zod, faq data, …).
 * gzip of a group is not additive (gzip finds repeats across groups), so each group shows its
 * gzip size alone and its share of the file's real gzip size, scaled from those.
 *
 * `npx tsx bench/bundle-composition.ts` builds with source maps into a temp dir (WXT's config
 * plus `build.sourcemap`) and prints the content script's composition.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSize, kb } from './bundle-sizes';

export interface CompositionGroup {
  name: string;
  raw: number;
  gzipAlone: number;
  /** Estimated share of the file's gzip size, bytes. */
  gzipShare: number;
}

export interface Composition {
  file: string;
  raw: number;
  gzip: number;
  groups: CompositionGroup[];
}

/** Source path patterns, first match wins; order matters where paths nest. */
const groupRules: [string, RegExp][] = [
  ['preact (+ hooks, jsx runtime)', /node_modules\/preact\//],
  ['zod (mini)', /node_modules\/zod\//],
  ['minisearch', /node_modules\/minisearch\//],
  ['chinese-days (holiday tables)', /node_modules\/chinese-days\//],
  ['bowser', /node_modules\/bowser\//],
  ['webextension-polyfill', /node_modules\/(webextension-polyfill|@wxt-dev\/webextension-polyfill|@wxt-dev\/browser)\//],
  ['i18n (@wxt-dev/i18n + messages)', /node_modules\/@wxt-dev\/i18n\/|\.wxt\/i18n\//],
  ['storage (@wxt-dev/storage)', /node_modules\/(@wxt-dev\/storage|superlock|dequal|async-mutex)\//],
  ['messaging (@webext-core + ours)', /node_modules\/(@webext-core\/messaging|@aklinker1|serialize-error|uid)\/|\/messaging\//],
  ['wxt runtime (content script context)', /node_modules\//],
  ['faq data (entries)', /\/faq\/entries\//],
  ['field tools (tools/, components/tools, field-tools)', /\/tools\/|\/components\/tools\/|\/content\/field-tools\//],
  ['diagnosis (diagnosis/, components/diagnosis)', /\/diagnosis\//],
  ['panel & FAQ components', /\/components\//],
  ['faq search & matching (ours)', /\/faq\//],
  ['page detection (platform/)', /\/platform\//],
  ['content entry, state, lib', /\/entrypoints\/|\/state\/|\/lib\//],
];

export function groupOf(source: string): string {
  const path = source.replace(/\\/g, '/');
  return groupRules.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other sources';
}

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64Value = new Map([...base64].map((char, index) => [char, index]));

/** Decodes one mappings line into [generatedColumn, sourceIndex | -1] pairs. */
function decodeLine(line: string, state: { source: number }): [number, number][] {
  const segments: [number, number][] = [];
  let column = 0;
  for (const segment of line.split(',')) {
    if (segment === '') continue;
    const fields: number[] = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = base64Value.get(char) ?? 0;
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
      } else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    column += fields[0] ?? 0;
    if (fields.length >= 4) {
      state.source += fields[1]!;
      segments.push([column, state.source]);
    } else {
      segments.push([column, -1]);
    }
  }
  return segments;
}

/** Code without a mapping: bundler glue, except JSON files inlined as `JSON.parse(`…`)` (no map either). */
function unmappedGroup(text: string): string {
  if (!/JSON\.parse\(`/.test(text)) return 'unmapped (bundler glue)';
  return /holidays/.test(text) ? 'chinese-days (holiday tables)' : 'inlined JSON data';
}

export function composition(file: string, code: string, map: { sources: string[]; mappings: string }): Composition {
  const pieces = new Map<string, string[]>();
  const add = (group: string, text: string) => {
    if (text === '') return;
    const list = pieces.get(group) ?? [];
    list.push(text);
    pieces.set(group, list);
  };
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  const state = { source: 0 };
  lines.forEach((line, index) => {
    const segments = decodeLine(mappingLines[index] ?? '', state);
    if (segments.length === 0 || segments[0]![0] > 0) {
      const text = line.slice(0, segments[0]?.[0] ?? line.length);
      add(unmappedGroup(text), text);
    }
    segments.forEach(([column, source], i) => {
      const text = line.slice(column, segments[i + 1]?.[0] ?? line.length);
      add(source >= 0 ? groupOf(map.sources[source] ?? '') : unmappedGroup(text), text);
    });
  });
  const gzip = gzipSize(code);
  const groups = [...pieces].map(([name, texts]) => {
    const text = texts.join('\n');
    return { name, raw: Buffer.byteLength(text), gzipAlone: gzipSize(text), gzipShare: 0 };
  });
  const aloneTotal = groups.reduce((sum, group) => sum + group.gzipAlone, 0);
  for (const group of groups) group.gzipShare = Math.round((group.gzipAlone / aloneTotal) * gzip);
  groups.sort((a, b) => b.gzipShare - a.gzipShare);
  return { file, raw: Buffer.byteLength(code), gzip, groups };
}

const root = resolve(import.meta.dirname, '..');

/** The source entry a built chunk is named after (`content-scripts/panel-ui.js` → `entrypoints/…/panel-ui.tsx`). */
async function entryNamed(file: string): Promise<string | undefined> {
  const name = basename(file, '.js');
  const candidates = await readdir(join(root, 'entrypoints'), { recursive: true });
  const found = candidates.find((path) => /\.(tsx?|jsx?)$/.test(path) && basename(path).replace(/\.[^.]+$/, '') === name);
  return found ? join(root, 'entrypoints', found) : undefined;
}

/**
 * A chunk built outside Vite (no source map): re-bundled here with esbuild from the entry it is
 * named after, minified the same way, to attribute its bytes. An estimate: the caption compares
 * its size with the real chunk's.
 */
async function rebundledComposition(file: string, realGzip: number): Promise<Composition | undefined> {
  const entry = await entryNamed(file);
  if (!entry) return undefined;
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry],
    outfile: join(tmpdir(), 'rebundle.js'),
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    sourcemap: 'external',
    legalComments: 'none',
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'empty' },
    alias: { '#i18n': join(root, '.wxt/i18n/index.ts'), 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' },
    define: {
      'import.meta.env.BROWSER': '"chrome"',
      'import.meta.env.MANIFEST_VERSION': '3',
      'import.meta.env.DEV': 'false',
      'import.meta.env.PROD': 'true',
    },
    logLevel: 'silent',
  });
  const map = result.outputFiles.find((out) => out.path.endsWith('.map'));
  const code = result.outputFiles.find((out) => out.path.endsWith('.js'));
  if (!map || !code) return undefined;
  const label = `${file} (estimate: esbuild re-bundle of ${relative(root, entry)}; real chunk ${kb(realGzip)} gzip)`;
  return composition(label, code.text.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n'), JSON.parse(map.text));
}

/** Builds the Chrome MV3 extension with source maps into a temp dir and analyses its content scripts. */
export async function contentScriptComposition(): Promise<{ compositions: Composition[]; unmapped: string[] }> {
  const { build } = await import('wxt');
  const outDir = await mkdtemp(join(tmpdir(), 'permit-helper-sourcemaps-'));
  try {
    const quiet = () => undefined;
    const logger = { debug: quiet, log: quiet, info: quiet, success: quiet, warn: console.warn, error: console.error, fatal: console.error, level: 1 };
    await build({ outDir, logger, vite: () => ({ build: { sourcemap: true } }) });
    const dir = join(outDir, 'chrome-mv3');
    const { measureBundle } = await import('./bundle-sizes');
    const sizes = measureBundle(dir);
    const compositions: Composition[] = [];
    const unmapped: string[] = [];
    for (const { file, gzip } of sizes.contentTotal.files) {
      const mapFile = join(dir, `${file}.map`);
      if (!existsSync(mapFile)) {
        const estimate = await rebundledComposition(file, gzip);
        if (estimate) compositions.push(estimate);
        else unmapped.push(file);
        continue;
      }
      const map = JSON.parse(await readFile(mapFile, 'utf8')) as { sources: string[]; mappings: string };
      const code = (await readFile(join(dir, file), 'utf8')).replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
      compositions.push(composition(file, code, map));
    }
    return { compositions, unmapped };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

export function compositionTable(composition: Composition): string {
  const rows = composition.groups.map(
    (group) =>
      `| ${group.name} | ${kb(group.raw)} | ${kb(group.gzipAlone)} | ${kb(group.gzipShare)} | ${((group.gzipShare / composition.gzip) * 100).toFixed(0)} % |`,
  );
  return [
    `**${composition.file}**: ${kb(composition.raw)} raw, ${kb(composition.gzip)} gzip`,
    '',
    '| part | raw | gzip alone | share of gzip | % |',
    '|---|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { compositions, unmapped } = await contentScriptComposition();
  for (const entry of compositions) console.log(`${compositionTable(entry)}\n`);
  if (unmapped.length > 0) console.log(`No source map (not attributed): ${unmapped.join(', ')}`);
}
