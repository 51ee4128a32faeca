import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { startMockPlatform, type MockPlatform } from '../../../tests/mock-platform/server';
import { rawRequest } from './http-client';

let platform: MockPlatform;

beforeAll(async () => {
  platform = await startMockPlatform();
});
afterEach(() => platform.resetScenarios());
afterAll(async () => {
  await platform.close();
});

const home = '/permitExt/defaults/default-index!getInformation.action';

describe('scenarios', () => {
  it.each([15, -30, 600])('skew %i minutes shifts the Date header and nothing else', async (minutes) => {
    platform.setScenario('permit', { mode: 'skew', minutes });
    const res = await rawRequest({ port: platform.port, path: home, tls: true });
    expect(res.status).toBe(200);
    const shift = Date.parse(String(res.headers.date)) - Date.now();
    expect(Math.abs(shift - minutes * 60_000)).toBeLessThan(5_000);
    expect(res.text).toContain('全国排污许可证管理信息平台-公开端');
  });

  it('applies a scenario to its target only', async () => {
    platform.setScenario('monitoring', { mode: 'error500' });
    expect((await rawRequest({ port: platform.port, path: home })).status).toBe(200);
    const res = await rawRequest({ port: platform.port, path: '/eap/index', host: 'wryjc.cnemc.cn' });
    expect(res.status).toBe(500);
    expect((await rawRequest({ port: platform.port, path: '/gkpt', host: 'wryjc.mee.gov.cn' })).status).toBe(500);
  });

  it('error500 answers an error page', async () => {
    platform.setScenario('permit', { mode: 'error500' });
    const res = await rawRequest({ port: platform.port, path: '/cas/login', tls: true });
    expect(res.status).toBe(500);
    expect(res.headers['content-type']).toBe('text/html; charset=UTF-8');
    expect(res.text).toContain('HTTP Status 500');
  });

  it('challenge412 answers a script that sets a cookie and reloads', async () => {
    platform.setScenario('permit', { mode: 'challenge412' });
    const res = await rawRequest({ port: platform.port, path: home });
    expect(res.status).toBe(412);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toContain('document.cookie');
    expect(res.text).toContain('location.reload()');
    expect(res.text).not.toContain('全国排污许可证管理信息平台');
  });

  it('timeout never answers', async () => {
    platform.setScenario('permit', { mode: 'timeout' });
    const started = Date.now();
    await expect(rawRequest({ port: platform.port, path: home, timeoutMs: 1_000 })).rejects.toThrow('timeout');
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
  });

  it('slow delays the answer', async () => {
    platform.setScenario('permit', { mode: 'slow', ms: 400 });
    const started = Date.now();
    const res = await rawRequest({ port: platform.port, path: home, tls: true });
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
  });

  it('resetScenarios returns to normal answers', async () => {
    platform.setScenario('permit', { mode: 'error500' });
    platform.resetScenarios();
    expect((await rawRequest({ port: platform.port, path: home })).status).toBe(200);
  });
});

describe('control over HTTP', () => {
  it('sets a scenario from any host and resets it', async () => {
    const set = await rawRequest({
      port: platform.port,
      path: '/__mock__/scenario?target=permit&mode=skew&minutes=15',
      host: 'wryjc.cnemc.cn',
    });
    expect(set.status).toBe(200);
    expect(JSON.parse(set.text)).toMatchObject({ scenarios: { permit: { mode: 'skew', minutes: 15 } } });
    const skewed = await rawRequest({ port: platform.port, path: home });
    expect(Date.parse(String(skewed.headers.date)) - Date.now()).toBeGreaterThan(14 * 60_000);
    const reset = await rawRequest({ port: platform.port, path: '/__mock__/reset', tls: true });
    expect(JSON.parse(reset.text)).toMatchObject({ scenarios: { permit: { mode: 'ok' }, monitoring: { mode: 'ok' } } });
  });

  it('still answers control requests while the target times out', async () => {
    platform.setScenario('permit', { mode: 'timeout' });
    const reset = await rawRequest({ port: platform.port, path: '/__mock__/reset', timeoutMs: 1_000 });
    expect(reset.status).toBe(200);
    expect((await rawRequest({ port: platform.port, path: home, timeoutMs: 1_000 })).status).toBe(200);
  });

  it.each([
    '/__mock__/scenario?target=permit&mode=skew',
    '/__mock__/scenario?target=permit&mode=slow&ms=-5',
    '/__mock__/scenario?target=admin&mode=ok',
    '/__mock__/scenario?target=permit&mode=explode',
  ])('rejects %s with 400', async (path) => {
    const res = await rawRequest({ port: platform.port, path });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/json; charset=UTF-8');
  });

  it('lists the routes', async () => {
    const res = await rawRequest({ port: platform.port, path: '/__mock__/routes' });
    const routes = JSON.parse(res.text) as { path: string; kind: string }[];
    expect(routes.find((r) => r.path === '/cas/login')?.kind).toBe('login');
  });
});

describe('close()', () => {
  it('ends even while a timeout request holds its socket', async () => {
    const own = await startMockPlatform();
    own.setScenario('permit', { mode: 'timeout' });
    const pending = rawRequest({ port: own.port, path: home, tls: true }).catch((error: Error) => error);
    const slowPending = (() => {
      own.setScenario('monitoring', { mode: 'slow', ms: 60_000 });
      return rawRequest({ port: own.port, path: '/eap/index', host: 'wryjc.cnemc.cn' }).catch((error: Error) => error);
    })();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await pending).toBeInstanceOf(Error);
    expect(await slowPending).toBeInstanceOf(Error);
    await expect(rawRequest({ port: own.port, path: home, timeoutMs: 1_000 })).rejects.toThrow();
  });
});
