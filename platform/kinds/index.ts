/**
 * The registry of page kinds: every module of this folder but the helpers below is one kind
 * (`platform/kinds/<id>.ts`) and registers itself by being here. Everything that lists kinds
 * derives from this registry (ids, labels, URL and DOM detection, the route tests, the panel).
 *
 * The order matters twice: DOM rules are tried strong ones first, each strength in the kinds'
 * `precedence` (a login form before a page that merely has a password field), and fallback URL
 * rules in the same order. Specific URL rules never overlap (tests/unit/platform/url-rules.test.ts).
 *
 * To add a kind: write platform/kinds/<id>.ts (copy a neighbour, file it in `PageKindModules`),
 * name it in the FAQ entries that fit it, and serve a page of it in the mock platform.
 */
import type { PageKind, PageKindModules } from './kind';

/** Every kind's id: the keys the kind modules file themselves under (see `PageKindModules`). */
export type PageKindId = Extract<keyof PageKindModules, string>;

/** Ids under which a module of another id is filed (a copied neighbour, say): none, or this file does not compile. */
type Misfiled = { [Id in PageKindId]: PageKindModules[Id] extends PageKind<Id> ? never : Id }[PageKindId];
type NoneOf<T extends never> = T;
export type MisfiledKinds = NoneOf<Misfiled>;

const modules = import.meta.glob<PageKind<PageKindId>>(['./*.ts', '!./index.ts', '!./kind.ts', '!./url-rules.ts', '!./card-url.ts', '!./report-cards.ts'], {
  eager: true,
  import: 'default',
});

const byPrecedence = (a: PageKind, b: PageKind): number =>
  (a.precedence ?? Infinity) - (b.precedence ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The kinds in their precedence; those without one (no DOM or fallback rules, so no order to keep) last, by id. */
export const pageKindRegistry: readonly PageKind<PageKindId>[] = Object.values(modules).sort(byPrecedence);
