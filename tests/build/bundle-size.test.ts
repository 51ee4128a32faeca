/**
 * Size budgets on the built Chrome extension (.output/chrome-mv3). Runs in the e2e config, after
 * `npm run build`; sizes are deterministic, so they are tested here while the timing budgets are
 * left to `npm run bench`. Budgets and caps live in bench/budgets.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { budgets } from '../../bench/budgets';
import { kb, measureBundle, type BundleSizes } from '../../bench/bundle-sizes';
import { faqEntries } from '../../faq/entries';
import { builtExtensionDir } from '../e2e/support/chromium';

let sizes: BundleSizes;

beforeAll(() => {
  if (!existsSync(join(builtExtensionDir, 'manifest.json'))) {
    throw new Error(`No build in ${builtExtensionDir}: run \`npm run build\` first.`);
  }
  sizes = measureBundle(builtExtensionDir);
});

/** A literal as it may appear in a bundle: as UTF-8, or \u-escaped (esbuild's default charset). */
function appearsIn(literal: string, code: string): boolean {
  const escaped = [...literal]
    .map((char) => (char.charCodeAt(0) > 0x7e ? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}` : char))
    .join('');
  return code.includes(literal) || code.toLowerCase().includes(escaped.toLowerCase());
}

/** The built files' code, joined. */
const read = (files: readonly { file: string }[]) => files.map((file) => readFileSync(join(builtExtensionDir, file.file), 'utf8')).join('\n');

describe('built extension sizes', () => {
  it('measures the content scripts the manifest injects', () => {
    expect(sizes.contentEager.files.map((file) => file.file)).toContain('content-scripts/content.js');
    for (const file of sizes.contentTotal.files) expect(file.gzip, file.file).toBeGreaterThan(0);
  });

  it('carries no FAQ data on every page: the entries come with the lazily loaded module, the tab counts them from build-time counts', () => {
    const eager = read(sizes.contentEager.files);
    const lazy = read(sizes.contentLazy.files);
    const words = faqEntries.map((entry) => entry.question);
    expect(words.length).toBeGreaterThan(20);
    expect(words.filter((found) => !appearsIn(found, lazy))).toEqual([]);
    expect(words.filter((found) => appearsIn(found, eager))).toEqual([]);
  });

  it('draws the tab without webextension-polyfill and without asking for the message bundle (i18n.getMessage)', () => {
    const polyfillMark = 'This script should only be loaded in a browser extension';
    expect(read(sizes.contentLazy.files)).toContain(polyfillMark);
    const eager = read(sizes.contentEager.files);
    expect(eager).not.toContain(polyfillMark);
    expect(eager).not.toContain('getMessage');
  });

  it('starts on every page without the schemas or the storage layer (the background reads the settings)', () => {
    const eager = read(sizes.contentEager.files);
    const elsewhere = read([...sizes.contentLazy.files, ...sizes.background.files]);
    // Marks of zod (its internal `_zod` property) and @wxt-dev/storage (its key-format error); both are in the
    // lazily loaded module and the background, which shows the marks survive minifying.
    const marks = ['_zod', 'Storage key should be in the form of'];
    expect(marks.filter((mark) => !elsewhere.includes(mark))).toEqual([]);
    expect(marks.filter((mark) => eager.includes(mark))).toEqual([]);
  });

  it('never touches the storage API on the page (its bindings cost the page 1–4 ms a load, bench/floors.md; the background watches storage)', () => {
    const storageCall = /\.storage\s*\.\s*(onChanged|local|sync|session|managed)\b/;
    expect(read(sizes.background.files)).toMatch(storageCall);
    expect(read(sizes.contentEager.files)).not.toMatch(storageCall);
  });

  it('loads the HEIC decoder only on demand: neither the eager script nor the lazy module holds it', () => {
    const decoder = read(sizes.onDemand.files);
    // libheif's own names, which survive minifying.
    expect(decoder).toContain('heif_context_alloc');
    expect(read([...sizes.contentEager.files, ...sizes.contentLazy.files])).not.toContain('heif_context_alloc');
    expect(sizes.onDemand.gzip, `HEIC decoder glue ${kb(sizes.onDemand.gzip)} gzip`).toBeLessThanOrEqual(budgets.heicDecoderGzip);
  });

  it.each([
    ['content script injected on every page', () => sizes.contentEager.gzip, budgets.contentScriptGzip],
    ['lazily imported module (panel body, search, diagnosis, field tips)', () => sizes.contentLazy.gzip, budgets.lazyModuleGzip],
    ['popup (HTML, JS chunks, CSS)', () => sizes.popup.gzip, budgets.popupGzip],
    ['background', () => sizes.background.gzip, budgets.backgroundGzip],
  ])('%s stays within its gzip budget', (name, measured, limit) => {
    const gzip = measured();
    expect(gzip, `${name}: ${kb(gzip)} gzip, budget ${kb(limit)}`).toBeLessThanOrEqual(limit);
  });
});
