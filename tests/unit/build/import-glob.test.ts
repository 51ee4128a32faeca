import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandImportGlobs, importGlob } from '../../../build/import-glob';
import { pageKindIds } from '../../../platform/page-kinds';

const root = resolve(import.meta.dirname, '../../..');
const kindsDir = join(root, 'platform/kinds');

/** The lazy module (esbuild) and the bench scripts (tsx) load the page-kind registry without Vite. */
describe('import.meta.glob outside Vite', () => {
  it('gives an esbuild bundle the same kinds in the same order as Vite does', async () => {
    const result = await build({
      stdin: { contents: "import { pageKindIds } from './platform/page-kinds'; globalThis.__ids = pageKindIds;", resolveDir: root, loader: 'ts' },
      bundle: true,
      format: 'iife',
      write: false,
      plugins: [importGlob],
      logLevel: 'silent',
    });
    const scope: { __ids?: readonly string[] } = {};
    new Function('globalThis', result.outputFiles[0]!.text)(scope);
    expect(scope.__ids).toEqual(pageKindIds);
  });

  it('expands the registry’s glob into one import per kind module', () => {
    const code = expandImportGlobs(readFileSync(join(kindsDir, 'index.ts'), 'utf8'), kindsDir);
    expect(code).not.toContain('import.meta.glob');
    expect([...code.matchAll(/^import __glob_0_\d+ from "\.\/([\w-]+)\.ts";$/gm)].map((match) => match[1])).toEqual([...pageKindIds].sort());
  });

  it('refuses a form it does not support instead of building an empty registry', () => {
    expect(() => expandImportGlobs("const m = import.meta.glob('./*.ts');", kindsDir)).toThrow(/only the eager, default-import form/);
    expect(() => expandImportGlobs("const m = import.meta.glob(['../*.ts'], { eager: true, import: 'default' });", kindsDir)).toThrow(/unsupported pattern/);
  });
});
