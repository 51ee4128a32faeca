import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindModule, stripFixtures } from '../../../build/strip-fixtures';
import { pageKindRegistry } from '../../../platform/kinds';

const root = resolve(import.meta.dirname, '../../..');
const kindsDir = join(root, 'platform/kinds');

describe('builds leave the kinds’ fixtures out', () => {
  const kinds = new Map(pageKindRegistry.map((kind) => [`${kind.id}.ts`, kind]));
  const files = readdirSync(kindsDir).filter((name) => kindModule.test(join(kindsDir, name)));

  it.each(files.filter((name) => kinds.has(name)))('%s: every fixtures list emptied, the rules, markers and texts kept', (name) => {
    const code = readFileSync(join(kindsDir, name), 'utf8');
    const stripped = stripFixtures(code);
    const kind = kinds.get(name)!;
    const lists = kind.urls.length + (kind.dom?.length ?? 0) + (kind.openedFromCard ? 1 : 0);
    expect(stripped.match(/fixtures: \[\]/g)?.length ?? 0).toBe(lists);
    // What is left is the module less its fixtures: every marker and label survives.
    for (const text of [kind.label.zh, ...kind.urls.flatMap((rule) => rule.markers ?? [])]) expect(stripped).toContain(text);
    for (const html of (kind.dom ?? []).flatMap((rule) => rule.fixtures)) expect(stripped).not.toContain(html);
  });

  it('leaves the registry’s index and the helpers as they are', () => {
    for (const name of files.filter((file) => !kinds.has(file))) {
      const code = readFileSync(join(kindsDir, name), 'utf8');
      expect(stripFixtures(code), name).toBe(code);
    }
  });
});
