// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectPage, mostSpecific, type PageDetection } from '../../../platform/detect';
import { isPageKindId } from '../../../platform/page-kinds';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const card = (action: string, id = 'card1') =>
  `https://permit.mee.gov.cn/permitExt/${action}?dataid=D001&operate=edit${id ? `&cardid=${id}` : ''}&itemtypeid=XZXKTYPE_A`;
const basicInfo = 'syssb/wysb/hpsp/hpsp!pwxkInfo.action';
const fuelCard = 'syssb/wysb/hpsp/yfrl/yuan-fu-ran-liao!fuel.action';
const newCard = 'syssb/wysb/hpsp/newcard!info.action';

const coordinatesDom = () => parse(`<h3>经纬度</h3>经度：<input name="a"> 纬度：<input name="b"><input type="button" value="拾取">`);
const productsDom = () => parse(`<h3>主要产品及产能</h3>行业类别：<select><option>C2614</option></select>`);
const loginDom = () =>
  parse(`<form action="/cas/login"><div id="dError"></div><input name="username"><input type="password"><input name="captcha"></form>`);
const notFoundDom = () => parse('<html><body>未找到对应文件！</body></html>');
const publicDetail = 'https://permit.mee.gov.cn/perxxgkinfo/xkgkAction!xkgk.action?xkgk=getxxgkContent&dataid=5b1e4c2f';
const reportList = 'https://permit.mee.gov.cn/permitrep/report/#/list-rt?year=2025&businessType=RT';
const reportDetail = 'https://permit.mee.gov.cn/permitrep/report/#/report-detail?id=77';

