/**
 * The project's own conventions, checked like data (the refined-github way): every UI string goes
 * through the locale files, both languages have every key, pure folders stay pure.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessagesFile } from '@wxt-dev/i18n/build';

const root = resolve(import.meta.dirname, '../..');

function filesUnder(folder: string, pattern: RegExp): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (pattern.test(name)) out.push(path);
    }
  };
  walk(join(root, folder));
  return out;
}

/** Source without comments, so only code and markup are checked. */
function withoutComments(code: string): string {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/**
 * Chinese that is not UI text: LocalizedText tables (`zh: '…'`, picked by locale like the pure
 * modules' texts), regular expressions that read the platform's own pages, and data ids that are
 * the platform's words (管理类别 values).
 */
const allowedChineseLine = /\bzh:\s*'|^\s*(?:const|let)\s+\w+\s*=\s*\/|^\s*\{\s*id:\s*'/;

describe('UI strings', () => {
  // Components, and the entrypoints' UI (.tsx); the content script's page-reading code matches the platform's own words.
  const uiFiles = [...filesUnder('components', /\.tsx?$/), ...filesUnder('entrypoints', /\.tsx$/)];

  it.each(uiFiles.map((file) => [relative(root, file), file]))(
    '%s writes no Chinese text inline (it comes from locales/ or from the pure modules’ LocalizedText)',
    (_name, file) => {
      const chinese = withoutComments(readFileSync(file, 'utf8'))
        .split('\n')
        .map((line, index) => [index + 1, line] as const)
        .filter(([, line]) => /[\u4e00-\u9fff]/.test(line) && !allowedChineseLine.test(line));
      expect(chinese, 'Move these strings into locales/zh_CN.yml and locales/en.yml and use i18n.t()').toEqual([]);
    },
  );

  it.each(uiFiles.map((file) => [relative(root, file), file]))('%s never renders raw HTML (the builds take it out of Preact)', (_name, file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=/);
  });

  it('Chinese and English have the same keys and the same placeholders', async () => {
    const zh = await parseMessagesFile(join(root, 'locales/zh_CN.yml'));
    const en = await parseMessagesFile(join(root, 'locales/en.yml'));
    const shape = (messages: typeof zh) =>
      Object.fromEntries(
        messages.map((message) => {
          const text = 'message' in message ? String(message.message) : JSON.stringify(message);
          return [message.key.join('.'), [...text.matchAll(/\$\d|\{\w+\}/g)].map((match) => match[0]).sort()];
        }),
      );
    expect(shape(en)).toEqual(shape(zh));
  });
});

/** Every module a file names: static and type imports, re-exports, side-effect and dynamic imports. */
function importedSpecifiers(code: string): string[] {
  const found = code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g);
  return [...found].map((match) => match[1]!);
}

/**
 * The layers, lowest first: a file may import its own layer or a lower one, never a higher one.
 * Pure logic knows nothing of storage or messages; state knows nothing of messages or UI;
 * messaging carries data, not components; components get what they need from their props and
 * never reach into an entrypoint.
 */
const layers: Record<string, number> = {
  lib: 0,
  platform: 1,
  diagnosis: 1,
  tools: 1,
  faq: 1,
  state: 2,
  messaging: 3,
  components: 4,
  entrypoints: 5,
};
const layeredFolders = Object.keys(layers);
const pureFolders = layeredFolders.filter((folder) => layers[folder]! <= 1);

/** WXT's aliases of the project root (`@/components/…`, `~~/state/…`). */
const rootAlias = /^(?:@@?|~~?)\//;

/** The top-level folder a relative or root-aliased import lands in, or undefined for packages. */
function targetFolder(file: string, specifier: string): string | undefined {
  if (rootAlias.test(specifier)) return specifier.replace(rootAlias, '').split('/')[0];
  if (!specifier.startsWith('.')) return undefined;
  return relative(root, resolve(dirname(file), specifier)).split(/[\\/]/)[0];
}

describe('pure folders', () => {
  const pureFiles = pureFolders.flatMap((folder) => filesUnder(folder, /\.tsx?$/));
  const offences = (test: (code: string) => string[]) =>
    pureFiles.flatMap((file) => test(withoutComments(readFileSync(file, 'utf8'))).map((found) => `${relative(root, file)}: ${found}`));

  it('import no browser API, storage layer or WXT module (they take what they need as parameters)', () => {
    expect(pureFolders).toEqual(['lib', 'platform', 'diagnosis', 'tools', 'faq']);
    expect(
      offences((code) =>
        importedSpecifiers(code).filter((specifier) => /^(?:wxt(?:\/|$)|#imports$|#i18n$|webextension-polyfill$|@webext-core\/|@wxt-dev\/)/.test(specifier)),
      ),
    ).toEqual([]);
  });

  it('read no page globals', () => {
    expect(
      offences((code) => [
        ...(code.match(/(?<![.\w$])(?:window|document|navigator|location)\s*\.\s*[a-zA-Z]\w*/g) ?? []),
        ...(code.match(/(?<![.\w$])chrome\s*\.\s*[a-z]\w*/g) ?? []),
      ]),
    ).toEqual([]);
  });
});

describe('imports point down', () => {
  const files = layeredFolders.flatMap((folder) => filesUnder(folder, /\.tsx?$/));

  it('the layer table names every source folder that exists', () => {
    const sourceFolders = readdirSync(root).filter(
      (name) => !name.startsWith('.') && name !== 'node_modules' && statSync(join(root, name)).isDirectory() && filesUnder(name, /\.tsx?$/).length > 0,
    );
    const outsideLayers = ['tests', 'bench', 'build', 'scripts'];
    expect(sourceFolders.filter((name) => !layeredFolders.includes(name) && !outsideLayers.includes(name))).toEqual([]);
  });

  it('no file imports a higher layer than its own (lib < platform, diagnosis, tools, faq < state < messaging < components < entrypoints)', () => {
    const upward = files.flatMap((file) => {
      const from = relative(root, file).split(/[\\/]/)[0]!;
      return importedSpecifiers(withoutComments(readFileSync(file, 'utf8')))
        .filter((specifier) => {
          const folder = targetFolder(file, specifier);
          return folder !== undefined && folder in layers && layers[folder]! > layers[from]!;
        })
        .map((specifier) => `${relative(root, file)} → ${specifier}`);
    });
    expect(upward).toEqual([]);
  });
});

describe('storage keys', () => {
  const sourceFiles = layeredFolders.flatMap((folder) => filesUnder(folder, /\.tsx?$/));
  const keysModule = join(root, 'state/storage-keys.ts');

  it('no source spells a storage key: items take theirs from state/storage-keys.ts, other code asks the item', () => {
    const spelled = sourceFiles
      .filter((file) => file !== keysModule)
      .flatMap((file) =>
        (withoutComments(readFileSync(file, 'utf8')).match(/['"`](?:local|session|sync|managed):[^'"`\s]*/g) ?? []).map(
          (key) => `${relative(root, file)}: ${key}`,
        ),
      );
    expect(spelled).toEqual([]);
  });
});

describe('tests', () => {
  it('assert behaviour, not that a boolean function returned a boolean (`expect(typeof f(x)).toBe(\'boolean\')` holds by its type)', () => {
    const typeOnly = filesUnder('tests', /\.tsx?$/).flatMap((file) =>
      (readFileSync(file, 'utf8').match(/expect\(typeof [^\n]*\)\.toBe\(['"]boolean['"]\)|\.toBeTypeOf\(['"]boolean['"]\)/g) ?? []).map((found) => `${relative(root, file)}: ${found}`),
    );
    expect(typeOnly).toEqual([]);
  });
});
