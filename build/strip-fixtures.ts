import type { Plugin as EsbuildPlugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { parseAst, type Plugin as VitePlugin } from 'vite';

/**
 * The page kinds keep their real URLs, DOM snippets and card labels beside their rules
 * (`fixtures`), for the tests. Nothing reads them at run time, and they were a fifth of the
 * content script injected on every platform page: the builds replace each `fixtures: […]` of a
 * kind module with `fixtures: []`. Tests (Vitest serves, it does not build) keep them.
 */
export const kindModule = /[\\/]platform[\\/]kinds[\\/][\w-]+\.ts$/;

interface Node {
  type?: string;
  start: number;
  end: number;
  computed?: boolean;
  key?: { type?: string; name?: string; value?: unknown };
  value?: Node;
}

/** `code` (a kind module's TypeScript) with every `fixtures` property's value emptied. */
export function stripFixtures(code: string): string {
  if (!code.includes('fixtures')) return code;
  const values: Node[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const candidate = node as Node;
    const key = candidate.key;
    if (candidate.type === 'Property' && !candidate.computed && (key?.name === 'fixtures' || key?.value === 'fixtures') && candidate.value) {
      values.push(candidate.value);
      return;
    }
    for (const child of Object.values(node)) visit(child);
  };
  visit(parseAst(code, { lang: 'ts' } as Parameters<typeof parseAst>[1]));
  let out = code;
  for (const value of values.sort((a, b) => b.start - a.start)) out = `${out.slice(0, value.start)}[]${out.slice(value.end)}`;
  return out;
}

/** For Vite (the content script, the extension pages): builds only. */
export const stripFixturesVite: VitePlugin = {
  name: 'strip-kind-fixtures',
  enforce: 'pre',
  apply: 'build',
  transform(code, id) {
    if (!kindModule.test(id)) return undefined;
    const stripped = stripFixtures(code);
    return stripped === code ? undefined : { code: stripped, map: null };
  },
};

/** For esbuild (the lazy module, build/lazy-chunk.ts). */
export const stripFixturesEsbuild: EsbuildPlugin = {
  name: 'strip-kind-fixtures',
  setup(build) {
    build.onLoad({ filter: kindModule }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      const stripped = stripFixtures(code);
      // Unchanged (the registry's index, the helpers): left to the other plugins and esbuild.
      return stripped === code ? undefined : { contents: stripped, loader: 'ts' };
    });
  },
};
