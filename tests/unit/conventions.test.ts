/**
 * The project's own conventions, checked like data (the refined-github way): every UI string goes
 * through the locale files, both languages have every key, pure folders stay pure.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
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

describe('pure folders', () => {
  const pureFiles = ['platform', 'diagnosis', 'tools', 'faq', 'lib'].flatMap((folder) => filesUnder(folder, /\.ts$/));

  it.each(pureFiles.map((file) => [relative(root, file), file]))('%s imports no browser API and reads no page globals', (_name, file) => {
    const code = withoutComments(readFileSync(file, 'utf8'));
    expect(code).not.toMatch(/from ['"](wxt\/browser|webextension-polyfill|#i18n)['"]/);
    expect(code).not.toMatch(/(?<![.\w$])(?:window|document|navigator|location)\s*\.\s*[a-zA-Z]/);
    expect(code).not.toMatch(/(?<![.\w$])chrome\s*\.\s*[a-z]/);
  });
});
