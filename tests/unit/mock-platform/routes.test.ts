import { describe, expect, it } from 'vitest';
import { isPageKindId } from '../../../platform/page-kinds';
import { findMockRoute, mockRoutes, splitRoutePath } from '../../../tests/mock-platform/routes';

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

  it('gives every route a Chinese title and a root-relative path', () => {
    for (const route of mockRoutes) {
      expect(route.title, route.path).toMatch(/[\u4e00-\u9fff]/);
      expect(route.path.startsWith('/'), route.path).toBe(true);
    }
  });

  it('marks about ten main pages, one per kind', () => {
    const main = mockRoutes.filter((r) => r.main).map((r) => r.kind);
    expect(main.length).toBeGreaterThanOrEqual(8);
    expect(main.length).toBeLessThanOrEqual(12);
    expect(new Set(main).size).toBe(main.length);
    expect(main).toEqual(
      expect.arrayContaining(['public-home', 'login', 'register', 'dashboard', 'apply-basic-info', 'apply-attachments', 'renewal', 'report-home', 'registration-home']),
    );
  });
  // That the mock serves every page kind is checked with the registry (tests/unit/platform/kind-registry.test.ts).
});

describe('findMockRoute', () => {
  it.each([
    ['/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action?dataid=D001&cardid=card1', 'apply-basic-info'],
    ['/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action?cardid=card2&dataid=D001&t=1', 'apply-basic-info'],
    ['/permitExt/syssb/ckxm/ckxm!listBcyx.action?itemTypeID=XZXKTYPE_D&itemtype=TYPED&yxqz=2026-12-31', 'renewal'],
    ['/perxxgkinfo/xkgkAction!xkgk.action?xkgk=getxxgkContent&dataid=A1B2C3D4E5F60001', 'public-info'],
    ['/permitrep/report/monthly', 'report-home'],
    ['/permitrep/some/deep/view', 'report-home'],
    ['/perxxgkinfo/errorinfo.jsp', 'public-error'],
  ] as const)('%s → %s', (path, kind) => {
    expect(findMockRoute('permit', at(path))?.kind).toBe(kind);
  });

  it.each([
    '/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action?dataid=D001',
    '/permitExt/syssb/ckxm/ckxm!listBcyx.action',
    '/permitExt/outside/main/',
    '/PERMITEXT/outside/main',
    '/permitrep',
  ])('finds nothing for %s', (path) => {
    expect(findMockRoute('permit', at(path))).toBeUndefined();
  });

  it('keeps the sites apart', () => {
    expect(findMockRoute('monitoring', at('/eap/SingleSignOnXKZ'))?.kind).toBe('monitoring');
    expect(findMockRoute('permit', at('/eap/SingleSignOnXKZ'))).toBeUndefined();
    expect(findMockRoute('monitoring', at('/permitrep/home'))).toBeUndefined();
    expect(findMockRoute('monitoring', at('/'))?.kind).toBe('monitoring');
    expect(findMockRoute('permit', at('/'))?.kind).toBe('public-home');
  });

  it('splits a route path into pathname and required query', () => {
    expect(splitRoutePath('/a!b.action?x=1&y=TYPE_D')).toEqual({ pathname: '/a!b.action', query: [['x', '1'], ['y', 'TYPE_D']] });
    expect(splitRoutePath('/cas/login')).toEqual({ pathname: '/cas/login', query: [] });
  });
});
