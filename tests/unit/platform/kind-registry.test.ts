// @vitest-environment happy-dom
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageKindRegistry } from '../../../platform/kinds';
import { detectFromDom } from '../../../platform/dom-detectors';
import { pageKindIds } from '../../../platform/page-kinds';

/**
 * The registry's own conventions (the refined-github way: what every kind must have, checked as
 * data). URL rules are tested in url-rules.test.ts.
 */
const root = resolve(import.meta.dirname, '../../..');
const kindsDir = join(root, 'platform/kinds');
const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('page kind registry', () => {
  it('has one module per kind, named by its id, and lists every kind module', () => {
    const modules = readdirSync(kindsDir)
      .filter((name) => /defineKind\(/.test(readFileSync(join(kindsDir, name), 'utf8')) && name !== 'kind.ts')
      .map((name) => name.replace(/\.ts$/, ''))
      .sort();
    expect(modules).toEqual([...pageKindIds].sort());
    expect(new Set(pageKindIds).size).toBe(pageKindIds.length);
  });

  it.each(pageKindRegistry.map((kind) => [kind.id, kind] as const))('%s has labels, fixtures and coherent declarations', (_id, kind) => {
    const fixtures = [
      ...kind.urls.flatMap((rule) => rule.fixtures),
      ...(kind.dom ?? []).flatMap((rule) => rule.fixtures),
      ...(kind.openedFromCard?.fixtures ?? []),
    ];
    const problems = {
      label: /\p{Script=Han}/u.test(kind.label.zh) && /[A-Za-z]/.test(kind.label.en) ? [] : ['zh needs Chinese, en needs English'],
      // Every kind but unknown is recognised somehow, and shows how with real examples.
      fixtures: kind.id === 'unknown' || fixtures.length >= 2 ? [] : ['at least two fixtures (URLs, DOM snippets or card labels)'],
      urlRules: kind.urls.filter((rule) => rule.fixtures.length < 2).map(() => 'a URL rule with fewer than two fixtures'),
      domRules: (kind.dom ?? []).filter((rule) => rule.fixtures.length < 1).map(() => 'a DOM rule without a fixture'),
      refinable: kind.refinable?.to === 'group' && !kind.group ? ['refinable within its group but has no group'] : [],
      openedFrom: kind.openedFromCard && !pageKindIds.includes(kind.openedFromCard.from as never) ? [`${kind.openedFromCard.from} is no kind`] : [],
    };
    expect(problems).toEqual({ label: [], fixtures: [], urlRules: [], domRules: [], refinable: [], openedFrom: [] });
  });

  it.each(pageKindRegistry.filter((kind) => kind.dom?.length).map((kind) => [kind.id, kind] as const))(
    '%s: its DOM fixtures are recognised as it, the other rules tried first included',
    (_id, kind) => {
      const wrong = (kind.dom ?? [])
        .flatMap((rule) => rule.fixtures)
        .map((html) => [html, detectFromDom(parse(html))?.kind] as const)
        .filter(([, found]) => found !== kind.id);
      expect(wrong).toEqual([]);
    },
  );

  it('gives each card label one kind', () => {
    const cardKinds = pageKindRegistry.filter((kind) => kind.openedFromCard);
    const labels = cardKinds.flatMap((kind) => kind.openedFromCard?.fixtures.map((label) => [label, kind.id] as const) ?? []);
    const wrong = labels.filter(([label, id]) => cardKinds.filter((kind) => kind.openedFromCard?.label.test(label.trim())).map((kind) => kind.id).join() !== id);
    expect(wrong).toEqual([]);
  });
});

describe('kind ids are listed only by the registry', () => {
  function filesUnder(folder: string): string[] {
    const out: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name)) out.push(path);
      }
    };
    walk(join(root, folder));
    return out;
  }
  // FAQ entries name the kinds they fit: that is their data, checked by the FAQ schema. A field
  // tool names the kinds it fits too (issue 17.3's `{ id, kinds, … }`), checked by its registry's types.
  const exempt = [kindsDir, join(root, 'faq/entries'), join(root, 'components/field-tools/tools')];
  const files = ['components', 'entrypoints', 'platform', 'diagnosis', 'messaging', 'state', 'tools', 'faq', 'lib', 'tests/unit/platform', 'tests/e2e']
    .flatMap(filesUnder)
    .filter((file) => !exempt.some((dir) => file.startsWith(dir)));
  const ids = new Set<string>(pageKindIds);

  it('no file writes a list of three or more kind ids by hand: derive it from the registry (a kind’s offers, group or side)', () => {
    const lists = files.flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      // Array literals of nothing but strings: `['report-home', 'report-annual', …]`.
      return [...code.matchAll(/\[\s*'[^']*'(?:\s*,\s*'[^']*')*\s*,?\s*\]/g)]
        .filter((match) => new Set([...match[0].matchAll(/'([a-z-]+)'/g)].map((id) => id[1]).filter((id) => id !== undefined && ids.has(id))).size >= 3)
        .map((match) => `${relative(root, file)}: ${match[0].replace(/\s+/g, ' ').slice(0, 100)}`);
    });
    expect(lists).toEqual([]);
  });
});
