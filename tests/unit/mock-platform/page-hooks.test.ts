import { describe, expect, it } from 'vitest';
import { demoEnterprise } from '../../../tests/mock-platform/data/enterprise';
import { findMockRoute, mockRoutes } from '../../../tests/mock-platform/routes';
import { parseHtml, renderPage, text } from './render';

const card = (n: number) => `/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action?dataid=D001&cardid=card${n}`;
const renewal = '/permitExt/syssb/ckxm/ckxm!listBcyx.action?itemTypeID=XZXKTYPE_D&itemtype=TYPED';

describe('public side', () => {
  it('shows notices, important notices and the 资料附件 block', () => {
    const doc = renderPage('/permitExt/defaults/default-index!getInformation.action');
    expect(doc.title).toBe('全国排污许可证管理信息平台-公开端');
    expect(text(doc, '#zlfj .box-title')).toBe('资料附件');
    expect(text(doc, '#zlfj')).toContain('无法上传附件或图片解决方案');
    expect(text(doc, '#zytz')).toMatch(/行业可正式申报/);
    expect(doc.querySelectorAll('#tzgg li').length).toBeGreaterThanOrEqual(3);
  });

  it('redirects / to the public home by script', () => {
    const doc = renderPage('/');
    expect(doc.querySelector('script')?.textContent).toContain('/permitExt/defaults/default-index!getInformation.action');
  });

  it('opens the upload-problem document from the 资料附件 block', () => {
    const home = renderPage('/permitExt/defaults/default-index!getInformation.action');
    const link = [...home.querySelectorAll<HTMLAnchorElement>('#zlfj a')].find((a) => a.textContent === '无法上传附件或图片解决方案');
    const doc = renderPage(link?.getAttribute('href') ?? '');
    expect(text(doc, '#docTitle')).toBe('无法上传附件或图片解决方案');
    expect(doc.body.textContent).toContain('IE9');
  });
});

describe('login and account pages', () => {
  it('has username, password, captcha and the three links; no error shown', () => {
    const doc = renderPage('/cas/login');
    for (const sel of ['input#username[name=username]', 'input#password[type=password]', 'input#captcha', 'img[src="/cas/kaptcha.jpg"]']) {
      expect(doc.querySelector(sel), sel).not.toBeNull();
    }
    const links = [...doc.querySelectorAll('a')].map((a) => a.textContent);
    expect(links).toEqual(expect.arrayContaining(['忘记用户名', '忘记密码', '注册']));
    expect(text(doc, '#dError')).toBe('');
  });

  it('shows 用户名或密码错误 in #dError on ?error=true', () => {
    expect(text(renderPage('/cas/login?error=true'), '#dError')).toContain('用户名或密码错误');
  });

  it.each(['/cas/forgetUsername', '/cas/forgetPassword'])('%s asks for the registered email', (path) => {
    const doc = renderPage(path);
    expect(doc.querySelector('input[name=email]')).not.toBeNull();
    expect(doc.body.textContent).toContain('注册邮箱');
  });

  it('answers a forgot-password request by email', () => {
    const sent = renderPage('/cas/forgetPassword', { method: 'POST', body: 'email=a%40b.cn' });
    expect(text(sent, '#sendResult')).toContain('a@b.cn');
    const wrong = renderPage('/cas/forgetPassword', { method: 'POST', body: 'email=nope' });
    expect(wrong.querySelector('#sendResult.errorTip')).not.toBeNull();
  });

  it('registration has the documented fields and the exists state', () => {
    const doc = renderPage('/permitExt/outside/registration.jsp');
    for (const sel of ['input#tyshxydm[name=creditCode]', 'select#province', 'select#city', 'select#county', 'input[name=email]', 'input[name=username]', 'input[name=password]', 'input[name=enterName]']) {
      expect(doc.querySelector(sel), sel).not.toBeNull();
    }
    expect(text(doc, '.errorTip')).toBe('');
    expect(text(renderPage('/permitExt/outside/registration.jsp?state=exists'), '.errorTip')).toContain('注册单位名称已存在');
  });

  it('enterprise info holds the region selects, credit code and email with current values', () => {
    const doc = renderPage('/permitExt/outside/updateEnterMSG.jsp');
    expect(doc.querySelector<HTMLInputElement>('input#tyshxydm[name=creditCode]')?.value).toBe(demoEnterprise.creditCode);
    expect(doc.querySelector('#county option[selected]')?.getAttribute('value')).toBe(demoEnterprise.cityCode);
    expect(doc.querySelector<HTMLInputElement>('input[name=email]')?.value).toBe(demoEnterprise.email);
  });
});

