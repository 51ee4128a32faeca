import type { MockRoute } from '../../mock-platform/routes';

/** The real URL of a mock route: the browser maps these hosts to the local mock server. */
export function platformUrl(route: Pick<MockRoute, 'path' | 'site'>, scheme: 'https' | 'http' = 'https'): string {
  const host = route.site === 'monitoring' ? 'wryjc.cnemc.cn' : 'permit.mee.gov.cn';
  return `${scheme}://${host}${route.path}`;
}

export const permitUrl = (path: string, scheme: 'https' | 'http' = 'https') => `${scheme}://permit.mee.gov.cn${path}`;
