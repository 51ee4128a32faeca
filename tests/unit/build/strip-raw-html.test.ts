import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preactModule, stripPreactRawHtml } from '../../../build/strip-raw-html';

const preactPackage = createRequire(import.meta.url).resolve('preact/package.json');
const preactFile = join(dirname(preactPackage), 'dist', 'preact.mjs');

describe('Preact without raw HTML', () => {
  it('finds the installed Preact module and its one raw-HTML write', () => {
    expect(preactModule.test(preactFile)).toBe(true);
    const stripped = stripPreactRawHtml(readFileSync(preactFile, 'utf8'));
    expect(stripped).not.toMatch(/\.innerHTML=\w+\.__html/);
    expect(stripped).toContain('dangerouslySetInnerHTML is disabled');
  });

  it('fails loudly when Preact no longer looks as expected', () => {
    expect(() => stripPreactRawHtml('export const nothing = 1;')).toThrow(/found 0/);
  });
});
