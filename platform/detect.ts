import { detectFromDom, type DomDetection } from './dom-detectors';
import type { DocumentReader } from './dom-text';
import { isPlatformHost } from './hosts';
import { isPageKindId, pageKinds, type PageKindId } from './page-kinds';
import { cardKinds, kindFromUrl } from './url-detectors';
import { cardIdOf, parseUrl } from './url-parts';

export interface PageDetection {
  kind: PageKindId;
  /** What decided the kind: the URL, the DOM, both agreeing (or the DOM refining a generic URL), or nothing. */
  via: 'url' | 'dom' | 'url+dom' | 'none';
  confidence: 'high' | 'medium' | 'low';
  /** The application card (`card2`) when the URL names one. */
  cardId?: string;
}

const nothing: PageDetection = { kind: 'unknown', via: 'none', confidence: 'low' };

const applicationCards = new Set<PageKindId>([...Object.values(cardKinds), 'apply-card', 'apply-attachments']);

/**
 * URL kinds that say only roughly where the user is, and which DOM kinds may make them precise:
 * an unknown path can be anything; the dashboard may show a module in place; a card page whose
 * card id is missing or unfamiliar can be any card; the report app's home may show one report
 * before its route changes; the registration app may show its sub-pages in place.
 */
const refinableTo: Partial<Record<PageKindId, (domKind: PageKindId) => boolean>> = {
  unknown: () => true,
  dashboard: (domKind) => domKind !== 'public-home',
  'apply-card': (domKind) => applicationCards.has(domKind),
  'report-home': (domKind) => domKind === 'report-annual' || domKind === 'report-quarterly' || domKind === 'report-monthly',
  'registration-home': (domKind) =>
    domKind === 'registration-change' || domKind === 'registration-renewal' || domKind === 'registration-cancel',
};

// Pages that may carry a login form of their own (a portal's login box, the account pages around CAS).
const loginFormIsExpected = new Set<PageKindId>(['public-home', 'public-info', 'public-notice', 'forgot-account', 'register']);

/**
 * When the DOM clearly contradicts a specific URL kind, the DOM wins: a strong login form
 * served at a module's URL (an expired session forwarded to the login page), or another
 * application card than the card id says (card numbering is the platform's, not a contract).
 */
function domOverrides(urlKind: PageKindId, dom: DomDetection): boolean {
  if (dom.strength !== 'strong') return false;
  if (dom.kind === 'login') return !loginFormIsExpected.has(urlKind);
  return applicationCards.has(urlKind) && applicationCards.has(dom.kind);
}

function safeDomDetection(document: Document | undefined, reader: DocumentReader | undefined): DomDetection | undefined {
  if (!document || typeof document !== 'object') return undefined;
  try {
    return detectFromDom(document, reader?.doc === document ? reader : undefined);
  } catch {
    return undefined;
  }
}

/**
 * Which platform page this is, from its URL and, when given, its Document.
 * Not a platform host → unknown. The URL decides first; the DOM refines a generic URL kind
 * (see `refinableTo`) or overrides a clear contradiction (see `domOverrides`); otherwise a DOM
 * that points elsewhere only lowers the confidence. Never throws. A `reader` of the same Document
 * (`readDocument`) shares its reads with the field finders of the same look.
 */
export function detectPage(input: { url: string; document?: Document; reader?: DocumentReader }): PageDetection {
  try {
    const url = parseUrl(input?.url);
    if (!url || !isPlatformHost(url.hostname)) return nothing;
    const urlKind = kindFromUrl(url);
    const cardId = applicationCards.has(urlKind) ? cardIdOf(url) : undefined;
    const withCard = (detection: PageDetection): PageDetection => (cardId ? { ...detection, cardId } : detection);
    const dom = safeDomDetection(input.document, input.reader);
    const refine = refinableTo[urlKind];

    if (dom && dom.kind === urlKind) return withCard({ kind: urlKind, via: 'url+dom', confidence: 'high' });
    if (dom && refine?.(dom.kind)) {
      if (urlKind === 'unknown') return { kind: dom.kind, via: 'dom', confidence: dom.strength === 'strong' ? 'medium' : 'low' };
      return withCard({ kind: dom.kind, via: 'url+dom', confidence: dom.strength === 'strong' ? 'high' : 'medium' });
    }
    if (dom && domOverrides(urlKind, dom)) return withCard({ kind: dom.kind, via: 'dom', confidence: 'medium' });
    if (urlKind === 'unknown') return nothing;
    return withCard({ kind: urlKind, via: 'url', confidence: urlConfidence(urlKind, cardId, dom) });
  } catch {
    return nothing;
  }
}

function urlConfidence(urlKind: PageKindId, cardId: string | undefined, dom: DomDetection | undefined): PageDetection['confidence'] {
  // A DOM that points to another kind, without being strong enough to override, casts doubt.
  if (dom) return 'medium';
  if (urlKind === 'apply-card') return cardId ? 'medium' : 'low';
  // Card numbers are mapped to kinds by convention; without the DOM to confirm, stay modest.
  if (applicationCards.has(urlKind) && urlKind !== 'apply-attachments') return 'medium';
  return 'high';
}

function isDetection(value: unknown): value is PageDetection {
  return typeof value === 'object' && value !== null && typeof (value as PageDetection).kind === 'string' && isPageKindId((value as PageDetection).kind);
}

/**
 * The most specific of several frames' detections (the top frame collects them): the highest
 * `pageKinds[kind].specificity` wins; on a tie the later one in the list wins, so callers list
 * reports outermost first (top frame, then its frames in the order they reported) and the
 * innermost or most recent report of equal rank is shown. Empty or invalid input → unknown.
 */
export function mostSpecific(detections: readonly PageDetection[]): PageDetection {
  let best: PageDetection = nothing;
  let bestRank = -1;
  for (const detection of Array.isArray(detections) ? detections : []) {
    if (!isDetection(detection)) continue;
    const rank = pageKinds[detection.kind].specificity;
    if (rank >= bestRank) {
      best = detection;
      bestRank = rank;
    }
  }
  return best;
}
