import { pageKindRegistry } from './kinds';
import type { UrlRule } from './kinds/kind';
import type { PageKindId } from './page-kinds';

/** One URL rule of one kind. */
export interface KindUrlRule {
  kind: PageKindId;
  rule: UrlRule;
}

/** Every kind's URL rules: the specific ones first, then the fallbacks, each in registry order. */
export const urlRules: readonly KindUrlRule[] = [
  ...pageKindRegistry.flatMap((kind) => kind.urls.filter((rule) => !rule.fallback).map((rule) => ({ kind: kind.id, rule }))),
  ...pageKindRegistry.flatMap((kind) => kind.urls.filter((rule) => rule.fallback).map((rule) => ({ kind: kind.id, rule }))),
];

/** The first rule that accepts the URL. Never throws. */
export function matchUrl(url: URL): KindUrlRule | undefined {
  for (const candidate of urlRules) {
    try {
      if (candidate.rule.test(url)) return candidate;
    } catch {
      // A predicate that fails on an odd URL simply does not accept it.
    }
  }
  return undefined;
}

/** The kind the URL alone names, or `unknown`. Never throws. */
export function kindFromUrl(url: URL): PageKindId {
  return matchUrl(url)?.kind ?? 'unknown';
}
