import { afterEach, describe, expect, it } from 'vitest';
import { mockRoutes } from '../../../tests/mock-platform/routes';
import { runPage, type RunningPage } from './run-page';

let page: RunningPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const open = async (path: string, opts?: Parameters<typeof runPage>[1]) => {
  page = await runPage(path, opts);
  return page;
};
const click = (p: RunningPage, selector: string) => (p.document.querySelector(selector) as HTMLElement).click();

describe('inline scripts', () => {
  it.each(mockRoutes.filter((r) => r.render({ url: new URL(r.path, 'https://permit.mee.gov.cn'), method: 'GET', body: '' }).status === undefined).map((r) => [r.path, r] as const))(
    '%s runs without script errors',
    async (_path, route) => {
      const p = await open(route.path, { site: route.site });
      expect(p.errors).toEqual([]);
    },
  );
});

describe('execution reports single-page app', () => {
  const list = '/permitrep/report/#/list-rt?year=2025&businessType=RT';
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('renders the list its hash names, and opens a card’s report without a page load', async () => {
    const p = await open(list);
    expect(p.document.querySelector('#app')?.getAttribute('data-view')).toBe('list-rt');
    const card = [...p.document.querySelectorAll('.card.select-none')].find((c) => c.querySelector('.card-title')?.textContent === '3季度') as HTMLElement;
    const header = p.document.querySelector('.rp-header');
    (card.querySelector('.card-title') as HTMLElement).click();
    await settle();
    expect(p.window.location.hash).toMatch(/^#\/report-detail\?reportId=[0-9a-f]{16}$/);
    expect(p.document.querySelector('#app')?.getAttribute('data-view')).toBe('detail-quarterly');
    expect(p.document.querySelector('.el-page-header__content')?.textContent).toBe('2025年 3季度');
    expect(p.document.querySelector('.rp-header')).toBe(header);
  });

  it('the list’s variant b opens details whose period shows only in a breadcrumb', async () => {
    const p = await open(`${list}&v=b`);
    (p.document.querySelector('.card.select-none') as HTMLElement).click();
    await settle();
    expect(p.window.location.hash).toMatch(/&v=b$/);
    expect(p.document.querySelector('.el-page-header__content')?.textContent).toBe('报告填报');
    expect(p.document.querySelector('.el-breadcrumb .is-current')?.textContent).toBe('年报');
  });

  it('返回 goes back to the list', async () => {
    const p = await open(list);
    (p.document.querySelector('.card.select-none') as HTMLElement).click();
    await settle();
    click(p, '.el-page-header__back');
    await settle();
    expect(p.document.querySelector('#app')?.getAttribute('data-view')).toBe('list-rt');
  });

  it('办理记录 opens a dialog and does not open the report', async () => {
    const p = await open(list);
    click(p, '.card-record');
    await settle();
    expect(p.window.location.hash).toBe('#/list-rt?year=2025&businessType=RT');
    expect((p.document.querySelector('#dialog') as HTMLElement).style.display).toBe('flex');
    expect(p.document.querySelector('#dialogTitle')?.textContent).toBe('办理记录');
  });

  it('the year select reloads the list; 前往填报模板 opens the templates', async () => {
    const p = await open(list);
    const select = p.document.querySelector('#yearSelect') as HTMLSelectElement;
    select.value = '2026';
    select.dispatchEvent(new p.window.Event('change', { bubbles: true }) as unknown as Event);
    await settle();
    expect(p.window.location.hash).toBe('#/list-rt?year=2026&businessType=RT');
    expect([...p.document.querySelectorAll('.card-title')].map((t) => t.textContent)).toEqual(['年报', '3季度', '2季度', '1季度']);
    click(p, '#gotoTemplate');
    await settle();
    expect(p.document.querySelector('#app')?.getAttribute('data-view')).toBe('template');
  });

  it('the unified list opens its own detail', async () => {
    const p = await open('/permitrep/report/#/list-env?year=2025&businessType=ENV');
    expect(p.document.querySelector('#app')?.getAttribute('data-view')).toBe('list-env');
    (p.document.querySelector('.card.select-none') as HTMLElement).click();
    await settle();
    expect(p.document.querySelector('#app')?.getAttribute('data-view')).toBe('env-detail');
  });

  it('the ledger app switches tabs', async () => {
    const p = await open('/permitrep/account/autologin?userAccount=demo&permitCode=91110108MA01C3XK2X001P&entryType=1&cityCode=110108');
    const tab = [...p.document.querySelectorAll('.el-tabs__item')].find((t) => t.textContent === '燃料分析记录') as HTMLElement;
    tab.click();
    expect(p.document.querySelector('.el-tabs__item.is-active')?.textContent).toBe('燃料分析记录');
    expect(p.document.querySelector('.rp-table')?.textContent).toContain('暂无数据');
    expect(p.document.querySelector('.el-pagination')?.textContent).toBe('共 0 条');
  });
});

describe('enterprise-side scripts', () => {
  const login = '/cas/login?service=https%3A%2F%2Fpermit.mee.gov.cn%2FpermitExt%2Foutside%2FLicenseRedirect';
  const loginB = '/cas/login?service=https%3A%2F%2Fpermit.mee.gov.cn%2FpermitExt%2F';

  it('login a refuses an empty username with a #dError message', async () => {
    const p = await open(login);
    const event = new p.window.Event('submit', { cancelable: true });
    p.document.querySelector('#fm1')?.dispatchEvent(event as unknown as Event);
    expect(event.defaultPrevented).toBe(true);
    expect(p.document.querySelector('#dError')?.textContent).toBe('请输入用户名');
    expect(p.dialogs).toEqual([]);
  });

  it('login b says the same by alert()', async () => {
    const p = await open(loginB);
    click(p, '#loginBtn');
    expect(p.dialogs).toEqual(['请输入用户名']);
  });

  it('login b fills the RSA hidden fields before it submits', async () => {
    const p = await open(loginB);
    (p.document.querySelector('#username') as HTMLInputElement).value = 'demo';
    (p.document.querySelector('#password') as HTMLInputElement).value = 'pw';
    (p.document.querySelector('#verCode') as HTMLInputElement).value = '1234';
    click(p, '#loginBtn');
    expect((p.document.querySelector('#hideusername') as HTMLInputElement).value).toBe('00640065006d006f');
    expect(p.dialogs).toEqual([]);
  });

  it.each([
    [`${loginB}&error=captcha`, '验证码错误'],
    [`${loginB}&error=credentials&msg=2`, '用户名或密码错误，请重新输入'],
    [`${login}&error=credentials&channel=alert`, '您提供的凭证有误。'],
  ])('%s alerts %s once', async (path, message) => {
    const p = await open(path);
    expect(p.dialogs).toEqual([message]);
    expect(p.document.querySelector('#dError')?.textContent).toBe('');
  });

  it('the captcha image asks for a new one with a random query', async () => {
    const p = await open(login);
    click(p, '#kaptchaImage');
    expect(p.document.querySelector('#kaptchaImage')?.getAttribute('src')).toMatch(/^\/cas\/kaptcha\.jpg\?0\.\d+/);
  });

  it('registration with ?state=exists alerts 注册单位名称已存在', async () => {
    const p = await open('/permitExt/outside/registration.jsp?state=exists');
    expect(p.dialogs).toEqual(['注册单位名称已存在']);
  });

  it('the 省/市/县 cascade refills cities and counties (counties on 修改企业基本信息)', async () => {
    const p = await open('/permitExt/outside/updateEnterMSG.jsp?username=demo');
    const province = p.document.querySelector('#province') as HTMLSelectElement;
    province.value = '130000';
    province.dispatchEvent(new p.window.Event('change') as unknown as Event);
    const cities = [...p.document.querySelectorAll('#city option')].map((o) => o.textContent);
    expect(cities).toEqual(['--请选择市--', '石家庄市', '唐山市']);
    const city = p.document.querySelector('#city') as HTMLSelectElement;
    city.value = '130200';
    city.dispatchEvent(new p.window.Event('change') as unknown as Event);
    expect([...p.document.querySelectorAll('#counties option')].map((o) => o.textContent)).toContain('遵化市');
  });

  it('picker a: 定位 wants decimals, 拾取 + map click fills the hidden inputs', async () => {
    const p = await open('/permitExt/common/gis/lnglat-picker.jsp?variant=a');
    const lng = p.document.querySelector('#lngInput') as HTMLInputElement;
    const lat = p.document.querySelector('#latInput') as HTMLInputElement;
    lng.value = '116°11\'37"';
    lat.value = '40.05';
    click(p, '#locateBtn');
    expect(p.dialogs.at(-1)).toContain('小数点格式');
    lng.value = '116.30';
    lat.value = '39.98';
    click(p, '#locateBtn');
    expect(p.dialogs).toHaveLength(1);
    click(p, '#pickBtn');
    click(p, '#mapContainer');
    const hiddenLng = (p.document.querySelector('input[name=longitude]') as HTMLInputElement).value;
    const hiddenLat = (p.document.querySelector('input[name=latitude]') as HTMLInputElement).value;
    expect(Number(hiddenLng)).toBeCloseTo(116.3 - 0.032, 2);
    expect(Number(hiddenLat)).toBeCloseTo(39.98 + 0.019, 2);
    click(p, '#confirmBtn');
    expect(p.dialogs.at(-1)).toBe('经纬度保存成功');
  });

  it('picker b: 拾取 then a map click, 确认 confirms', async () => {
    const p = await open('/permitExt/common/gis/map-select.html?variant=b');
    click(p, '#btnQr');
    expect(p.dialogs).toEqual(['请先拾取坐标']);
    click(p, '#btnSq');
    click(p, '#allmap');
    expect(Number((p.document.querySelector('#lng') as HTMLInputElement).value)).toBeGreaterThan(116);
    click(p, '#btnQr');
    expect(p.dialogs.at(-1)).toBe('坐标已确认');
  });

  it('dashboard with the iframe: a menu item loads its module in #mainFrame', async () => {
    const p = await open('/permitExt/outside/main');
    const item = [...p.document.querySelectorAll('li.hrefli')].find((li) => li.textContent === '延续') as HTMLElement;
    item.click();
    expect(p.document.querySelector('#mainFrame')?.getAttribute('src')).toBe(
      '/permitExt/syssb/ckxm/ckxm!listBcyx.action?itemTypeID=XZXKTYPE_D&itemtype=TYPED&enterid=E11010800012345',
    );
    expect((p.document.querySelector('#homeDiv') as HTMLElement).style.display).toBe('none');
    expect(item.className).toContain('on');
  });

  it('the notice closes with ×', async () => {
    const p = await open('/permitExt/outside/main?frame=none');
    click(p, '#noticeClose');
    expect((p.document.querySelector('#noticeLayer') as HTMLElement).style.display).toBe('none');
  });
});
