// @vitest-environment happy-dom
// (happy-dom prints that it does not load the dashboard's iframes: expected, pages are checked one document at a time.)
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../platform/detect';
import { detectFromDom } from '../../../platform/dom-detectors';
import { pageKindRegistry } from '../../../platform/kinds';
import type { PageKindId } from '../../../platform/page-kinds';
import { mockRoutes, mockRouteUrl, type MockRoute } from '../../mock-platform/routes';

const origins = { permit: 'https://permit.mee.gov.cn', monitoring: 'https://wryjc.cnemc.cn' } as const;

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function respond(route: MockRoute) {
  const url = mockRouteUrl(route, origins[route.site]);
  return { url, ...route.render({ url: new URL(url), method: 'GET', body: '' }) };
}

function render(route: MockRoute): { url: string; document: Document } {
  const { url, html } = respond(route);
  return { url, document: parse(html) };
}

const isRedirect = (route: MockRoute): boolean => {
  const { status } = respond(route);
  return status !== undefined && status >= 300 && status < 400;
};


const routeName = (route: MockRoute): string => `${route.site} ${route.path}`;
const routes = mockRoutes.map((route) => [routeName(route), route] as const);

/** Kinds only the Document reveals: nobody has recorded their URLs. */
const domOnlyKinds = new Set<PageKindId>(pageKindRegistry.filter((kind) => kind.urls.length === 0 && kind.dom?.length).map((kind) => kind.id));
const unknownPath = 'https://permit.mee.gov.cn/permitExt/new/path.action';

describe('detectPage on every mock platform page', () => {
  it('has mock routes to check', () => {
    expect(mockRoutes.length).toBeGreaterThan(10);
  });

  it.each(routes)('%s is detected as its route kind', (_name, route) => {
    const { url, document } = render(route);
    const detection = detectPage({ url, document });
    expect(detection.kind).toBe(route.kind);
    // Every page the notes describe shows the markers the helper knows of it; a redirect shows no page.
    if (route.unfamiliar) expect(detection.unfamiliar?.missing.length).toBeGreaterThan(0);
    else if (!isRedirect(route)) expect(detection.unfamiliar).toBeUndefined();
  });

  // A redirect's body is only a 「正在跳转」 link: there is no page DOM to recognize.
  const domRoutes = routes.filter(([, route]) => domOnlyKinds.has(route.kind) && !isRedirect(route));
  it.each(domRoutes)('%s is still detected from its DOM under an unknown URL', (_name, route) => {
    const { document } = render(route);
    const detection = detectPage({ url: unknownPath, document });
    expect(detection).toMatchObject({ kind: route.kind, via: 'dom' });
  });

  it('covers every DOM-detectable kind with at least one mock page', () => {
    const mocked = new Set(mockRoutes.map((route) => route.kind));
    const missing = [...domOnlyKinds].filter((kind) => !mocked.has(kind));
    expect(missing, 'These kinds have no mock page to test DOM detection on').toEqual([]);
  });
});

/** A minimal page: a title and a body. */
const page = (body: string, title = '测试页面'): Document =>
  parse(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`);

describe('DOM detection finds nothing where nothing is certain', () => {
  // What each kind recognises is in its DOM rules' fixtures (kind-registry.test.ts).
  it.each<[string, Document]>([
    ['an empty page', page('')],
    ['a menu that only links to every report', page(`<ul class="menu"><li><a href="/a">年度执行报告</a></li><li><a href="/b">遗失声明</a></li></ul>`)],
    ['经度/纬度 inputs without a picker button', page(`经度：<input name="a"> 纬度：<input name="b">`)],
    ['a login-like form without a captcha', page(`<div id="dError"></div><input name="u"><input type="password">`)],
    ['a single file input with no licence text', page(`<input type="file">`)],
    ['a hidden 年度执行报告 heading', page(`<h2 style="display: none">年度执行报告</h2>`)],
    ['有效期限 without 延续', page(`<table><tr><th>有效期限</th><td>2021-03-01至2026-02-28</td></tr></table>`)],
  ])('finds nothing in %s', (_name, document) => {
    expect(detectFromDom(document)).toBeUndefined();
  });
});
