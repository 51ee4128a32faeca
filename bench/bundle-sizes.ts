/**
 * Sizes of a built extension (`.output/chrome-mv3`), read from its manifest and HTML pages, so the
 * numbers follow the build whatever the chunk names are. gzip is node:zlib level 9, the size a
 * store download and the browser's parse cost roughly track. Used by the benchmark and by
 * tests/build/bundle-size.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { heicChunkPath } from '../build/heic-chunk-path';

const onDemandChunks = [heicChunkPath];

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface SizeGroup {
  files: FileSize[];
  raw: number;
  gzip: number;
}

export interface BundleSizes {
  /** Scripts the manifest injects into every matching frame (isolated and main world). */
  contentEager: SizeGroup;
  /** Web-accessible scripts the content script imports later (its lazily loaded part). */
  contentLazy: SizeGroup;
  /** Modules loaded only for one rare action (the HEIC decoder of the upload repair), not counted as the lazy module. */
  onDemand: SizeGroup;
  /** Eager + lazy: everything the content script may run (the 40 KB budget applies to the eager part alone). */
  contentTotal: SizeGroup;
  /** Stylesheets of the content script (loaded into the panel's shadow root). */
  contentCss: SizeGroup;
  /** The popup's own module and every chunk and stylesheet popup.html loads up front. */
  popup: SizeGroup;
  background: SizeGroup;
}

interface ManifestLike {
  content_scripts?: { js?: string[]; css?: string[] }[];
  web_accessible_resources?: (string | { resources?: string[] })[];
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
}

export function gzipSize(data: Buffer | string): number {
  return gzipSync(data, { level: 9 }).length;
}

function sizeOf(dir: string, file: string): FileSize {
  const data = readFileSync(join(dir, file));
  return { file, raw: data.length, gzip: gzipSize(data) };
}

function group(dir: string, files: Iterable<string>): SizeGroup {
  const sizes = [...new Set(files)].map((file) => sizeOf(dir, file));
  return {
    files: sizes,
    raw: sizes.reduce((sum, size) => sum + size.raw, 0),
    gzip: sizes.reduce((sum, size) => sum + size.gzip, 0),
  };
}

const stripSlash = (path: string): string => path.replace(/^\//, '');

/** Scripts and stylesheets an HTML page of the extension loads up front (entry, modulepreload, CSS). */
export function pageAssets(html: string): string[] {
  const assets: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) assets.push(stripSlash(match[1]!));
  for (const match of html.matchAll(/<link\b[^>]*\brel="(?:modulepreload|stylesheet)"[^>]*\bhref="([^"]+)"/g)) {
    assets.push(stripSlash(match[1]!));
  }
  return assets;
}

export function measureBundle(dir: string): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestLike;
  const eager = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
  const css = (manifest.content_scripts ?? []).flatMap((script) => script.css ?? []);
  const accessible = (manifest.web_accessible_resources ?? []).flatMap((entry) =>
    typeof entry === 'string' ? [entry] : (entry.resources ?? []),
  );
  const accessibleScripts = accessible.filter((file) => file.endsWith('.js') && !eager.includes(file) && existsSync(join(dir, file)));
  const lazy = accessibleScripts.filter((file) => !onDemandChunks.includes(file));
  const accessibleCss = accessible.filter((file) => file.endsWith('.css') && existsSync(join(dir, file)));
  const popupPage = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  const popupFiles = popupPage ? [popupPage, ...pageAssets(readFileSync(join(dir, popupPage), 'utf8'))] : [];
  const backgroundFiles = manifest.background?.service_worker
    ? [manifest.background.service_worker]
    : (manifest.background?.scripts ?? []);
  return {
    contentEager: group(dir, eager),
    contentLazy: group(dir, lazy),
    onDemand: group(dir, accessibleScripts.filter((file) => onDemandChunks.includes(file))),
    contentTotal: group(dir, [...eager, ...lazy]),
    contentCss: group(dir, [...css, ...accessibleCss]),
    popup: group(dir, popupFiles),
    background: group(dir, backgroundFiles),
  };
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
