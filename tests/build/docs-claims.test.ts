import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * What SECURITY.md and docs/permissions.md say about injection, cookies, field values and errors,
 * checked against the built extensions and the code (build first, as for manifest.test.ts).
 */
const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, process.env.WXT_OUT_DIR ?? '.output');
const security = readFileSync(join(root, 'SECURITY.md'), 'utf8');
const permissions = readFileSync(join(root, 'docs/permissions.md'), 'utf8');
const source = (path: string) => readFileSync(join(root, path), 'utf8');

function builtJs(build: string): string {
  const dir = join(outDir, build);
  if (!existsSync(dir)) throw new Error(`${dir} is missing: build the extension first`);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');
}

describe('injection on demand', () => {
  it('MV3 injects nothing; the MV2 builds inject only the panel file, and both documents say so', () => {
    // A call with a file (the polyfill's API table names executeScript in every build).
    const injects = /executeScript\([^()]*\{file:/;
    expect(injects.test(builtJs('chrome-mv3'))).toBe(false);
    for (const build of ['firefox-mv2', 'chrome-mv2-legacy']) expect(injects.test(builtJs(build)), build).toBe(true);
    const background = source('entrypoints/background/index.ts');
    expect(background.match(/executeScript\(/g)).toHaveLength(1);
    expect(background).toMatch(/executeScript\([^)]*file: `\/\$\{lazyChunkPath\}`/);
    for (const doc of [security, permissions]) {
      expect(doc).toContain('tabs.executeScript');
      expect(doc).toContain('content-scripts/panel-ui.js');
      expect(doc).not.toMatch(/nothing is injected on demand/i);
    }
  });

  it('the legacy build’s inline alert wrapper is documented, and only that build has one', () => {
    expect(source('entrypoints/page-hooks.content/index.ts')).toContain("createElement('script')");
    expect(security).toMatch(/legacy MV2 build[^|]*inline script element/);
    expect(permissions).toMatch(/legacy build[^|]*inline script element/);
  });
});

describe('cookies', () => {
  it('the only cookie written is the diagnosis’s own test cookie, which both documents name', () => {
    const collector = source('diagnosis/collect-page.ts');
    const key = /const probeKey = '([^']+)'/.exec(collector)?.[1];
    expect(key).toBeDefined();
    expect(collector.match(/\.cookie = /g)).toHaveLength(2);
    expect(collector).toContain(`\${probeKey}=; path=/; max-age=0`);
    for (const doc of [security, permissions]) {
      expect(doc).toContain(key!);
      expect(doc).not.toMatch(/never reads or changes the platform's cookies/);
    }
  });
});

describe('field values and errors', () => {
  it('SECURITY.md no longer says field values are read only while the user uses a tool', () => {
    expect(security).not.toMatch(/only where a field tool needs them while you use it/);
    expect(security).toMatch(/each time it looks at the page/);
    // What triggers a look, as the document lists it.
    const watch = source('entrypoints/content/watch-frame.ts');
    for (const trigger of ["'click'", "'change'", "'submit'", 'pageAlertEvent', 'watchLocation', "'load'"]) expect(watch).toContain(trigger);
  });

  it('SECURITY.md claims the content script’s handlers go through run-safely, not every entry point of the extension', () => {
    expect(security).not.toMatch(/Every entry point of the content script catches/);
    expect(security).toContain('entrypoints/content/run-safely.ts');
    expect(source('entrypoints/content/lazy/panel-ui.tsx')).toContain('<PanelErrorBoundary');
  });
});
