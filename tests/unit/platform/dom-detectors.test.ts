// @vitest-environment happy-dom
// (happy-dom prints that it does not load the dashboard's iframes: expected, pages are checked one document at a time.)
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../platform/detect';
import { detectFromDom } from '../../../platform/dom-detectors';
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

/** Kinds a page's DOM alone is expected to reveal, whatever its URL. */
const domCoveredKinds = new Set<PageKindId>([
  'apply-attachments',
  'apply-coordinates',
  'apply-basic-info',
  'apply-capacity',
  'apply-wastewater',
  'login',
  'register',
  'forgot-account',
  'enterprise-info',
  'report-annual',
  'report-quarterly',
  'report-monthly',
  'renewal',
  'reissue',
]);
const unknownPath = 'https://permit.mee.gov.cn/permitExt/new/path.action';

describe('detectPage on every mock platform page', () => {
  it('has mock routes to check', () => {
    expect(mockRoutes.length).toBeGreaterThan(10);
  });

  it.each(routes)('%s is detected as its route kind', (_name, route) => {
    const { url, document } = render(route);
    expect(detectPage({ url, document }).kind).toBe(route.kind);
  });

  // A redirect's body is only a 「正在跳转」 link: there is no page DOM to recognize.
  const domRoutes = routes.filter(([, route]) => domCoveredKinds.has(route.kind) && !isRedirect(route));
  it.each(domRoutes)('%s is still detected from its DOM under an unknown URL', (_name, route) => {
    const { document } = render(route);
    const detection = detectPage({ url: unknownPath, document });
    expect(detection).toMatchObject({ kind: route.kind, via: 'dom' });
  });

  it('covers every DOM-detectable kind with at least one mock page', () => {
    const mocked = new Set(mockRoutes.map((route) => route.kind));
    const missing = [...domCoveredKinds].filter((kind) => !mocked.has(kind));
    expect(missing, 'These kinds have no mock page to test DOM detection on').toEqual([]);
  });
});

/** A minimal page: a title and a body. */
const page = (body: string, title = '测试页面'): Document =>
  parse(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`);

const regionSelects = `<select id="sheng"><option>--请选择省--</option></select>
<select id="shi"><option>--请选择市--</option></select><select id="xian"><option>--请选择县--</option></select>`;

describe('DOM detection variations', () => {
  it.each<[string, Document, PageKindId]>([
    [
      'coordinates labelled in a td before the input',
      page(`<table><tr><td>经度</td><td><input id="a"></td><td>纬度</td><td><input id="b"></td></tr></table>
        <button type="button">拾取</button>`),
      'apply-coordinates',
    ],
    [
      'coordinates labelled via <label for>',
      page(`<label for="x1">经度</label><div><input id="x1"></div><label for="y1">纬度</label><div><input id="y1"></div>
        <a href="javascript:void(0)" class="easyui-linkbutton"><span class="l-btn-text">定位</span></a>`),
      'apply-coordinates',
    ],
    [
      'coordinates only as hidden inputs named longitude/latitude, with a 定位 button',
      page(`<input type="hidden" name="longitude"><input type="hidden" name="latitude"><input type="button" value="定位">`),
      'apply-coordinates',
    ],
    [
      'credit code labelled in a th, region selects, no password',
      page(`<table><tr><th>统一社会信用代码：</th><td><input name="a1"></td></tr><tr><th>地址</th><td>${regionSelects}</td></tr></table>`),
      'apply-basic-info',
    ],
    [
      'credit code via label for, with password and email',
      page(`<label for="c">社会信用代码</label><input id="c"><label for="m">电子邮箱</label><input id="m" type="email">
        <label for="p">密码</label><input id="p" type="password">`),
      'register',
    ],
    [
      'enterprise info heading with a credit code field',
      page(`<h2>修改企业基本信息</h2><table><tr><th>统一社会信用代码</th><td><input name="q"></td></tr></table>${regionSelects}`),
      'enterprise-info',
    ],
    [
      'a login form with an error box and a captcha image',
      page(`<form action="/cas/login"><div id="dError"></div><input name="username"><input type="password" name="password">
        <input name="yzm"><img src="/cas/kaptcha.jpg"></form>`),
      'login',
    ],
    [
      'a file input in a row that mentions 营业执照',
      page(`<table><tr><td>营业执照副本</td><td><input type="file"></td></tr></table>`),
      'apply-attachments',
    ],
    [
      'several file inputs under an 附件上传 heading',
      page(`<h3>附件上传</h3><input type="file"><input type="file">`),
      'apply-attachments',
    ],
    [
      'capacity heading with an industry select labelled in a td',
      page(`<h3>产品产能</h3><table><tr><td>行业类别</td><td><select><option>C2614</option></select></td></tr></table>`),
      'apply-capacity',
    ],
    [
      'wastewater heading with table columns',
      page(`<div class="panel-title">废水产治排</div><table><tr><th>废水类别</th><th>排放去向</th></tr></table>`),
      'apply-wastewater',
    ],
    ['an annual report heading', page(`<h2>2024年度执行报告</h2>`), 'report-annual'],
    ['a quarterly report as the selected tab', page(`<ul><li class="active">季度执行报告</li><li><a>月度执行报告</a></li></ul>`), 'report-quarterly'],
    ['a monthly report in the title', page('<p>填报中</p>', '月度执行报告-排污许可'), 'report-monthly'],
    [
      'validity period with a 延续 button',
      page(`<table><tr><th>有效期限</th><td>2021-03-01至2026-02-28</td></tr></table><input type="button" value="申请延续">`),
      'renewal',
    ],
    ['a loss statement heading', page(`<div class="box-title">遗失声明</div>`), 'reissue'],
  ])('%s', (_name, document, kind) => {
    expect(detectFromDom(document)?.kind).toBe(kind);
  });

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
