import { describe, expect, it } from 'vitest';
import { isPageKindId, pageKindIds, type PageKindId } from '../../../platform/page-kinds';
import { cardUrl } from '../../../tests/mock-platform/data/cards';
import { findMockRoute, mockRouteHost, mockRoutes, splitRoutePath } from '../../../tests/mock-platform/routes';

const at = (path: string) => new URL(path, 'https://permit.mee.gov.cn');

describe('route index', () => {
  it('uses only known page kinds', () => {
    const bad = mockRoutes.filter((r) => !isPageKindId(r.kind)).map((r) => `${r.path}: ${r.kind}`);
    expect(bad, 'use an id from platform/page-kinds.ts').toEqual([]);
  });

  it('has one route per site and path', () => {
    const keys = mockRoutes.map((r) => `${r.site} ${r.path}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('gives every route a Chinese title (or none, for a bare-text answer) and a root-relative path', () => {
    for (const route of mockRoutes) {
      if (route.title !== '') expect(route.title, route.path).toMatch(/[\u4e00-\u9fff]/);
      expect(route.path.startsWith('/'), route.path).toBe(true);
    }
    expect(mockRoutes.filter((r) => r.title === '').length).toBeLessThanOrEqual(5);
  });

  it('marks main pages, one per kind, for the screenshots', () => {
    const main = mockRoutes.filter((r) => r.main).map((r) => r.kind);
    expect(new Set(main).size).toBe(main.length);
    expect(main).toEqual(
      expect.arrayContaining([
        'public-home', 'public-notice', 'public-announcement', 'public-info', 'public-error', 'login', 'register', 'dashboard',
        'enterprise-info', 'apply-basic-info', 'apply-products', 'apply-pollution-facilities', 'apply-attachments', 'apply-coordinates',
        'renewal', 'report-home', 'unified-report', 'ledger', 'correction', 'registration-home',
      ]),
    );
  });

  it('serves every page kind of the registry (a report’s period only by opening its card)', () => {
    const served = new Set<PageKindId>([...mockRoutes.map((r) => r.kind), 'report-annual', 'report-quarterly', 'report-monthly']);
    expect(pageKindIds.filter((k) => !served.has(k))).toEqual([]);
  });

  it('serves at least two variants where the notes say nobody knows the page', () => {
    const variants = (kind: PageKindId) => mockRoutes.filter((r) => r.kind === kind && r.variant).length;
    for (const kind of ['login', 'forgot-account', 'register', 'dashboard', 'apply-coordinates', 'apply-attachments', 'apply-basic-info', 'report-home', 'correction', 'ledger'] as const) {
      expect(variants(kind), kind).toBeGreaterThanOrEqual(2);
    }
  });

  it('visits old deep links on permit.mep.gov.cn and the monitoring frame on wryjc.mee.gov.cn', () => {
    expect(mockRoutes.filter((r) => mockRouteHost(r) === 'permit.mep.gov.cn').length).toBeGreaterThanOrEqual(4);
    expect(mockRouteHost(mockRoutes.find((r) => r.path === '/gkpt')!)).toBe('wryjc.mee.gov.cn');
  });
});

describe('findMockRoute', () => {
  it.each([
    [cardUrl('card50'), 'apply-guide'],
    [cardUrl('card1', 'readonly'), 'apply-basic-info'],
    [`${cardUrl('card2')}&t=1`, 'apply-products'],
    [cardUrl('card3'), 'apply-capacity-supplement'],
    [cardUrl('card4'), 'apply-card'],
    [cardUrl('card5', 'readonly'), 'apply-pollution-facilities'],
    [cardUrl('card18'), 'apply-attachments'],
    ['/permitExt/syssb/ckxm/ckxm!listBcyx.action?itemTypeID=XZXKTYPE_D&itemtype=TYPED&yxqz=2026-12-31', 'renewal'],
    ['/perxxgkinfo/xkgkAction!xkgk.action?xkgk=getxxgkContent&dataid=8e41c0b7d29a4f6e93b5a0c1d7e2f864', 'public-info'],
    ['/perxxgkinfo/syssb/xkgg/xkgg!getNewsDetail.action?pkid=anything', 'public-notice'],
    ['/permitExt/syssb/xxgk/xxgk!showggfk.action?pkid=9c3e1a7f5b2d4e6081a9c7b5d3f1e2a4', 'public-announcement'],
    ['/perxxgkinfo/errorinfo.jsp', 'public-error'],
    ['/permitrep/report/#/list-env?year=2025&businessType=ENV', 'unified-report'],
    ['/permitrep/report/', 'report-home'],
  ] as const)('%s → %s', (path, kind) => {
    expect(findMockRoute('permit', at(path))?.kind).toBe(kind);
  });

  it.each([
    '/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action?dataid=D001&cardid=card2',
    '/permitExt/syssb/ckxm/ckxm!listBcyx.action',
    '/permitExt/outside/main/',
    '/PERMITEXT/outside/main',
    '/permitrep/report/annual',
    '/permitrep/home',
  ])('finds nothing for %s', (path) => {
    expect(findMockRoute('permit', at(path))).toBeUndefined();
  });

  it('keeps the sites apart', () => {
    expect(findMockRoute('monitoring', at('/eap/SingleSignOnXKZ'))?.kind).toBe('monitoring');
    expect(findMockRoute('permit', at('/eap/SingleSignOnXKZ'))).toBeUndefined();
    expect(findMockRoute('monitoring', at('/permitrep/report/'))).toBeUndefined();
    expect(findMockRoute('monitoring', at('/'))?.kind).toBe('monitoring');
    expect(findMockRoute('permit', at('/'))?.kind).toBe('public-home');
  });

  it('splits a route path into pathname, required query and hash', () => {
    expect(splitRoutePath('/a!b.action?x=1&y=TYPE_D')).toEqual({ pathname: '/a!b.action', query: [['x', '1'], ['y', 'TYPE_D']], hash: '' });
    expect(splitRoutePath('/cas/login')).toEqual({ pathname: '/cas/login', query: [], hash: '' });
    expect(splitRoutePath('/app/#/list?year=1')).toEqual({ pathname: '/app/', query: [], hash: '#/list?year=1' });
  });
});
