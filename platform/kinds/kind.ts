import type { LocalizedText } from '../../lib/localized';
import type { CheckId } from '../../diagnosis/check-ids';
import type { DomFacts } from '../dom-facts';

/**
 * One kind of platform page, as one module of platform/kinds/ declares it. Everything that lists
 * kinds (ids, labels, URL detection, DOM detection, the route tests, the panel) derives from the
 * registry in platform/kinds/index.ts.
 */
export interface PageKind<Id extends string = string> {
  id: Id;
  label: LocalizedText;
  /** Ranks kinds when several frames of one site report: the most specific one is shown. */
  specificity: number;
  /**
   * Where this kind's DOM rules (within one strength) and fallback URL rules are tried among other
   * kinds': lower first. Required with DOM or fallback rules, unique; a kind whose fixture another
   * kind's rule also accepts comes before it (tests/unit/platform/kind-registry.test.ts).
   */
  precedence?: number;
  /** Which part of the platform the page belongs to. */
  side: 'public' | 'enterprise' | 'monitoring' | 'none';
  /** Kinds that a generic page of the same group may turn out to be (see `refinable`). */
  group?: 'application-card' | 'public' | 'registration';
  /** URL predicates, each with the real URLs it must accept (the github-url-detection style). */
  urls: readonly UrlRule[];
  /**
   * Nobody has recorded this page's URL (the notes say so): it has no URL rules, and only its DOM
   * rules name it. Every other kind has URL rules with real URLs, or is opened from a card.
   */
  urlUnrecorded?: true;
  /** What the Document alone says, for when the URL is unknown or generic. */
  dom?: readonly DomRule[];
  /**
   * A generic URL kind whose Document may make it precise: into any kind (`any`) or a kind of its
   * own `group`, with DOM rules at least as strong as `strength`.
   */
  refinable?: { to: 'any' | 'group'; strength: DomStrength };
  /**
   * A kind known only from the card the user opened on a page of kind `from` (the report app's
   * period cards, 年报 / N季度 / N月): the cards' selector, the label of this kind's cards, and
   * labels seen on the platform.
   */
  openedFromCard?: { from: string; selector: string; label: RegExp; fixtures: readonly string[] };
  /** The platform's FAQ has nothing for this page: the panel says so and offers search and the diagnosis. */
  noPlatformFaq?: true;
  /** What the panel offers on this page besides its FAQ entries. */
  offers?: { tools?: readonly PanelToolId[]; checks?: readonly CheckId[] };
}

/** One way a URL names the kind. */
export interface UrlRule {
  test(url: URL): boolean;
  /** Real URLs of the platform this rule must accept, and every other kind's rules must reject. */
  fixtures: readonly string[];
  /**
   * A fallback rule applies only when no specific rule of any kind accepts the URL (a whole app's
   * path prefix, say). It may accept other kinds' fixtures; those still go to their own kind.
   */
  fallback?: true;
  /**
   * Cheap, targeted selectors that the notes confirm on this page. When the page shows none of
   * them, it does not look like what the helper knows (the platform may have changed).
   */
  markers?: readonly string[];
}

export type DomStrength = 'strong' | 'weak';

/**
 * `strong` rules rest on form structure (a password and a captcha, longitude/latitude inputs
 * with a picker button…); `weak` ones on a heading or title alone.
 */
export interface DomRule {
  strength: DomStrength;
  test(facts: DomFacts): boolean;
  /** Small documents (HTML) this rule must recognise. */
  fixtures: readonly string[];
}

/**
 * The tools of the panel's 「工具」 section that a kind of page offers (`offers.tools`): each such
 * tool module (components/field-tools/tools/<id>.tsx) files its id here, so the ids are checked
 * without platform/ importing the UI or a list of them written anywhere.
 */
export interface PanelToolModules {}
export type PanelToolId = Extract<keyof PanelToolModules, string>;

/**
 * Every kind module files itself here under its id, beside its `defineKind`:
 *
 *     declare module './kind' { interface PageKindModules { 'my-kind': typeof kind } }
 *
 * so `PageKindId` is the literal union of the kinds that exist, with no list written anywhere.
 * platform/kinds/index.ts checks that each key names its own module's id.
 */
export interface PageKindModules {}

/** Declares a kind; the `const` type parameter keeps its id a literal for `PageKindModules`. */
export function defineKind<const Id extends string>(kind: PageKind<Id>): PageKind<Id> {
  return kind;
}
