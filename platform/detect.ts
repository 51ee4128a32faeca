import { detectFromDom, type DomDetection } from './dom-detectors';
import { outlineOf, type DocumentReader } from './dom-text';
import { isPlatformHost } from './hosts';
import { pageKindRegistry } from './kinds';
import type { UrlRule } from './kinds/kind';
import { isPageKindId, pageKind, type PageKindId } from './page-kinds';
import { matchUrl } from './url-detectors';
import { cardIdOf, isMonitoringHost, parseUrl, routeOf } from './url-parts';

export interface PageDetection {
  kind: PageKindId;
  /**
   * What decided the kind: the URL, the DOM, both agreeing (or the DOM refining a generic URL kind),
   * the URL with the card the user opened on the page before (the report app's periods), or nothing.
   */
  via: 'url' | 'dom' | 'url+dom' | 'url+card' | 'none';
  confidence: 'high' | 'medium' | 'low';
  /** The application card (`card2`) when the URL names one. */
  cardId?: string;
  /** Which platform the frame is on. A frame of another one adds to the tab but never decides its kind. */
  site?: PlatformSite;
  /**
   * Recognised by its URL, the page shows none of the markers the notes confirm for it: the
   * platform may have changed, and the hints may not fit. `path` has no query.
   */
  unfamiliar?: { path: string; missing: string[] };
}

export type PlatformSite = 'permit' | 'monitoring';

/** The card the user clicked on a list (`label`: 年报, 2季度…), and the address of that list. */
export interface OpenedCard {
  label: string;
  listUrl: string;
}

const nothing: PageDetection = { kind: 'unknown', via: 'none', confidence: 'low' };

function safeDomDetection(document: Document | undefined, reader: DocumentReader | undefined): DomDetection | undefined {
  if (!document || typeof document !== 'object') return undefined;
  try {
    return detectFromDom(document, reader?.doc === document ? reader : undefined);
  } catch {
    return undefined;
  }
}

/** A generic URL kind that its Document makes precise (see `PageKind.refinable`). */
function refines(urlKind: PageKindId, dom: DomDetection): boolean {
  const from = pageKind(urlKind);
  const to = pageKind(dom.kind);
  if (!from.refinable || (from.refinable.strength === 'strong' && dom.strength !== 'strong')) return false;
  if (from.refinable.to === 'group') return from.group !== undefined && from.group === to.group;
  return from.side === 'none' || from.side === to.side;
}

/** A strong login form where a page of the enterprise side or the monitoring jump was expected: the session expired. */
function loginOverrides(urlKind: PageKindId, dom: DomDetection): boolean {
  const side = pageKind(urlKind).side;
  return dom.kind === 'login' && dom.strength === 'strong' && (side === 'enterprise' || side === 'monitoring');
}

/** The kind a card opened from a page of `fromKind` names by its label, if any. */
function kindOfOpenedCard(fromKind: PageKindId, label: string): PageKindId | undefined {
  const text = label.trim();
  return pageKindRegistry.find((kind) => kind.openedFromCard?.from === fromKind && kind.openedFromCard.label.test(text))?.id;
}

function fromOpenedCard(url: URL, urlKind: PageKindId, card: OpenedCard | undefined): PageKindId | undefined {
  if (!card || typeof card.label !== 'string' || typeof card.listUrl !== 'string') return undefined;
  const list = parseUrl(card.listUrl);
  // Still on the list itself: nothing opened yet (or the user came back).
  if (!list || routeOf(list) === routeOf(url) || (matchUrl(list)?.kind ?? 'unknown') !== urlKind) return undefined;
  return kindOfOpenedCard(urlKind, card.label);
}

function missingMarkers(rule: UrlRule | undefined, document: Document | undefined, reader: DocumentReader | undefined): string[] | undefined {
  if (!rule?.markers?.length || !document || typeof document !== 'object') return undefined;
  const outline = reader?.doc === document ? reader.outline() : outlineOf(document);
  return rule.markers.some((selector) => outline.one(selector) !== undefined) ? undefined : [...rule.markers];
}

