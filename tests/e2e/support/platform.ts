import { mockRouteHost, type MockRoute } from '../../mock-platform/routes';

/** The real URL of a mock route: the browser maps these hosts to the local mock server. */
export function platformUrl(route: Pick<MockRoute, 'path' | 'site' | 'host'>, scheme: 'https' | 'http' = 'https'): string {
  return `${scheme}://${mockRouteHost(route)}${route.path}`;
}

export const permitUrl = (path: string, scheme: 'https' | 'http' = 'https') => `${scheme}://permit.mee.gov.cn${path}`;
