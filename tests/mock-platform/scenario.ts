import { esc, htmlDocument, script } from './layout/html';

/** How the mock answers for one target's hosts (set by the diagnosis tests). */
export type Scenario =
  | { mode: 'ok' }
  | { mode: 'skew'; minutes: number }
  | { mode: 'timeout' }
  | { mode: 'error500' }
  | { mode: 'challenge412' }
  | { mode: 'slow'; ms: number };

export type ScenarioTarget = 'permit' | 'monitoring';

export function isScenarioTarget(value: string | null): value is ScenarioTarget {
  return value === 'permit' || value === 'monitoring';
}

/** Reads `mode` (+ `minutes` / `ms`) from the control URL's query; undefined when invalid. */
export function scenarioFromQuery(query: URLSearchParams): Scenario | undefined {
  const mode = query.get('mode');
  const number = (name: string) => {
    const raw = query.get(name);
    const value = raw === null || raw.trim() === '' ? NaN : Number(raw);
    return Number.isFinite(value) ? value : undefined;
  };
  switch (mode) {
    case 'ok':
    case 'timeout':
    case 'error500':
    case 'challenge412':
      return { mode };
    case 'skew': {
      const minutes = number('minutes');
      return minutes === undefined ? undefined : { mode, minutes };
    }
    case 'slow': {
      const ms = number('ms');
      return ms === undefined || ms < 0 ? undefined : { mode, ms };
    }
    default:
      return undefined;
  }
}

/** Tomcat-style error pages, as the Java platform shows them. */
export function tomcatErrorPage(status: 404 | 500, path: string): string {
  const reason = status === 404 ? 'Not Found' : 'Internal Server Error';
  const detail =
    status === 404
      ? `The requested resource [${esc(path)}] is not available`
      : 'The server encountered an internal error that prevented it from fulfilling this request.';
  return htmlDocument({
    title: `HTTP Status ${status} – ${reason}`,
    doctype: 'html5',
    body: `<h1>HTTP Status ${status} – ${reason}</h1><hr class="line" />
<p><b>Type</b> ${status === 404 ? 'Status Report' : 'Exception Report'}</p>
<p><b>Message</b> ${status === 404 ? esc(path) : 'Request processing failed'}</p>
<p><b>Description</b> ${detail}</p>
<hr class="line" /><h3>Apache Tomcat/7.0.79</h3>`,
  });
}

const CHALLENGE_COOKIE = 'FSSBBIl1UgzbN7N80S';

/**
 * Looks like the JS challenge pages of Chinese WAFs: a meta token and a script that sets a
 * cookie and reloads. It reloads only once (when the cookie is not yet set), so a browser
 * under this scenario does not loop.
 */
export function challengePage(): string {
  const token = Buffer.from(String(Date.now())).toString('base64').replace(/=+$/, '');
  return htmlDocument({
    title: '',
    doctype: 'html5',
    head: `<meta id="9DhefwqGPrzGxEp9hPaoag" content="${token}">`,
    body: script(`
(function () {
  var name = '${CHALLENGE_COOKIE}';
  if (document.cookie.indexOf(name + '=') >= 0) { return; }
  var t = document.getElementById('9DhefwqGPrzGxEp9hPaoag').getAttribute('content');
  document.cookie = name + '=' + t.split('').reverse().join('') + '; path=/';
  setTimeout(function () { location.reload(); }, 300);
})();
`),
  });
}
