import { Window } from 'happy-dom';
import { findMockRoute, type MockSite } from '../../../tests/mock-platform/routes';

/**
 * One happy-dom window for parsing. Its console drops messages: parsing the dashboard makes
 * happy-dom report that it will not load the `mainFrame` iframe, which is expected here.
 */
const parserWindow = new Window({
  url: 'https://permit.mee.gov.cn/',
  console: { ...console, error: () => undefined, warn: () => undefined, log: () => undefined },
});

export function parseHtml(html: string): Document {
  return new parserWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** Renders a mock page without the server and parses it. */
export function renderPage(path: string, opts: { site?: MockSite; method?: string; body?: string } = {}): Document {
  const url = new URL(path, 'https://permit.mee.gov.cn');
  const route = findMockRoute(opts.site ?? 'permit', url);
  if (!route) throw new Error(`no mock route for ${path}`);
  const out = route.render({ url, method: opts.method ?? 'GET', body: opts.body ?? '' });
  return parseHtml(out.html);
}

export const text = (doc: Document, selector: string) => doc.querySelector(selector)?.textContent?.trim() ?? '';
