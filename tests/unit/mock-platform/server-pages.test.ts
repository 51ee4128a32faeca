import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockRoutes, type MockRoute } from '../../../tests/mock-platform/routes';
import { startMockPlatform, type MockPlatform } from '../../../tests/mock-platform/server';
import { followRequest, rawRequest, titleOf } from './http-client';

let platform: MockPlatform;

beforeAll(async () => {
  platform = await startMockPlatform();
});
afterAll(async () => {
  await platform.close();
});

const hostOf = (route: MockRoute) => (route.site === 'permit' ? 'permit.mee.gov.cn' : 'wryjc.cnemc.cn');
const routeCases = mockRoutes.map((route) => [`${route.site} ${route.path}`, route] as const);

describe.each([
  ['http', false],
  ['https', true],
])('every route over %s', (_scheme, tls) => {
  it.each(routeCases)('%s answers 200 with its title in UTF-8', async (_name, route) => {
    const res = await followRequest({ port: platform.port, path: route.path, host: hostOf(route), tls });
    expect(res.status, `${route.path} ended at ${res.path}`).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=UTF-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(Math.abs(Date.parse(String(res.headers.date)) - Date.now())).toBeLessThan(5_000);
    expect(res.text).toMatch(/<meta [^>]*charset=["']?UTF-8/i);
    // The body decodes as UTF-8 without replacement characters and holds Chinese text.
    expect(res.text).not.toContain('\uFFFD');
    expect(res.text).toMatch(/[\u4e00-\u9fff]/);
    // Redirecting routes (LicenseRedirect, autoLoginExt.vm, logout) end on another route's page.
    const landed = mockRoutes.find((r) => r.site === route.site && r.path === res.path) ?? route;
    expect(titleOf(res.text)).toBe(landed.title);
  });
});

describe('hosts and paths', () => {
  it('serves the monitoring platform on both monitoring hosts, over https too', async () => {
    for (const host of ['wryjc.cnemc.cn', 'wryjc.mee.gov.cn']) {
      const res = await rawRequest({ port: platform.port, path: '/gkpt', host, tls: true });
      expect(res.status).toBe(200);
      expect(res.text).toContain('全国污染源监测信息管理与共享平台');
    }
  });

  it.each(['permit.mep.gov.cn', '127.0.0.1', 'localhost'])('treats host %s as the permit platform', async (host) => {
    const res = await rawRequest({ port: platform.port, path: '/cas/login', host });
    expect(res.status).toBe(200);
    expect(titleOf(res.text)).toBe('全国排污许可证管理信息平台-企业端登录');
  });

  it('keeps the two sites apart', async () => {
    expect((await rawRequest({ port: platform.port, path: '/cas/login', host: 'wryjc.cnemc.cn' })).status).toBe(404);
    expect((await rawRequest({ port: platform.port, path: '/gkpt' })).status).toBe(404);
  });

  it.each(['/no/such/page.action', '/permitExt/outside/nothing.jsp', '/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action?dataid=D001&cardid=card99'])(
    'answers 404 with a Tomcat-style page for %s',
    async (path) => {
      const res = await rawRequest({ port: platform.port, path, tls: true });
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=UTF-8');
      expect(res.text).toContain('HTTP Status 404');
    },
  );

  it.each(['/permitrep/', '/permitrep/report/annual/2025', '/permitrep/anything/else'])(
    'answers the execution-report shell for %s',
    async (path) => {
      const res = await rawRequest({ port: platform.port, path });
      expect(res.status).toBe(200);
      expect(res.text).toContain('history.pushState');
      expect(res.text).toContain('id="app"');
    },
  );

  it('serves the captcha as a real PNG image', async () => {
    const res = await rawRequest({ port: platform.port, path: '/cas/kaptcha.jpg', tls: true });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect([...res.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(res.body.readUInt32BE(16)).toBe(96);
    expect(res.body.readUInt32BE(20)).toBe(32);
  });
});

describe('login and forms over HTTP', () => {
  const form = (fields: Record<string, string>) => ({
    method: 'POST',
    body: new URLSearchParams(fields).toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  });

  it('logs demo in and lands on the dashboard', async () => {
    const res = await rawRequest({ port: platform.port, path: '/cas/login', ...form({ username: 'demo', password: 'x' }) });
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/permitExt/outside/LicenseRedirect');
    const landed = await followRequest({ port: platform.port, path: res.headers.location ?? '' });
    expect(landed.path).toBe('/permitExt/outside/main');
    expect(landed.text).toContain('id="mainFrame"');
  });

  it('sends a wrong login to the error state with #dError', async () => {
    const res = await followRequest({ port: platform.port, path: '/cas/login', ...form({ username: 'nobody', password: 'x' }) });
    expect(res.path).toMatch(/^\/cas\/login\?error=true/);
    expect(res.text).toMatch(/<div id="dError"[^>]*>用户名或密码错误/);
    expect(res.text).not.toContain("alert('用户名或密码错误");
  });

  it('adds the alert only with ?error=true&alert=1', async () => {
    const res = await rawRequest({ port: platform.port, path: '/cas/login?error=true&alert=1' });
    expect(res.text).toContain("alert('用户名或密码错误，请重新输入')");
  });

  it('answers a registration with 注册单位名称已存在', async () => {
    const res = await rawRequest({
      port: platform.port,
      path: '/permitExt/outside/registration.jsp',
      ...form({ enterName: '测试单位', creditCode: '91110108MA01C3XK2X' }),
    });
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/class="errorTip"[^>]*>注册单位名称已存在/);
    expect(res.text).toContain("alert('注册单位名称已存在')");
    expect(res.text).toContain('value="测试单位"');
  });

  it('accepts a multipart upload and answers with an alert', async () => {
    const boundary = '----mockboundary';
    const body = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="fjlx"',
      '',
      'YYZZ',
      `--${boundary}`,
      'Content-Disposition: form-data; name="file"; filename="营业执照.jpg"',
      'Content-Type: image/jpeg',
      '',
      'JPEGDATA',
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const res = await rawRequest({
      port: platform.port,
      path: '/permitExt/common/filecontrol/file-control!upload.action',
      method: 'POST',
      body,
      headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      tls: true,
    });
    expect(res.status).toBe(200);
    expect(res.text).toContain('alert("上传成功")');
    expect(res.text).toContain('营业执照.jpg');
  });
});