describe('detectPage', () => {
  it.each<[string, Parameters<typeof detectPage>[0], Partial<PageDetection>]>([
    ['a login URL alone', { url: 'https://permit.mee.gov.cn/cas/login' }, { kind: 'login', via: 'url', confidence: 'high', site: 'permit' }],
    ['a root-relative login path', { url: '/cas/login?error=true' }, { kind: 'login', via: 'url' }],
    ['a card by its action, whatever its card number', { url: card(basicInfo, 'card2') }, { kind: 'apply-basic-info', via: 'url', confidence: 'high', cardId: 'card2' }],
    ['a card the FAQ says nothing specific about', { url: card(fuelCard, 'card4') }, { kind: 'apply-card', via: 'url', confidence: 'high', cardId: 'card4' }],
    ['an unfamiliar card action with a card in its query', { url: card(newCard, 'card21') }, { kind: 'apply-card', via: 'url', confidence: 'medium' }],
    ['an unfamiliar card refined by its DOM', { url: card(newCard, 'card21'), document: productsDom() }, { kind: 'apply-products', via: 'url+dom', confidence: 'high', cardId: 'card21' }],
    ['a card whose DOM shows another card keeps its action', { url: card(basicInfo), document: productsDom() }, { kind: 'apply-basic-info', via: 'url', confidence: 'medium' }],
    ['an unknown path with a clear DOM', { url: 'https://permit.mee.gov.cn/permitExt/new/path.action', document: coordinatesDom() }, { kind: 'apply-coordinates', via: 'dom', confidence: 'medium' }],
    ['an unknown path with a weak DOM', { url: 'https://permit.mee.gov.cn/permitExt/new/path.action', document: parse('<h3>整改后申请</h3>') }, { kind: 'rectification', via: 'dom', confidence: 'low' }],
    ['an unknown path with nothing to go on', { url: 'https://permit.mee.gov.cn/permitExt/new/path.action', document: parse('<p>x</p>') }, { kind: 'unknown', via: 'none', confidence: 'low' }],
    ['a login form served at a module URL (expired session)', { url: 'https://permit.mee.gov.cn/permitExt/outside/min_bctb.jsp', document: loginDom() }, { kind: 'login', via: 'dom', confidence: 'medium' }],
    ['a login box on the public home stays the public home', { url: 'https://permit.mee.gov.cn/', document: loginDom() }, { kind: 'public-home', via: 'url', confidence: 'medium' }],
    ['a weak contradiction keeps the URL kind with less confidence', { url: 'https://permit.mee.gov.cn/permitExt/outside/min_bctb.jsp', document: parse('<h3>整改后申请</h3>') }, { kind: 'apply-list', via: 'url', confidence: 'medium' }],
    ['a strong but unrelated DOM kind does not override', { url: 'https://permit.mee.gov.cn/register/registration/list.vm', document: coordinatesDom() }, { kind: 'registration-home', via: 'url', confidence: 'medium' }],
    ['the dashboard showing a module in place', { url: 'https://permit.mee.gov.cn/permitExt/outside/main', document: coordinatesDom() }, { kind: 'apply-coordinates', via: 'url+dom' }],
    ['the dashboard is not refined by a heading alone', { url: 'https://permit.mee.gov.cn/permitExt/outside/main', document: parse('<li class="hrefli"></li><h3>执行报告信息</h3>') }, { kind: 'dashboard', via: 'url' }],
    ['an old deep link answering 「未找到对应文件！」', { url: 'http://permit.mep.gov.cn/permitExt/xkgkAction!xkgk.action?dataid=1', document: notFoundDom() }, { kind: 'public-error', via: 'url+dom' }],
    ['the report list', { url: reportList }, { kind: 'report-home', via: 'url' }],
    ['a report opened from its 年报 card', { url: reportDetail, openedCard: { label: '年报', listUrl: reportList } }, { kind: 'report-annual', via: 'url+card', confidence: 'high' }],
    ['a report opened from its 2季度 card', { url: reportDetail, openedCard: { label: ' 2季度 ', listUrl: reportList } }, { kind: 'report-quarterly', via: 'url+card' }],
    ['a report opened from its 11月 card', { url: reportDetail, openedCard: { label: '11月', listUrl: reportList } }, { kind: 'report-monthly', via: 'url+card' }],
    ['back on the list after opening a card', { url: reportList, openedCard: { label: '年报', listUrl: reportList } }, { kind: 'report-home', via: 'url' }],
    ['the list with another year after opening a card', { url: reportList.replace('2025', '2024'), openedCard: { label: '年报', listUrl: reportList } }, { kind: 'report-home', via: 'url' }],
    ['a card label nobody has seen', { url: reportDetail, openedCard: { label: '半年报', listUrl: reportList } }, { kind: 'report-home', via: 'url' }],
    ['a card opened elsewhere than the report app', { url: reportDetail, openedCard: { label: '年报', listUrl: 'https://permit.mee.gov.cn/permitExt/outside/main' } }, { kind: 'report-home', via: 'url' }],
    ['another host', { url: 'https://example.com/cas/login', document: loginDom() }, { kind: 'unknown', via: 'none', confidence: 'low' }],
    ['a look-alike host', { url: 'https://permit.mee.gov.cn.evil.example/cas/login' }, { kind: 'unknown', via: 'none' }],
    ['the monitoring platform', { url: 'http://wryjc.cnemc.cn/eap/SingleSignOnXKZ' }, { kind: 'monitoring', via: 'url', confidence: 'high', site: 'monitoring' }],
  ])('%s', (_name, input, expected) => {
    expect(detectPage(input)).toMatchObject(expected);
  });

  it('says when a page recognised by its URL shows none of its markers', () => {
    const url = 'https://permit.mee.gov.cn/permitExt/outside/updateEnterMSG.jsp;jsessionid=AB?username=secret';
    expect(detectPage({ url, document: parse('<h3>系统维护中</h3>') })).toMatchObject({
      kind: 'enterprise-info',
      via: 'url',
      unfamiliar: { path: '/permitExt/outside/updateEnterMSG.jsp', missing: ['[name="SocietyCode"]', 'select[name="counties"]'] },
    });
    expect(detectPage({ url, document: parse('<input name="SocietyCode">') })).not.toHaveProperty('unfamiliar');
    // A redesign that keeps the page's heading still lost every marker.
    const search = 'https://permit.mee.gov.cn/perxxgkinfo/syssb/xkgg/xkgg!licenseInformation.action?province=130000';
    expect(detectPage({ url: search, document: parse('<h1>许可信息公开</h1><ul class="result-cards"><li>示例</li></ul>') })).toMatchObject({
      kind: 'public-info',
      via: 'url+dom',
      confidence: 'medium',
      unfamiliar: { path: '/perxxgkinfo/syssb/xkgg/xkgg!licenseInformation.action', missing: ['form#mainForm', 'table.tabtd'] },
    });
    // Without a Document, or on a page whose markers nobody has recorded, there is nothing to compare.
    expect(detectPage({ url })).not.toHaveProperty('unfamiliar');
    expect(detectPage({ url: 'https://permit.mee.gov.cn/permitExt/outside/min_bctb.jsp', document: parse('<p></p>') })).not.toHaveProperty('unfamiliar');
  });

  it('does not report a card id outside application cards', () => {
    expect(detectPage({ url: 'https://permit.mee.gov.cn/cas/login?cardid=card2' })).not.toHaveProperty('cardId');
  });

  it.each<[string, unknown]>([
    ['an empty string', ''],
    ['not a URL', 'not a url at all'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a protocol-relative URL', '//permit.mee.gov.cn/cas/login'],
    ['a number', 42],
    ['undefined', undefined],
    ['null', null],
  ])('answers unknown for %s', (_name, url) => {
    expect(detectPage({ url: url as string })).toEqual({ kind: 'unknown', via: 'none', confidence: 'low' });
  });

  it('survives odd documents', () => {
    const url = 'https://permit.mee.gov.cn/permitExt/new/path.action';
    const frameset = parse('<html><head><title>t</title></head><frameset><frame src="/a"></frameset></html>');
    const noBody = document.implementation.createDocument(null, 'root', null);
    const empty = document.implementation.createHTMLDocument('');
    empty.documentElement.remove();
    for (const doc of [frameset, noBody, empty, {} as Document, null as unknown as Document]) {
      expect(() => detectPage({ url, document: doc })).not.toThrow();
      expect(detectPage({ url, document: doc }).kind).toBe('unknown');
    }
    expect(() => detectPage(undefined as unknown as { url: string })).not.toThrow();
  });
});

describe('detectPage never throws (property)', () => {
  const valid = (detection: PageDetection) =>
    isPageKindId(detection.kind) &&
    ['url', 'dom', 'url+dom', 'none'].includes(detection.via) &&
    ['high', 'medium', 'low'].includes(detection.confidence);

  it('on arbitrary strings and URL-like strings', () => {
    const urlish = fc.oneof(
      fc.string(),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc
        .tuple(
          fc.constantFrom('http://', 'https://', 'HTTPS://', ''),
          fc.constantFrom('permit.mee.gov.cn', 'permit.mep.gov.cn', 'wryjc.cnemc.cn', 'example.com'),
          fc.array(fc.constantFrom('permitExt', 'cas', 'login', 'hpsp!pwxkInfo.action', ';jsessionid=1', '%', '%E4', '..', '', 'permitrep', '#/report'), { maxLength: 6 }),
          fc.string(),
        )
        .map(([scheme, host, parts, tail]) => `${scheme}${host}/${parts.join('/')}?${tail}`),
    );
    fc.assert(
      fc.property(urlish, (url) => {
        expect(valid(detectPage({ url }))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('on random small HTML', () => {
    const tag = fc.constantFrom('div', 'td', 'th', 'tr', 'table', 'label', 'input', 'select', 'h3', 'form', 'frameset', 'button', 'a', 'span', 'li');
    const attr = fc.constantFrom('', ' id="dError"', ' type="password"', ' type="file"', ' name="longitude"', ' class="errorTip"', ' hidden', ' style="display:none"', ' for="x"', ' id="x"', ' value="拾取"');
    const text = fc.constantFrom('', '经度', '纬度', '统一社会信用代码', '营业执照', '年度执行报告', '有效期限', '延续', '遗失声明', '产品产能', '行业类别', '<', '&amp;', '省', '市', '县');
    const fragment = fc
      .array(fc.tuple(tag, attr, text, fc.boolean()), { maxLength: 25 })
      .map((parts) => parts.map(([t, a, x, close]) => `<${t}${a}>${x}${close ? `</${t}>` : ''}`).join(''));
    fc.assert(
      fc.property(fragment, fc.constantFrom('https://permit.mee.gov.cn/permitExt/new/path.action', 'https://permit.mee.gov.cn/permitExt/outside/main', '/x'), (html, url) => {
        const detection = detectPage({ url, document: parse(html) });
        expect(valid(detection)).toBe(true);
      }),
      { numRuns: 300 },
    );
    // Parsing 300 documents is slow on a busy machine.
  }, 30_000);
});

describe('mostSpecific', () => {
  const d = (kind: PageDetection['kind'], via: PageDetection['via'] = 'url'): PageDetection => ({ kind, via, confidence: 'high' });

  it('picks the most specific kind of the frames', () => {
    expect(mostSpecific([d('dashboard'), d('apply-coordinates'), d('unknown', 'none')]).kind).toBe('apply-coordinates');
  });

  it('never lets a frame of another site decide the tab (the public detail’s monitoring frame)', () => {
    const top = detectPage({ url: publicDetail });
    const frame = detectPage({ url: 'https://wryjc.mee.gov.cn/gkpt/mainJcxx?dataid=1' });
    expect([top.kind, frame.kind]).toEqual(['public-info', 'monitoring']);
    expect(mostSpecific([top, frame])).toEqual(top);
    // A module frame of the same site still does.
    expect(mostSpecific([detectPage({ url: 'https://permit.mee.gov.cn/permitExt/outside/main' }), detectPage({ url: card(basicInfo) })]).kind).toBe('apply-basic-info');
  });

  it('lets the later report win a tie', () => {
    expect(mostSpecific([d('dashboard'), d('apply-list'), d('change', 'dom')])).toEqual(d('change', 'dom'));
    expect(mostSpecific([d('dashboard'), d('change'), d('apply-list')]).kind).toBe('apply-list');
  });

  it('answers unknown for nothing or for invalid entries', () => {
    expect(mostSpecific([])).toEqual({ kind: 'unknown', via: 'none', confidence: 'low' });
    expect(mostSpecific([{ kind: 'nonsense' } as unknown as PageDetection, null as unknown as PageDetection]).kind).toBe('unknown');
    expect(mostSpecific(undefined as unknown as PageDetection[]).kind).toBe('unknown');
  });

  it('keeps a platform page over an unknown frame', () => {
    expect(mostSpecific([d('dashboard'), d('unknown', 'none')]).kind).toBe('dashboard');
  });
});