/** The path of a URL without query, fragment or `;jsessionid=…`. */
function plainPath(url: URL): string {
  return url.pathname.replace(/;[^/]*/g, '');
}

/**
 * Which platform page this is, from its URL and, when given, its Document and the card the user
 * opened before. Not a platform host → unknown. The URL decides first; the DOM refines a generic
 * URL kind (`PageKind.refinable`) or shows an expired session's login form; otherwise a DOM that
 * points elsewhere only lowers the confidence. Never throws. A `reader` of the same Document
 * (`readDocument`) shares its reads with the field finders of the same look.
 */
export function detectPage(input: { url: string; document?: Document; reader?: DocumentReader; openedCard?: OpenedCard }): PageDetection {
  try {
    const url = parseUrl(input?.url);
    if (!url || !isPlatformHost(url.hostname)) return nothing;
    const site: PlatformSite = isMonitoringHost(url) ? 'monitoring' : 'permit';
    const match = matchUrl(url);
    const urlKind = match?.kind ?? 'unknown';
    const cardId = pageKind(urlKind).group === 'application-card' ? cardIdOf(url) : undefined;
    const result = (detection: PageDetection): PageDetection => {
      const withCard = cardId && pageKind(detection.kind).group === 'application-card' ? { ...detection, cardId } : detection;
      return { ...withCard, site };
    };

    const opened = fromOpenedCard(url, urlKind, input.openedCard);
    if (opened) return result({ kind: opened, via: 'url+card', confidence: 'high' });

    // The markers of the URL rule are what the helper knows of that page's layout: a heading that still
    // names the page does not make up for all of them gone (a redesign keeps its title).
    const missing = missingMarkers(match?.rule, input.document, input.reader);
    const unfamiliar = missing ? { unfamiliar: { path: plainPath(url), missing } } : {};
    const dom = safeDomDetection(input.document, input.reader);
    if (dom && dom.kind === urlKind) return result({ kind: urlKind, via: 'url+dom', confidence: missing ? 'medium' : 'high', ...unfamiliar });
    if (dom && refines(urlKind, dom)) {
      if (urlKind === 'unknown') return result({ kind: dom.kind, via: 'dom', confidence: dom.strength === 'strong' ? 'medium' : 'low' });
      return result({ kind: dom.kind, via: 'url+dom', confidence: dom.strength === 'strong' ? 'high' : 'medium' });
    }
    if (dom && loginOverrides(urlKind, dom)) return result({ kind: 'login', via: 'dom', confidence: 'medium' });
    if (urlKind === 'unknown') return result(nothing);
    // A DOM that points to another kind, or a rule that only knows the app, leaves some doubt.
    const confidence = dom || match?.rule.fallback ? 'medium' : 'high';
    return result({ kind: urlKind, via: 'url', confidence, ...unfamiliar });
  } catch {
    return nothing;
  }
}

function isDetection(value: unknown): value is PageDetection {
  return typeof value === 'object' && value !== null && typeof (value as PageDetection).kind === 'string' && isPageKindId((value as PageDetection).kind);
}

/**
 * The kind the tab shows, of several frames' detections: the top frame's first, then its frames in
 * the order they reported. Frames of another site (the monitoring platform's frame in the public
 * permit detail) add their messages to the tab but never its kind. Of the rest, the highest
 * specificity wins; on a tie the later one, so the innermost or most recent report of equal rank
 * is shown. Empty or invalid input → unknown.
 */
export function mostSpecific(detections: readonly PageDetection[]): PageDetection {
  const valid = (Array.isArray(detections) ? detections : []).filter(isDetection);
  const topSite = valid[0]?.site;
  let best: PageDetection = nothing;
  let bestRank = -1;
  for (const detection of valid) {
    if (topSite !== undefined && detection.site !== undefined && detection.site !== topSite) continue;
    const rank = pageKind(detection.kind).specificity;
    if (rank >= bestRank) {
      best = detection;
      bestRank = rank;
    }
  }
  return best;
}
