import type { PageKindId } from '../../platform/page-kinds';
import { publicHomeRoutes } from './pages/public-home';
import { publicNoticeRoutes } from './pages/public-notice';
import { publicAnnouncementRoutes } from './pages/public-announcement';
import { publicSearchRoutes } from './pages/public-search';
import { publicListRoutes } from './pages/public-lists';
import { publicDocumentRoutes } from './pages/public-document';
import { errorInfoRoutes } from './pages/error-info';
import { casLoginRoutes } from './pages/cas-login';
import { forgotAccountRoutes } from './pages/forgot-account';
import { registrationRoutes } from './pages/registration';
import { dashboardRoutes } from './pages/dashboard';
import { enterpriseInfoRoutes } from './pages/enterprise-info';
import { applyListRoutes } from './pages/apply-list';
import { applyCardRoutes } from './pages/apply-cards';
import { pickerRoutes } from './pages/lnglat-picker';
import { reapplyRoutes } from './pages/reapply';
import { changeRoutes } from './pages/change';
import { adjustRoutes } from './pages/adjust';
import { renewalRoutes } from './pages/renewal';
import { reissueRoutes } from './pages/reissue';
import { rectificationRoutes } from './pages/rectification';
import { soilRoutes } from './pages/soil';
import { infoDisclosureRoutes } from './pages/info-disclosure';
import { ledgerRoutes } from './pages/ledger';
import { autoMonitoringRoutes } from './pages/auto-monitoring';
import { selfAcceptanceRoutes } from './pages/self-acceptance';
import { monitoringJumpRoutes } from './pages/monitoring-jump';
import { monitoringSiteRoutes } from './pages/monitoring-site';
import { reportRoutes } from './pages/reports';
import { permitrepAppRoutes } from './pages/permitrep-apps';
import { registerAppRoutes } from './pages/register-app';
import { heavyRoutes } from './heavy/pages';

export type MockSite = 'permit' | 'monitoring';

export interface MockRequest {
  /** In-process callers may pass a URL with a `#hash`; the server never sees one. */
  url: URL;
  method: string;
  body: string;
  /** Cookies the browser sent (the server fills this; in-process callers may leave it out). */
  cookies?: Record<string, string>;
  /** The code of the last captcha image served to this session (JSESSIONID cookie), if any. */
  captcha?: string;
  /** The body's bytes (file uploads). */
  rawBody?: Buffer;
}

export interface MockResponse {
  status?: number;
  html: string;
  headers?: Record<string, string>;
  /** Default `text/html; charset=UTF-8`. */
  contentType?: string;
}

export interface MockRoute {
  /**
   * Exact pathname, optionally followed by `?a=1&b=2`: then the route only answers requests
   * whose query has every listed parameter with exactly that value (other parameters are
   * ignored). When several routes match, the one listing the most parameters wins. A `#hash`
   * at the end names a view of a hash-routed app: the server answers the same page for every
   * hash, the page's script shows the view (in-process renders with the hash pre-render it).
   */
  path: string;
  site: MockSite;
  /** The host to visit it on, when not the site's usual one (old deep links live on permit.mep.gov.cn). */
  host?: 'permit.mep.gov.cn' | 'wryjc.mee.gov.cn';
  /** The page kind our detector must find here. */
  kind: PageKindId;
  /** The `<title>` the page is served with ('' for a bare-text answer). */
  title: string;
  /** One of the main pages to screenshot/visit. */
  main?: boolean;
  /** The HTTP status the page answers with, when not 200 (a redirect's target is checked instead). */
  status?: number;
  /**
   * Where the notes say nobody knows how the real page looks, the mock serves more than one
   * variant: this says which one this route is (e.g. 'modules in an iframe').
   */
  variant?: string;
  /**
   * A state of the page the notes do not describe (e.g. the public detail opened without a
   * permit): it shows none of its kind's markers, and the panel says the page looks unfamiliar.
   */
  unfamiliar?: true;
  render(req: MockRequest): MockResponse;
}

export const mockRoutes: MockRoute[] = [
  ...publicHomeRoutes,
  ...publicNoticeRoutes,
  ...publicAnnouncementRoutes,
  ...publicSearchRoutes,
  ...publicListRoutes,
  ...publicDocumentRoutes,
  ...errorInfoRoutes,
  ...casLoginRoutes,
  ...forgotAccountRoutes,
  ...registrationRoutes,
  ...dashboardRoutes,
  ...enterpriseInfoRoutes,
  ...applyListRoutes,
  ...applyCardRoutes,
  ...pickerRoutes,
  ...reapplyRoutes,
  ...changeRoutes,
  ...adjustRoutes,
  ...renewalRoutes,
  ...reissueRoutes,
  ...rectificationRoutes,
  ...soilRoutes,
  ...infoDisclosureRoutes,
  ...ledgerRoutes,
  ...autoMonitoringRoutes,
  ...selfAcceptanceRoutes,
  ...monitoringJumpRoutes,
  ...monitoringSiteRoutes,
  ...reportRoutes,
  ...permitrepAppRoutes,
  ...registerAppRoutes,
];

export function splitRoutePath(path: string): { pathname: string; query: [string, string][]; hash: string } {
  const hashMark = path.indexOf('#');
  const hash = hashMark < 0 ? '' : path.slice(hashMark);
  const rest = hashMark < 0 ? path : path.slice(0, hashMark);
  const mark = rest.indexOf('?');
  if (mark < 0) return { pathname: rest, query: [], hash };
  return { pathname: rest.slice(0, mark), query: [...new URLSearchParams(rest.slice(mark + 1))], hash };
}

/** The route that answers `url` on `site`, or undefined (the server then answers 404). */
export function findMockRoute(site: MockSite, url: URL): MockRoute | undefined {
  let best: MockRoute | undefined;
  let bestScore = -1;
  // The pages of the platform's weight (heavy/) answer too; they are not in mockRoutes' page tests.
  for (const route of [...mockRoutes, ...heavyRoutes]) {
    if (route.site !== site) continue;
    const { pathname, query, hash } = splitRoutePath(route.path);
    if (pathname !== url.pathname) continue;
    if (!query.every(([key, value]) => url.searchParams.get(key) === value)) continue;
    // A route naming the requested hash view beats its siblings (in-process lookups only).
    const score = query.length * 2 + (hash !== '' && hash === url.hash ? 1 : 0);
    if (score > bestScore) {
      best = route;
      bestScore = score;
    }
  }
  return best;
}

/** The host a route is visited on: its own (old deep links on permit.mep.gov.cn) or its site's usual one. */
export function mockRouteHost(route: Pick<MockRoute, 'site' | 'host'>): string {
  return route.host ?? (route.site === 'monitoring' ? 'wryjc.cnemc.cn' : 'permit.mee.gov.cn');
}

/** The URL to visit for a route on a given origin (e.g. `https://permit.mee.gov.cn`). */
export function mockRouteUrl(route: MockRoute, origin: string): string {
  return new URL(route.path, origin).href;
}
