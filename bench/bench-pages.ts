/** The heaviest mock-platform pages, the ones the benchmark loads. */
import { dashboardRoutes } from '../tests/mock-platform/pages/dashboard';
import { applyCardRoutes } from '../tests/mock-platform/pages/apply-cards';
import { uploadRoutes } from '../tests/mock-platform/pages/upload';
import type { MockRoute } from '../tests/mock-platform/routes';
import { platformUrl } from '../tests/e2e/support/platform';
import type { BenchPage } from './page-load';

function route(routes: readonly MockRoute[], kind: string): MockRoute {
  const found = routes.find((candidate) => candidate.kind === kind);
  if (!found) throw new Error(`no mock route of kind ${kind}`);
  return found;
}

/** The dashboard with its iframe, the longest application card, the upload page. */
export const benchPages: BenchPage[] = [
  { id: 'dashboard', label: 'dashboard + iframe', kind: 'dashboard', url: platformUrl(route(dashboardRoutes, 'dashboard')) },
  { id: 'card1', label: 'application card 1', kind: 'apply-basic-info', url: platformUrl(route(applyCardRoutes, 'apply-basic-info')) },
  { id: 'upload', label: 'upload page', kind: 'apply-attachments', url: platformUrl(route(uploadRoutes, 'apply-attachments')) },
];
