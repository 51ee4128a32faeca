import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockRouteHost, mockRoutes } from '../../../tests/mock-platform/routes';
import { startMockPlatform, type MockPlatform } from '../../../tests/mock-platform/server';
import { followRequest, rawRequest, titleOf } from './http-client';

let platform: MockPlatform;

beforeAll(async () => {
  platform = await startMockPlatform();
});
afterAll(async () => {
  await platform.close();
});

const routeCases = mockRoutes.map((route) => [`${route.site} ${route.path}`, route] as const);
/** The request path: a browser never sends the #hash. */
const requestPath = (path: string) => path.replace(/#.*$/, '');

describe.each([
  ['http', false],
  ['https', true],
])('every route over %s', (_scheme, tls) => {
  it.each(routeCases)('%s answers its status with its title in UTF-8', async (_name, route) => {
    const res = await followRequest({ port: platform.port, path: requestPath(route.path), host: mockRouteHost(route), tls });
    expect(res.status, `${route.path} ended at ${res.path}`).toBe(route.status ?? 200);
    expect(res.headers['content-type']).toMatch(/^text\/(html|plain); charset=UTF-8$/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(Math.abs(Date.parse(String(res.headers.date)) - Date.now())).toBeLessThan(5_000);
    // The body decodes as UTF-8 without replacement characters.
    expect(res.text).not.toContain('\uFFFD');
    // Redirecting routes (LicenseRedirect, autologins, old deep links) end on another route's page.
    const landed = mockRoutes.find((r) => r.site === route.site && requestPath(r.path) === res.path) ?? route;
    if (landed.title === '') return;
    expect(res.text).toMatch(/<meta [^>]*charset=["']?UTF-8/i);
    expect(res.text).toMatch(/[\u4e00-\u9fff]/);
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

  it.each([
    '/no/such/page.action',
    '/permitExt/outside/nothing.jsp',
    '/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action?dataid=5f0c2a9e7b1d4c38a6e2f91b0d7c4a13&operate=edit&cardid=card99&itemtypeid=XZXKTYPE_A',
    '/permitrep/home',
    '/permitrep/report/annual',
  ])(
    'answers 404 with a Tomcat-style page for %s',
    async (path) => {
      const res = await rawRequest({ port: platform.port, path, tls: true });
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=UTF-8');
      expect(res.text).toContain('HTTP Status 404');
    },
  );

  it('serves the report app at /permitrep/report/ for every hash, and the autologins redirect there', async () => {
    const res = await rawRequest({ port: platform.port, path: '/permitrep/report/' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('hashchange');
    const login = await rawRequest({ port: platform.port, path: '/permitrep/autologin?userAccount=demo&permitCode=91110108MA01C3XK2X001P&cityCode=110108&manageType=key' });
    expect(login.status).toBe(302);
    expect(login.headers.location).toBe('/permitrep/report/#/list-rt?year=2026&businessType=RT');
    expect(String(login.headers['set-cookie'])).toContain('permitrep_category=key');
  });

  it('answers a missing file in plain text', async () => {
    const res = await rawRequest({ port: platform.port, path: '/permitExt/common/download!downloadFile.action?fileid=ZL000', host: 'permit.mep.gov.cn' });
    expect(res.headers['content-type']).toBe('text/plain; charset=UTF-8');
    expect(res.text).toBe('未找到对应文件！');
  });

  it('the monitoring SSO: 405 Whitelabel on GET, 「tokenid验证失败」 for a bad token, the home for a good one', async () => {
    const get = await rawRequest({ port: platform.port, path: '/eap/SingleSignOnXKZ', host: 'wryjc.cnemc.cn', tls: true });
    expect(get.status).toBe(405);
    expect(get.text).toContain('Whitelabel Error Page');
    const post = (tokenId: string) =>
      rawRequest({
        port: platform.port,
        path: '/eap/SingleSignOnXKZ',
        host: 'wryjc.cnemc.cn',
        method: 'POST',
        body: new URLSearchParams({ tokenId, bh: 'x', lb: '1', act: 'login' }).toString(),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
    expect((await post('nope')).text).toBe('tokenid验证失败');
    const good = await post('7f3e9a1c5b2d4f60a8c1e3b5d7f9a2c4');
    expect(good.status).toBe(302);
    expect(good.headers.location).toBe('/eap/index');
  });

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

  /** Fetches a captcha image in a fresh session and reads its code from the control endpoint. */
  async function captchaSession(): Promise<{ cookie: string; code: string }> {
    const image = await rawRequest({ port: platform.port, path: '/cas/kaptcha.jpg?0.5' });
    const cookie = String(image.headers['set-cookie']).split(';')[0] ?? '';
    expect(cookie).toMatch(/^JSESSIONID=[0-9A-F]{32}$/);
    const control = await rawRequest({ port: platform.port, path: '/__mock__/captcha', headers: { Cookie: cookie } });
    return { cookie, code: (JSON.parse(control.text) as { code: string }).code };
  }
  const service = '?service=https%3A%2F%2Fpermit.mee.gov.cn%2FpermitExt%2Foutside%2FLicenseRedirect';

  it('logs demo in with the session’s captcha and lands on the dashboard', async () => {
    const { cookie, code } = await captchaSession();
    const res = await rawRequest({ port: platform.port, path: `/cas/login${service}`, ...form({ username: 'demo', password: 'x', captcha: code }), headers: { ...form({}).headers, Cookie: cookie } });
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/permitExt/outside/LicenseRedirect');
    const landed = await followRequest({ port: platform.port, path: res.headers.location ?? '' });
    expect(landed.path).toBe('/permitExt/outside/main');
    expect(landed.text).toContain('id="mainFrame"');
  });

  it('refuses a wrong captcha, and any captcha without the session cookie (cookies blocked)', async () => {
    const { cookie, code } = await captchaSession();
    const wrong = String((Number(code) + 1) % 10000).padStart(4, '0');
    const refused = await rawRequest({ port: platform.port, path: `/cas/login${service}`, ...form({ username: 'demo', password: 'x', captcha: wrong }), headers: { ...form({}).headers, Cookie: cookie } });
    expect(refused.status).toBe(200);
    expect(refused.text).toMatch(/<div id="dError"[^>]*>验证码错误</);
    const noCookie = await rawRequest({ port: platform.port, path: `/cas/login${service}`, ...form({ username: 'demo', password: 'x', captcha: code }) });
    expect(noCookie.text).toMatch(/<div id="dError"[^>]*>验证码错误</);
    expect(String(noCookie.headers['set-cookie'])).toMatch(/^JSESSIONID=/);
  });

  it('answers a wrong username with the credential error; layout b by alert()', async () => {
    const { cookie, code } = await captchaSession();
    const res = await rawRequest({ port: platform.port, path: `/cas/login${service}`, ...form({ username: 'nobody', password: 'x', captcha: code }), headers: { ...form({}).headers, Cookie: cookie } });
    expect(res.text).toMatch(/<div id="dError"[^>]*>您提供的凭证有误。</);
    const b = await rawRequest({
      port: platform.port,
      path: '/cas/login?service=https%3A%2F%2Fpermit.mee.gov.cn%2FpermitExt%2F',
      ...form({ username: 'nobody', password: 'x', captcha: code }),
      headers: { ...form({}).headers, Cookie: cookie },
    });
    expect(b.text).toContain('alert("您提供的凭证有误。")');
    expect(b.text).toMatch(/<div id="dError"[^>]*><\/div>/);
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

  it.each([
    ['a JPEG named .jpg', '营业执照.jpg', '\u00ff\u00d8\u00ff\u00e0JFIF', 'alert("上传成功：营业执照.jpg")'],
    ['other bytes named .jpg', '营业执照.jpg', 'JPEGDATA', 'alert("上传失败：文件格式不正确'],
    ['a HEIC photo named .jpg', '营业执照.jpg', '\u0000\u0000\u0000\u0018ftypheic', 'alert("上传失败：文件格式不正确'],
  ])('checks a multipart upload like the platform says it does (%s) and answers with an alert', async (_label, name, content, expected) => {
    const boundary = '----mockboundary';
    const body = Buffer.concat([
      Buffer.from([`--${boundary}`, 'Content-Disposition: form-data; name="fjlx"', '', 'YYZZ', `--${boundary}`, `Content-Disposition: form-data; name="file"; filename="${name}"`, 'Content-Type: image/jpeg', '', ''].join('\r\n'), 'utf8'),
      Buffer.from(content, 'latin1'),
      Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
    ]);
    const res = await rawRequest({
      port: platform.port,
      path: '/permitExt/common/filecontrol/file-control!upload.action',
      method: 'POST',
      body,
      headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      tls: true,
    });
    expect(res.status).toBe(200);
    expect(res.text).toContain(expected);
  });
});
