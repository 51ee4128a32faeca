import { isMonitoringHost, isPermitHost, normalizedPath, queryParam, routeOf } from '../url-parts';

/**
 * Builders for the kinds' URL predicates. Paths are compared after `normalizedPath`: lower case,
 * no `;jsessionid=…`, no doubled or trailing slash; so the patterns below are written in lower case.
 */

/** The permit platform's page whose normalized path matches `pattern` (both hosts, http and https). */
export const permitPath =
  (pattern: RegExp) =>
  (url: URL): boolean =>
    isPermitHost(url) && pattern.test(normalizedPath(url));

/** Like `permitPath`, with a single-page app's hash route appended to the path (`/permitrep/report/#/list-rt`). */
export const permitRoute =
  (pattern: RegExp) =>
  (url: URL): boolean =>
    isPermitHost(url) && pattern.test(routeOf(url));

/**
 * A Struts action of the enterprise side, `/permitExt/<folder>/<name>!<method>.action`, matched by
 * its folder, name and one of its methods (`!` may arrive escaped as `%21`).
 */
export const permitAction = (folder: string, name: string, methods: readonly string[]) =>
  permitPath(new RegExp(`^/permitext/${escape(folder)}/${escape(name)}!(?:${methods.map(escape).join('|')})\\.action$`));

/**
 * A page of the public side, served under `/perxxgkinfo/` today and under `/permitExt/` in old
 * deep links (saved pages, documents) on either host.
 */
export const publicPath = (rest: string) => permitPath(new RegExp(`^/(?:perxxgkinfo|permitext)/${rest}$`));

/** The monitoring platform itself (any path of its hosts). */
export const onMonitoringHost = (url: URL): boolean => isMonitoringHost(url);

/** A page of the enterprise side that carries an application card in its query (`cardid=card7`). */
export const hasCardQuery = (url: URL): boolean => /^(?:card)?\d{1,3}$/i.test(queryParam(url, 'cardid')?.trim() ?? '');

function escape(text: string): string {
  return text.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
