/** The pages the benchmark loads: the mock's light pages and the pages of the platform's weight (tests/mock-platform/heavy/). */
import { dashboardRoutes } from '../tests/mock-platform/pages/dashboard';
import { applyCardRoutes } from '../tests/mock-platform/pages/apply-cards';
import { heavyPaths } from '../tests/mock-platform/heavy/pages';
import type { MockRoute } from '../tests/mock-platform/routes';
import { permitUrl, platformUrl } from '../tests/e2e/support/platform';
import type { BenchPage } from './page-load';

function route(routes: readonly MockRoute[], kind: string): MockRoute {
  const found = routes.find((candidate) => candidate.kind === kind);
  if (!found) throw new Error(`no mock route of kind ${kind}`);
  return found;
}

/**
 * Light: the mock's own pages (25–30 ms of main-thread time). Heavy: pages of the platform's weight
 * (jQuery 1.12, jQuery UI and an easyui-like layer building menus, tabs, grids and form widgets at
 * load). The 900- and 3,000-row lists only draw the flat-cost curve, so they load with the no-op
 * and ours alone.
 */
export const benchPages: BenchPage[] = [
  { id: 'dashboard', label: 'dashboard + iframe', kind: 'dashboard', weight: 'light', url: platformUrl(route(dashboardRoutes, 'dashboard')) },
  { id: 'card1', label: 'application card 1', kind: 'apply-basic-info', weight: 'light', url: platformUrl(route(applyCardRoutes, 'apply-basic-info')) },
  { id: 'upload', label: 'upload page', kind: 'apply-attachments', weight: 'light', url: platformUrl(route(applyCardRoutes, 'apply-attachments')) },
  { id: 'heavy-dashboard', label: 'heavy dashboard + iframe', kind: 'dashboard', weight: 'heavy', url: permitUrl(heavyPaths.dashboard) },
  { id: 'heavy-card', label: 'heavy card, 200 inputs', kind: 'apply-basic-info', weight: 'heavy', url: permitUrl(heavyPaths.card) },
  { id: 'list300', label: 'heavy list, 300 rows', kind: 'renewal', weight: 'heavy', rows: 300, url: permitUrl(heavyPaths.list(300)) },
  { id: 'list900', label: 'list, 900 rows (3×)', kind: 'renewal', weight: 'curve', rows: 900, url: permitUrl(heavyPaths.list(900)) },
  { id: 'list3000', label: 'list, 3,000 rows (10×)', kind: 'renewal', weight: 'curve', rows: 3000, url: permitUrl(heavyPaths.list(3000)) },
];
