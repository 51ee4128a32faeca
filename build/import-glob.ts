import type { Plugin } from 'esbuild';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Vite's eager `import.meta.glob([...patterns], { eager: true, import: 'default' })` (the page-kind
 * registry, platform/kinds/index.ts) for the code that does not go through Vite: the lazy module
 * built by esbuild (build/lazy-chunk.ts) and the scripts run by tsx (bench/). Only that form is
 * supported: patterns in the file's own folder or one below it (`./*.ts`, `!./index.ts`,
 * `./tools/*.tsx`), `*` in the file name as the one wildcard.
 * Anything else fails loudly rather than building a registry with kinds missing.
 */
const eagerDefaultGlob = /import\.meta\.glob(?:<[^(]*>)?\(\s*(\[[^\]]*\]|'[^']*'|"[^"]*")\s*,\s*\{\s*eager:\s*true,\s*import:\s*(['"])default\2,?\s*\}\s*\)/g;

/** A pattern's folder (relative to the file, `.` or `./tools`) and its file-name regex. */
function parsePattern(pattern: string): { folder: string; name: RegExp } {
  const match = /^(\.(?:\/[\w-]+)*)\/([\w.*-]+)$/.exec(pattern);
  if (!match) throw new Error(`import.meta.glob: unsupported pattern ${pattern} (only ./name or ./folder/name patterns, * in the name)`);
  const body = match[2]!.replace(/[.+?^${}()|[\]\\-]/g, '\\$&').replace(/\*/g, '[^/]*');
  return { folder: match[1]!, name: new RegExp(`^${body}$`) };
}

/** The files of `dir` the patterns select (Vite's order: sorted), as `./name` or `./folder/name`. */
function globFiles(dir: string, patterns: readonly string[]): string[] {
  const include = patterns.filter((pattern) => !pattern.startsWith('!')).map(parsePattern);
  const exclude = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => parsePattern(pattern.slice(1)));
  const folders = [...new Set(include.map((pattern) => pattern.folder))];
  const selected = (folder: string, name: string, list: typeof include) => list.some((pattern) => pattern.folder === folder && pattern.name.test(name));
  return folders
    .flatMap((folder) =>
      readdirSync(join(dir, folder))
        .filter((name) => selected(folder, name, include) && !selected(folder, name, exclude))
        .map((name) => `${folder}/${name}`),
    )
    .sort();
}

/** `code` (of a file in `dir`) with its eager globs turned into static imports; unchanged without any. */
export function expandImportGlobs(code: string, dir: string): string {
  if (!code.includes('import.meta.glob')) return code;
  const imports: string[] = [];
  let globIndex = 0;
  const expanded = code.replace(eagerDefaultGlob, (_call, list: string) => {
    const patterns = [...list.matchAll(/'([^']*)'|"([^"]*)"/g)].map((match) => (match[1] ?? match[2])!);
    const files = globFiles(dir, patterns);
    const entries = files.map((file, fileIndex) => {
      const name = `__glob_${globIndex}_${fileIndex}`;
      imports.push(`import ${name} from ${JSON.stringify(file)};`);
      return `${JSON.stringify(file)}: ${name}`;
    });
    globIndex += 1;
    return `{ ${entries.join(', ')} }`;
  });
  if (expanded.includes('import.meta.glob')) throw new Error(`import.meta.glob in ${dir}: only the eager, default-import form is supported here (build/import-glob.ts)`);
  return `${imports.join('\n')}\n${expanded}`;
}

/** The esbuild plugin: expands the globs of the project's own TypeScript files. */
export const importGlob: Plugin = {
  name: 'import-meta-glob',
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      if (/[\\/]node_modules[\\/]/.test(args.path)) return undefined;
      const code = await readFile(args.path, 'utf8');
      if (!code.includes('import.meta.glob')) return undefined;
      return { contents: expandImportGlobs(code, dirname(args.path)), loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

/**
 * The Node module hook (registered by build/import-glob-register.ts, `tsx --import`): the same
 * expansion for the project's files as tsx loads them.
 */
export async function load(
  url: string,
  context: unknown,
  nextLoad: (url: string, context: unknown) => Promise<{ format?: string | null; source?: string | ArrayBuffer | Uint8Array | null }>,
) {
  const result = await nextLoad(url, context);
  // This file names import.meta.glob in its comments and messages: it is not a registry to expand.
  if (!url.startsWith('file:') || url.includes('/node_modules/') || url === import.meta.url || result.source == null) return result;
  const code = typeof result.source === 'string' ? result.source : new TextDecoder().decode(result.source);
  if (!code.includes('import.meta.glob')) return result;
  return { ...result, source: expandImportGlobs(code, dirname(fileURLToPath(url))) };
}
