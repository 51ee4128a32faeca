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
  const autologin = '/permitrep/autologin?userAccount=demo&permitCode=91110108MA01C3XK2X001P&cityCode=110108';

  it('autologin replaces the URL with /permitrep/home', async () => {
    const p = await open(autologin);
    expect(p.window.location.pathname).toBe('/permitrep/home');
    expect(p.window.history.length).toBe(1);
    expect(p.document.querySelector('#app')?.getAttribute('data-view')).toBe('home');
  });

  it.each([
    ['年报', '/permitrep/report/annual', '年度执行报告'],
    ['季报', '/permitrep/report/quarterly', '季度执行报告'],
    ['月报', '/permitrep/report/monthly', '月度执行报告'],
  ])('nav %s pushes %s and renders %s without a page load', async (label, path, heading) => {
    const p = await open(autologin);
    const marker = p.document.querySelector('#rpNav');
    const link = [...p.document.querySelectorAll('#rpNav a')].find((a) => a.textContent === label) as HTMLElement;
    link.click();
    expect(p.window.location.pathname).toBe(path);
    expect(p.document.querySelector('#app h2')?.textContent).toBe(heading);
    expect(p.document.title).toBe(`${heading}-全国排污许可证管理信息平台`);
    expect(p.document.querySelector('#app .gllb')?.textContent).toBe('简化管理');
    expect(p.document.querySelector('#app .fzrq')?.textContent).toBe('2022-03-16');
    expect(p.document.querySelector('#rpNav')).toBe(marker);
  });

  it('goes back with popstate', async () => {
    const p = await open('/permitrep/home');
    click(p, '#rpNav a[href="/permitrep/report/quarterly"]');
    p.window.history.back();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(p.window.location.pathname).toBe('/permitrep/home');
    expect(p.document.querySelector('#app h2')?.textContent).toBe('执行报告');
  });

  it('annual view: 重新同步数据 asks before clearing', async () => {
    const p = await open('/permitrep/report/annual');
    const button = p.document.querySelector('#resyncBtn');
    expect(button?.textContent).toBe('重新同步数据');
    expect(button?.className).toContain('rp-right');
    click(p, '#resyncBtn');
    expect(p.dialogs).toEqual(['重新同步数据将清空当前页面已填写数据，是否继续？', '数据同步成功']);
  });

  it('monthly view: 简化管理 cannot create monthly reports, 重点管理 can', async () => {
    const simple = await open('/permitrep/report/monthly');
    expect(simple.document.querySelector('#monthlyNotAllowed')?.textContent).toContain('不能新建月报');
    expect(simple.document.querySelector('#newMonthBtn')).toBeNull();
    await simple.close();
    const key = await open(`${autologin}&manageType=key`);
    click(key, '#rpNav a[href="/permitrep/report/monthly"]');
    expect(key.document.querySelector('#monthlyNotAllowed')).toBeNull();
    expect(key.document.querySelector('#newMonthBtn')).not.toBeNull();
    expect(key.document.querySelector('#app .gllb')?.textContent).toBe('重点管理');
  });

  it.each([
    ['/permitrep/unified/autologin?userAccount=demo', '/permitrep/home'],
    ['/permitrep/correction/autologin?userAccount=demo', '/permitrep/correction/home'],
  ])('%s lands on %s', async (path, landing) => {
    const p = await open(path);
    expect(p.window.location.pathname).toBe(landing);
  });
});

describe('enterprise-side scripts', () => {
  it('login refuses an empty username with a #dError message', async () => {
    const p = await open('/cas/login');
    const event = new p.window.Event('submit', { cancelable: true });
    p.document.querySelector('#fm1')?.dispatchEvent(event as unknown as Event);
    expect(event.defaultPrevented).toBe(true);
    expect(p.document.querySelector('#dError')?.textContent).toBe('请输入用户名');
  });

  it('login with ?error=true&alert=1 alerts once', async () => {
    const p = await open('/cas/login?error=true&alert=1');
    expect(p.dialogs).toEqual(['用户名或密码错误，请重新输入']);
  });

  it('registration with ?state=exists alerts 注册单位名称已存在', async () => {
    const p = await open('/permitExt/outside/registration.jsp?state=exists');
    expect(p.dialogs).toEqual(['注册单位名称已存在']);
  });

  it('the 省/市/县 cascade refills cities and counties', async () => {
    const p = await open('/permitExt/outside/registration.jsp');
    const province = p.document.querySelector('#province') as HTMLSelectElement;
    province.value = '130000';
    province.dispatchEvent(new p.window.Event('change') as unknown as Event);
    const cities = [...p.document.querySelectorAll('#city option')].map((o) => o.textContent);
    expect(cities).toEqual(['--请选择市--', '石家庄市', '唐山市']);
    const city = p.document.querySelector('#city') as HTMLSelectElement;
    city.value = '130200';
    city.dispatchEvent(new p.window.Event('change') as unknown as Event);
    expect([...p.document.querySelectorAll('#county option')].map((o) => o.textContent)).toContain('遵化市');
  });

  it('the coordinates picker: 定位 wants decimals, 拾取 + map click fills the hidden inputs', async () => {
    const p = await open('/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action?dataid=D001&cardid=card2');
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

  it('dashboard menu loads modules in mainFrame', async () => {
    const p = await open('/permitExt/outside/main');
    const item = p.document.querySelector('li.hrefli[data-url*="listBcyx"]') as HTMLElement;
    item.click();
    expect(p.document.querySelector('#mainFrame')?.getAttribute('src')).toBe(item.getAttribute('data-url'));
    expect(item.className).toContain('tree-node-selected');
  });
});
