import { monitoringHosts, permitHosts } from './hosts';

/**
 * Small pure readers of a URL shared by the URL detectors. The platform is a Java site that
 * moves its paths around, so everything here is deliberately forgiving: host case, scheme,
 * `;jsessionid=…` path parameters, doubled or trailing slashes and path case are ignored.
 */

export const isPermitHost = (url: URL): boolean =>
  (permitHosts as readonly string[]).includes(url.hostname.toLowerCase());

export const isMonitoringHost = (url: URL): boolean =>
  (monitoringHosts as readonly string[]).includes(url.hostname.toLowerCase());

/**
 * The path in one comparable form: lower case, without `;param=…` segments (servlet
 * containers append `;jsessionid=…` when cookies are off), without repeated or trailing
 * slashes. The root stays `/`.
 */
export function normalizedPath(url: URL): string {
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape stays as it is; matching then simply fails for that part.
  }
  path = path
    .toLowerCase()
    .replace(/;[^/]*/g, '')
    .replace(/\/{2,}/g, '/')
    .replace(/\/+$/, '');
  return path === '' ? '/' : path;
}

/**
 * The route of a single-page app: the normalized path, extended by a hash route
 * (`#/report/annual` or `#!/report/annual`) when the app uses one instead of pushState.
 */
export function routeOf(url: URL): string {
  const path = normalizedPath(url);
  const hashRoute = /^#!?(\/[^?]*)/.exec(url.hash)?.[1];
  if (!hashRoute) return path;
  const joined = `${path === '/' ? '' : path}${hashRoute.toLowerCase()}`.replace(/\/{2,}/g, '/').replace(/\/+$/, '');
  return joined === '' ? '/' : joined;
}

/** The value of a query parameter whose name matches case-insensitively (`cardid`, `cardId`, `CARDID`). */
export function queryParam(url: URL, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of url.searchParams) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

/** The number of an application card from `cardid=card2` (also `card02`, `CARD2`, `2`); undefined when missing or unreadable. */
export function cardNumber(url: URL): number | undefined {
  const match = /^(?:card)?0*(\d{1,3})$/i.exec(queryParam(url, 'cardid')?.trim() ?? '');
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** The card id as the platform writes it (`card2`), for display and for reports to the top frame. */
export function cardIdOf(url: URL): string | undefined {
  const number = cardNumber(url);
  return number === undefined ? undefined : `card${number}`;
}

/**
 * Parses a URL string; a root-relative path (`/cas/login`) is read as a path of the permit
 * host. Undefined when the string is not a URL.
 */
export function parseUrl(input: unknown): URL | undefined {
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  try {
    return text.startsWith('/') && !text.startsWith('//') ? new URL(text, 'https://permit.mee.gov.cn/') : new URL(text);
  } catch {
    return undefined;
  }
}