describe('dashboard', () => {
  const doc = renderPage('/permitExt/outside/main');

  it('has the top-right 修改注册单位信息 link and the mainFrame iframe', () => {
    const link = [...doc.querySelectorAll('#topLinks a')].find((a) => a.textContent === '修改注册单位信息');
    expect(link?.getAttribute('href')).toBe('/permitExt/outside/updateEnterMSG.jsp');
    const frame = doc.querySelector('iframe#mainFrame[name=mainFrame]');
    expect(frame?.getAttribute('src')).toBe('/permitExt/outside/welcome.jsp');
  });

  it('menu items (ul.tree li.hrefli[data-url]) all open served pages', () => {
    const items = [...doc.querySelectorAll('ul.tree li.hrefli')];
    expect(items.length).toBeGreaterThanOrEqual(10);
    for (const li of items) {
      const url = new URL(li.getAttribute('data-url') ?? '', 'https://permit.mee.gov.cn');
      expect(findMockRoute('permit', url), url.href).toBeDefined();
    }
  });
});

describe('application cards', () => {
  it('card1 has the credit code, region selects, 行业类别 and 选择经纬度', () => {
    const doc = renderPage(card(1));
    expect(doc.querySelector('input#tyshxydm[name=creditCode]')).not.toBeNull();
    expect(doc.querySelectorAll('select#province, select#city, select#county').length).toBe(3);
    expect(doc.querySelector('select#hylb')).not.toBeNull();
    expect(doc.querySelector<HTMLInputElement>('input#selectLngLat')?.value).toBe('选择经纬度');
  });

  it('card2 has the map, 拾取/定位, decimal inputs and hidden longitude/latitude', () => {
    const doc = renderPage(card(2));
    expect(doc.querySelector('#mapContainer')).not.toBeNull();
    const buttons = [...doc.querySelectorAll<HTMLInputElement>('input[type=button]')].map((b) => b.value);
    expect(buttons).toEqual(expect.arrayContaining(['拾取', '定位']));
    expect(doc.querySelector('input[type=text]#lngInput')).not.toBeNull();
    expect(doc.querySelector('input[type=text]#latInput')).not.toBeNull();
    expect(doc.querySelector<HTMLInputElement>('input[type=hidden][name=longitude]')?.value).toBe(demoEnterprise.longitude);
    expect(doc.querySelector<HTMLInputElement>('input[type=hidden][name=latitude]')?.value).toBe(demoEnterprise.latitude);
  });

  it.each([3, 4])('card%i offers some industries but not D462', (n) => {
    const doc = renderPage(card(n));
    const options = [...doc.querySelectorAll('select option')].map((o) => o.getAttribute('value') ?? '');
    expect(options.filter((v) => /^[A-Z]\d{3,4}$/.test(v)).length).toBeGreaterThanOrEqual(5);
    expect(options.some((v) => v.startsWith('D462'))).toBe(false);
  });

  it('card4 has 「添加」 and 编辑 links', () => {
    const doc = renderPage(card(4));
    expect(doc.querySelector<HTMLInputElement>('#addWasteWater')?.value).toBe('添加');
    expect([...doc.querySelectorAll('a.editLink')].every((a) => a.textContent === '编辑')).toBe(true);
    expect(doc.querySelectorAll('a.editLink').length).toBeGreaterThan(0);
  });

  it('every card shows the tab bar with the current card marked', () => {
    for (let n = 1; n <= 8; n++) {
      const doc = renderPage(card(n));
      expect(doc.querySelectorAll('#cardTabs li').length).toBe(8);
      expect(doc.querySelector('#cardTabs li.current a')?.getAttribute('href')).toContain(`cardid=card${n}`);
    }
  });

  it('the upload page has a file input per attachment type and an upload button', () => {
    const doc = renderPage('/permitExt/common/filecontrol/file-control!sbclopen.action?wysbtype=PWXKZFILE');
    const rows = doc.body.textContent ?? '';
    for (const label of ['营业执照', '法人身份证', '环评批复', '排污口规范化照片']) expect(rows).toContain(label);
    expect(doc.querySelectorAll('input[type=file]').length).toBeGreaterThanOrEqual(4);
    expect(doc.querySelectorAll('form[enctype="multipart/form-data"] input[type=submit]').length).toBeGreaterThanOrEqual(4);
  });
});

