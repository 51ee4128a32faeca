// @vitest-environment happy-dom
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageKindRegistry } from '../../../platform/kinds';
import { detectFromDom, readDomFacts } from '../../../platform/dom-detectors';
import { pageKindIds } from '../../../platform/page-kinds';

/**
 * The registry's own conventions (the refined-github way: what every kind must have, checked as
 * data). URL rules are tested in url-rules.test.ts.
 */
const root = resolve(import.meta.dirname, '../../..');
const kindsDir = join(root, 'platform/kinds');
const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('page kind registry', () => {
  const files = readdirSync(kindsDir).filter((name) => name.endsWith('.ts'));
  const kindFiles = files.filter((name) => /defineKind\(/.test(readFileSync(join(kindsDir, name), 'utf8')) && name !== 'kind.ts');

  it('has one module per kind, named by its id and filed under it, and registers every kind module', () => {
    expect(kindFiles.map((name) => name.replace(/\.ts$/, '')).sort()).toEqual([...pageKindIds].sort());
    expect(new Set(pageKindIds).size).toBe(pageKindIds.length);
    const misfiled = kindFiles.filter((name) => {
      const code = readFileSync(join(kindsDir, name), 'utf8');
      const filed = [...code.matchAll(/interface PageKindModules \{\s*'?([\w-]+)'?: typeof kind;\s*\}/g)].map((match) => match[1]);
      const ids = [...code.matchAll(/^ {2}id: '([\w-]+)',$/gm)].map((match) => match[1]);
      return filed.join() !== name.replace(/\.ts$/, '') || ids.join() !== filed.join();
    });
    expect(misfiled, 'each kind module: `id` = file name = its key in `PageKindModules`').toEqual([]);
  });

  it('globs every file of platform/kinds but the helpers, and no helper is a kind', () => {
    const index = readFileSync(join(kindsDir, 'index.ts'), 'utf8');
    const excluded = [...index.matchAll(/'!\.\/([\w.-]+)'/g)].map((match) => match[1]).sort();
    expect(excluded).toEqual(files.filter((name) => !kindFiles.includes(name)).sort());
  });

  it('orders by precedence: declared by every kind with DOM or fallback URL rules (and only by them), unique', () => {
    const ordered = pageKindRegistry.filter((kind) => kind.dom?.length || kind.urls.some((rule) => rule.fallback));
    expect(ordered.filter((kind) => kind.precedence === undefined).map((kind) => kind.id)).toEqual([]);
    expect(pageKindRegistry.filter((kind) => !ordered.includes(kind) && kind.precedence !== undefined).map((kind) => kind.id)).toEqual([]);
    const values = ordered.map((kind) => kind.precedence);
    expect(new Set(values).size, 'two kinds share a precedence').toBe(values.length);
    expect(pageKindRegistry.map((kind) => kind.id).slice(0, ordered.length)).toEqual(
      [...ordered].sort((a, b) => a.precedence! - b.precedence!).map((kind) => kind.id),
    );
  });

  it('puts a kind before any other whose rule of the same tier also accepts one of its fixtures', () => {
    const rank = new Map<string, number>(pageKindRegistry.map((kind, index) => [kind.id, index]));
    const pairs = new Set<string>();
    for (const kind of pageKindRegistry) {
      for (const rule of kind.dom ?? []) {
        for (const html of rule.fixtures) {
          const facts = readDomFacts(parse(html));
          for (const other of pageKindRegistry) {
            if (other !== kind && (other.dom ?? []).some((its) => its.strength === rule.strength && its.test(facts))) pairs.add(`${kind.id} < ${other.id}`);
          }
        }
      }
      for (const rule of kind.urls.filter((its) => its.fallback)) {
        for (const url of rule.fixtures) {
          for (const other of pageKindRegistry) {
            if (other !== kind && other.urls.some((its) => its.fallback && its.test(new URL(url)))) pairs.add(`${kind.id} < ${other.id}`);
          }
        }
      }
    }
    // The one overlap today: the enterprise profile's form also has what a card's basic information has.
    expect([...pairs]).toContain('enterprise-info < apply-basic-info');
    const inverted = [...pairs].filter((pair) => {
      const [first, second] = pair.split(' < ') as [string, string];
      return rank.get(first)! > rank.get(second)!;
    });
    expect(inverted, 'give the first kind of each pair a lower precedence than the second').toEqual([]);
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
      // Real URLs, unless no URL names the page: the report periods (the card opened), or a page whose URL nobody recorded.
      urls:
        kind.id === 'unknown' || kind.openedFromCard
          ? []
          : kind.urlUnrecorded
            ? [...(kind.urls.length > 0 ? ['urlUnrecorded but has URL rules'] : []), ...(kind.dom?.length ? [] : ['urlUnrecorded without DOM rules'])]
            : kind.urls.length === 0
              ? ['no URL rule: add one with the real URLs from the notes, or say urlUnrecorded and give DOM rules']
              : [],
      domRules: (kind.dom ?? []).filter((rule) => rule.fixtures.length < 1).map(() => 'a DOM rule without a fixture'),
      refinable: kind.refinable?.to === 'group' && !kind.group ? ['refinable within its group but has no group'] : [],
      openedFrom: kind.openedFromCard && !pageKindIds.includes(kind.openedFromCard.from as never) ? [`${kind.openedFromCard.from} is no kind`] : [],
    };
    expect(problems).toEqual({ label: [], fixtures: [], urlRules: [], urls: [], domRules: [], refinable: [], openedFrom: [] });
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
  const files = ['components', 'entrypoints', 'platform', 'diagnosis', 'messaging', 'state', 'tools', 'faq', 'lib', 'tests/unit/platform', 'tests/e2e', 'tests/mock-platform', 'bench']
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
