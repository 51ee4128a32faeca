import type { PageKindId } from '../../platform/page-kinds';
import { publicHomeRoutes } from './pages/public-home';
import { publicNoticeRoutes } from './pages/public-notice';
import { publicSearchRoutes } from './pages/public-search';
import { publicDocumentRoutes } from './pages/public-document';
import { errorInfoRoutes } from './pages/error-info';
import { casLoginRoutes } from './pages/cas-login';
import { forgotAccountRoutes } from './pages/forgot-account';
import { registrationRoutes } from './pages/registration';
import { dashboardRoutes } from './pages/dashboard';
import { enterpriseInfoRoutes } from './pages/enterprise-info';
import { applyListRoutes } from './pages/apply-list';
import { applyCardRoutes } from './pages/apply-cards';
import { uploadRoutes } from './pages/upload';
import { reapplyRoutes } from './pages/reapply';
import { changeRoutes } from './pages/change';
import { adjustRoutes } from './pages/adjust';
import { reissueRoutes } from './pages/reissue';
import { rectificationRoutes } from './pages/rectification';
import { infoDisclosureRoutes } from './pages/info-disclosure';
import { renewalRoutes } from './pages/renewal';
import { ledgerRoutes } from './pages/ledger';
import { autoMonitoringRoutes } from './pages/auto-monitoring';
import { monitoringJumpRoutes } from './pages/monitoring-jump';
import { monitoringSiteRoutes } from './pages/monitoring-site';
import { reportRoutes, reportShellRoute } from './pages/reports';
import { registerAppRoutes } from './pages/register-app';
import { heavyRoutes } from './heavy/pages';

export type MockSite = 'permit' | 'monitoring';

export interface MockRequest {
  url: URL;
  method: string;
  body: string;
}

export interface MockResponse {
  status?: number;
  html: string;
  headers?: Record<string, string>;
}

export interface MockRoute {
  /**
   * Exact pathname, optionally followed by `?a=1&b=2`: then the route only answers requests
   * whose query has every listed parameter with exactly that value (other parameters are
   * ignored). When several routes match, the one listing the most parameters wins.
   */
  path: string;
  site: MockSite;
  /** The page kind our detector must find here. */
  kind: PageKindId;
  /** The `<title>` the page is served with. */
  title: string;
  /** One of the main pages to screenshot/visit. */
  main?: boolean;
  render(req: MockRequest): MockResponse;
}

export const mockRoutes: MockRoute[] = [
  ...publicHomeRoutes,
  ...publicNoticeRoutes,
  ...publicSearchRoutes,
  ...publicDocumentRoutes,
  ...errorInfoRoutes,
  ...casLoginRoutes,
  ...forgotAccountRoutes,
  ...registrationRoutes,
  ...dashboardRoutes,
  ...enterpriseInfoRoutes,
  ...applyListRoutes,
  ...applyCardRoutes,
  ...uploadRoutes,
  ...reapplyRoutes,
  ...changeRoutes,
  ...adjustRoutes,
  ...reissueRoutes,
  ...rectificationRoutes,
  ...infoDisclosureRoutes,
  ...renewalRoutes,
  ...ledgerRoutes,
  ...autoMonitoringRoutes,
  ...monitoringJumpRoutes,
  ...monitoringSiteRoutes,
  ...reportRoutes,
  ...registerAppRoutes,
];

/** Every pathname under this prefix is answered by the execution-report single-page app. */
export const reportAppPrefix = '/permitrep/';

export function splitRoutePath(path: string): { pathname: string; query: [string, string][] } {
  const mark = path.indexOf('?');
  if (mark < 0) return { pathname: path, query: [] };
  return { pathname: path.slice(0, mark), query: [...new URLSearchParams(path.slice(mark + 1))] };
}

/** The route that answers `url` on `site`, or undefined (the server then answers 404). */
export function findMockRoute(site: MockSite, url: URL): MockRoute | undefined {
  let best: MockRoute | undefined;
  let bestScore = -1;
  // The pages of the platform's weight (heavy/) answer too; they are not in mockRoutes' page tests.
  for (const route of [...mockRoutes, ...heavyRoutes]) {
    if (route.site !== site) continue;
    const { pathname, query } = splitRoutePath(route.path);
    if (pathname !== url.pathname) continue;
    if (!query.every(([key, value]) => url.searchParams.get(key) === value)) continue;
    if (query.length > bestScore) {
      best = route;
      bestScore = query.length;
    }
  }
  if (!best && site === 'permit' && url.pathname.startsWith(reportAppPrefix)) return reportShellRoute;
  return best;
}

/** The URL to visit for a route on a given origin (e.g. `https://permit.mee.gov.cn`). */
export function mockRouteUrl(route: MockRoute, origin: string): string {
  return new URL(route.path, origin).href;
}