describe('permit items', () => {
  it('renewal shows the permit number, the end date in td.yxqz and 申请延续', () => {
    const doc = renderPage(renewal);
    expect(doc.body.textContent).toContain(demoEnterprise.permitNumber);
    expect(text(doc, 'td.yxqz')).toBe('2027-03-15');
    expect(text(doc, 'td.yxqq')).toBe(demoEnterprise.permitValidFrom);
    expect(doc.querySelector<HTMLInputElement>('#sqyxBtn')?.value).toBe('申请延续');
  });

  it.each([
    ['2026-12-31', '2026-12-31'],
    ['2026-1-5', '2027-03-15'],
    ['<b>', '2027-03-15'],
  ])('renewal end date override %s shows %s', (value, shown) => {
    expect(text(renderPage(`${renewal}&yxqz=${encodeURIComponent(value)}`), 'td.yxqz')).toBe(shown);
  });

  it('apply list has 我要申报 and statuses', () => {
    const doc = renderPage('/permitExt/outside/min_bctb.jsp');
    expect(doc.querySelector<HTMLInputElement>('#wysbBtn')?.value).toBe('我要申报');
    expect([...doc.querySelectorAll('.sqzt')].map((s) => s.textContent)).toEqual(['填报中', '不予受理']);
  });

  it('the monitoring jump links to the SSO on wryjc.cnemc.cn and redirects by script', () => {
    const doc = renderPage(`/permitExt/jcjl/jcjl!jcjl.action?enterid=${demoEnterprise.enterId}`);
    expect(doc.querySelector('#jumpLink')?.getAttribute('href')).toMatch(/^\/\/wryjc\.cnemc\.cn\/eap\/SingleSignOnXKZ\?/);
    expect([...doc.querySelectorAll('script')].some((s) => /setTimeout\([\s\S]*location\.href/.test(s.textContent ?? ''))).toBe(true);
  });
});

describe('registration app', () => {
  it.each([
    ['/register/registration/list.vm', '排污登记'],
    ['/register/bcbg/listDjbg.vm', '登记变更'],
    ['/register/bcbg/listDjyx.vm', '登记延续'],
    ['/register/cancel/list.vm', '登记注销'],
  ])('%s shows %s in its own header style', (path, heading) => {
    const doc = renderPage(path);
    expect(text(doc, '.reg-main h2')).toBe(heading);
    expect(doc.querySelector('.reg-header')).not.toBeNull();
    expect(doc.querySelector('.topbar')).toBeNull();
  });
});

describe('markup rules', () => {
  const pages = mockRoutes
    .map((route) => ({ route, out: route.render({ url: new URL(route.path, 'https://permit.mee.gov.cn'), method: 'GET', body: '' }) }))
    .filter(({ out }) => (out.status ?? 200) === 200);

  it.each(pages.map(({ route, out }) => [route.path, route.site, out.html] as const))(
    '%s loads no external script and links only root-relative',
    (_path, site, html) => {
      const doc = parseHtml(html);
      expect([...doc.querySelectorAll('script[src], link[rel=stylesheet]')]).toEqual([]);
      const refs = [
        ...[...doc.querySelectorAll('a[href]')].map((e) => e.getAttribute('href') ?? ''),
        ...[...doc.querySelectorAll('form[action], iframe[src], img[src]')].map((e) => e.getAttribute('action') ?? e.getAttribute('src') ?? ''),
      ];
      for (const ref of refs) {
        if (/^(javascript:|#|\?)/.test(ref)) continue;
        if (ref.startsWith('//wryjc.cnemc.cn/')) continue;
        expect(ref, 'links must be root-relative').toMatch(/^\/(?!\/)/);
        const url = new URL(ref, 'https://permit.mee.gov.cn');
        const served = findMockRoute(site, url) ?? (url.pathname === '/cas/kaptcha.jpg' ? 'captcha' : undefined);
        expect(served, `${ref} is not served by the mock`).toBeDefined();
      }
    },
  );
});
