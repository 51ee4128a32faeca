/**
 * Every build `npm test` makes: Chrome/Edge MV3, the legacy MV2 build for Chromium 80–87 cores,
 * Firefox MV2, and the store zips. Runs after `npm run zip`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyChunkPath } from '../../build/lazy-chunk-path';
import { platformMatchPatterns } from '../../platform/hosts';
import { extensionPublicKey } from '../../build/extension-identity';

const outDir = resolve(import.meta.dirname, '../..', process.env.WXT_OUT_DIR ?? '.output');

function manifestOf(target: string): Record<string, unknown> & { manifest_version: number } {
  const file = join(outDir, target, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No ${target} build in ${outDir}: run \`npm run zip\` first.`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & { manifest_version: number };
}

describe.each([
  ['chrome-mv3', 3],
  ['chrome-mv2-legacy', 2],
  ['firefox-mv2', 2],
])('the %s build', (target, version) => {
  const manifest = manifestOf(target);

  it(`is manifest version ${version}, Chinese first, with its icons`, () => {
    expect(manifest.manifest_version).toBe(version);
    expect(manifest.default_locale).toBe('zh_CN');
    expect(Object.keys(manifest.icons as object)).toEqual(['16', '32', '48', '128']);
    for (const locale of ['zh_CN', 'en']) expect(existsSync(join(outDir, target, '_locales', locale, 'messages.json'))).toBe(true);
  });

  it('runs its content scripts on the platform’s hosts only, and ships the lazily loaded module', () => {
    const scripts = manifest.content_scripts as { matches: string[] }[];
    for (const script of scripts) expect(script.matches).toEqual(platformMatchPatterns);
    expect(existsSync(join(outDir, target, lazyChunkPath))).toBe(true);
    // MV3 Chromium imports it from the page's content script; MV2 builds (Firefox, legacy) expose no file and have the background inject it.
    if (version === 2) expect(manifest.web_accessible_resources).toBeUndefined();
    else expect(JSON.stringify(manifest.web_accessible_resources)).toContain(lazyChunkPath);
  });
});

it('the legacy build keeps to what Chromium 80 parses (no logical assignment, no class static blocks)', () => {
  const dir = join(outDir, 'chrome-mv2-legacy');
  const scripts = ['background.js', 'content-scripts/content.js', lazyChunkPath];
  for (const script of scripts) {
    const code = readFileSync(join(dir, script), 'utf8');
    expect(code, script).not.toMatch(/\?\?=|\|\|=|&&=/);
    expect(code, script).not.toMatch(/static\s*\{/);
  }
});

it('the packages exist: unpacked-install and legacy zips, the Chrome Web Store, Edge Add-ons and AMO zips, and the sources zip AMO asks for', () => {
  const zips = readdirSync(outDir).filter((name) => name.endsWith('.zip'));
  for (const suffix of ['-chrome.zip', '-chrome-legacy.zip', '-chrome-store.zip', '-edge.zip', '-firefox.zip', '-sources.zip']) {
    expect(zips.filter((name) => name.endsWith(suffix)), suffix).toHaveLength(1);
  }
});

describe('one extension ID', () => {
  it.each(['chrome-mv3', 'chrome-mv2-legacy'])('%s pins the ID with the project key', (target) => {
    expect(manifestOf(target).key).toBe(extensionPublicKey);
  });

  // The Chrome Web Store refuses a manifest key and Edge Add-ons assigns its own ID; Firefox uses its gecko id.
  it.each(['chrome-mv3-store', 'edge-mv3', 'firefox-mv2'])('%s carries no key and no update URL (the store updates it)', (target) => {
    const manifest = manifestOf(target);
    expect(manifest.key).toBeUndefined();
    expect(manifest.update_url).toBeUndefined();
  });
});
