import { describe, expect, it } from 'vitest';
import { applicationCards, cardUrl } from '../../../tests/mock-platform/data/cards';
import { demoEnterprise } from '../../../tests/mock-platform/data/enterprise';
import { uploadPageUrl, uploadPageUrlB } from '../../../tests/mock-platform/data/attachments';
import { moduleUrl, enterpriseMenu } from '../../../tests/mock-platform/layout/left-menu';
import { findMockRoute, mockRoutes, type MockSite } from '../../../tests/mock-platform/routes';
import { pickerUrl } from '../../../tests/mock-platform/pages/lnglat-picker';
import { reportViewPaths } from '../../../tests/mock-platform/pages/reports';
import { parseHtml, renderPage, text } from './render';

const renewal = '/permitExt/syssb/ckxm/ckxm!listBcyx.action?itemTypeID=XZXKTYPE_D&itemtype=TYPED';
const detail = `/perxxgkinfo/xkgkAction!xkgk.action?xkgk=getxxgkContent&dataid=${demoEnterprise.publicDataId}`;
const ids = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((e) => e.id);

describe('public side', () => {
  it('the home: title, permit announcements, 重要通知 and the 资料附件 block', () => {
    const doc = renderPage('/permitExt/defaults/default-index!getInformation.action');
    expect(doc.title).toBe('全国排污许可证管理信息平台-公开端');
    expect(doc.querySelectorAll('a[href*="xxgk!showggfk.action?pkid="]').length).toBeGreaterThanOrEqual(3);
    for (const a of doc.querySelectorAll('a[href*="showggfk"]')) expect(a.getAttribute('href')).toMatch(/pkid=[0-9a-f]{32}$/);
    expect(text(doc, '#zytz')).toMatch(/行业可正式申报/);
    expect(doc.querySelector('#zytz a.more')?.getAttribute('href')).toBe('/perxxgkinfo/syssb/xkgg/xkgg!xkgg_zytzList.action');
    expect(text(doc, '#zlfj')).toContain('无法上传附件或图片解决方案');
  });

  it('redirects / to the public home by script', () => {
    expect(renderPage('/').querySelector('script')?.textContent).toContain('/permitExt/defaults/default-index!getInformation.action');
  });

  it('platform notices: a paged list (共N页) and a detail with div.file-top p.font-18 and div.file-bottom', () => {
    const list = renderPage('/perxxgkinfo/syssb/xkgg/xkgg!xkgg_zytzList.action');
    expect(list.body.textContent).toMatch(/共\d+页/);
    const href = list.querySelector('#zytzList a[href*="getNewsDetail"]')?.getAttribute('href') ?? '';
    const notice = renderPage(href);
    expect(text(notice, 'div.file-top p.font-18')).toBe('关于水处理行业可正式申报的通知');
    expect(text(notice, 'div.file-bottom')).toContain('D462');
  });

  it('a permit announcement is about one enterprise’s permit, not a platform notice', () => {
    const doc = renderPage('/permitExt/syssb/xxgk/xxgk!showggfk.action?pkid=9c3e1a7f5b2d4e6081a9c7b5d3f1e2a4');
    expect(text(doc, '#ggTitle')).toMatch(/排污许可证(批准|拟批准|受理)公告$/);
    expect(doc.querySelector('div.file-top')).toBeNull();
  });

  it('the public search: #mainForm fields, table.tabtd columns and var totalPages', () => {
    const doc = renderPage('/perxxgkinfo/syssb/xkgg/xkgg!licenseInformation.action');
    for (const sel of ['form#mainForm', '#mainForm select#province', '#mainForm select#city', '#mainForm input#registerentername', '#mainForm input[name=xkznum]']) {
      expect(doc.querySelector(sel), sel).not.toBeNull();
    }
    expect([...doc.querySelectorAll('table.tabtd th')].map((th) => th.textContent)).toEqual([
      '省/直辖市', '地市', '许可证编号', '单位名称', '行业类别', '有效期限', '发证日期', '管理类别', '查看',
    ]);
    expect([...doc.querySelectorAll('script')].some((s) => /var totalPages = \d+;/.test(s.textContent ?? ''))).toBe(true);
    expect(text(renderPage('/perxxgkinfo/syssb/xkgg/xkgg!licenseInformation.action?registerentername=不存在'), 'table.tabtd')).toContain('暂无数据');
  });

  it('the permit detail: table.tab0 validity, #apply_table, 发证机关, 正本/副本, coordinates and the monitoring frame', () => {
    const doc = renderPage(detail);
    expect(text(doc, 'p.dwmc')).toBe(demoEnterprise.name);
    expect(doc.querySelector('table.tab0')?.textContent).toContain(`${demoEnterprise.permitValidFrom}至${demoEnterprise.permitValidTo}`);
    expect(doc.querySelector('#apply_table')).not.toBeNull();
    expect(doc.body.textContent).toContain('发证机关：');
    expect([...doc.querySelectorAll('a')].map((a) => a.textContent)).toEqual(expect.arrayContaining(['排污许可证正本', '副本']));
    const value = (id: string) => doc.querySelector<HTMLInputElement>(`input[type=hidden]#${id}`)?.value;
    expect([value('longitude'), value('latitude')]).toEqual([demoEnterprise.longitude, demoEnterprise.latitude]);
    expect([value('opelngd'), value('opelngf'), value('opelngm')]).toEqual(['116', '11', '37.87']);
    expect([value('opelatd'), value('opelatf'), value('opelatm')]).toEqual(['40', '2', '46.38']);
    expect(doc.querySelector('iframe')?.getAttribute('src')).toMatch(/^\/\/wryjc\.mee\.gov\.cn\/gkpt\?/);
  });

  it('the 副本 viewer has div#imageDiv and input#imgCount', () => {
    const doc = renderPage(`/perxxgkinfo/syssb/wysb/hpsp/hpsp-company-sewage!showImage.action?dataid=${demoEnterprise.publicDataId}`);
    expect(Number(doc.querySelector<HTMLInputElement>('input#imgCount')?.value)).toBeGreaterThan(0);
    expect(doc.querySelectorAll('div#imageDiv .imgPage').length).toBe(Number(doc.querySelector<HTMLInputElement>('#imgCount')?.value));
  });

  it.each(['xkgg!xkgg_cxggList.action', 'xkgg!xxgkXqzgList.action'])('the empty list %s says 暂无数据', (action) => {
    expect(text(renderPage(`/perxxgkinfo/syssb/xkgg/${action}`), 'table.list')).toContain('暂无数据');
  });

  it('the error page holds the platform’s sentence; a missing file is bare text', () => {
    expect(text(renderPage('/perxxgkinfo/errorinfo.jsp'), '#errorinfo')).toBe('请您访问permit.mee.gov.cn，点击许可信息公开查询企业排污许可证信息，谢谢。');
    const url = new URL('https://permit.mep.gov.cn/permitExt/syssb/wysb/hpsp/hpsp-company-sewage!showImage.action?dataid=00000000000000000000000000000000');
    expect(findMockRoute('permit', url)?.render({ url, method: 'GET', body: '' }).html).toBe('未找到对应文件！');
  });
});

describe('login and account pages', () => {
  const login = '/cas/login?service=https%3A%2F%2Fpermit.mee.gov.cn%2FpermitExt%2Foutside%2FLicenseRedirect';
  const loginB = '/cas/login?service=https%3A%2F%2Fpermit.mee.gov.cn%2FpermitExt%2F';

  it.each([login, loginB])('%s has the CAS form of the notes', (path) => {
    const doc = renderPage(path);
    for (const sel of [
      'form#fm1 input#username',
      'form#fm1 input#password[type=password]',
      'form#fm1 input#verCode[name=captcha]',
      'img#kaptchaImage[src="/cas/kaptcha.jpg"]',
      '#loginBtn',
      'input[type=hidden][name=lt]',
      'input[type=hidden][name=execution]',
      'input[type=hidden][name=_eventId]',
      '#hid_modulus',
      '#hid_exponent',
      '#hideusername',
      '#hidepassword',
      '#dError',
    ]) {
      expect(doc.querySelector(sel), sel).not.toBeNull();
    }
    expect([...doc.querySelectorAll('a')].map((a) => a.textContent)).toEqual(expect.arrayContaining(['忘记账号了？', '忘记密码了？']));
    expect(text(doc, '#dError')).toBe('');
  });

  it('layout a puts autofocus on 用户名; layout b does not', () => {
    expect(renderPage(login).querySelector('#username')?.hasAttribute('autofocus')).toBe(true);
    expect(renderPage(loginB).querySelector('#username')?.hasAttribute('autofocus')).toBe(false);
  });

  it.each([
    [`${login}&error=captcha`, '验证码错误'],
    [`${login}&error=captcha&msg=2`, '验证码不正确，请重新输入'],
    [`${login}&error=credentials`, '您提供的凭证有误。'],
    ['/cas/login?error=true', '用户名或密码错误，请重新输入'],
  ])('%s shows %s in #dError', (path, message) => {
    expect(text(renderPage(path), '#dError')).toBe(message);
  });

  it.each([
    ['/cas/forgetUsername', 'input#mobile'],
    ['/cas/forgetPassword', 'input#mobile'],
    ['/cas/forgetPassword?by=mail', 'input#email'],
  ])('%s recovers by %s', (path, field) => {
    expect(renderPage(path).querySelector(field)).not.toBeNull();
  });

  it('registration a keeps its ids and the exists state; b has other ids', () => {
    const a = renderPage('/permitExt/outside/registration.jsp');
    for (const sel of ['input#tyshxydm', 'select#province', 'select#city', 'select#county', 'input[name=email]', 'input[name=username]']) {
      expect(a.querySelector(sel), sel).not.toBeNull();
    }
    expect(text(renderPage('/permitExt/outside/registration.jsp?state=exists'), '.errorTip')).toContain('注册单位名称已存在');
    const b = renderPage('/permitExt/outside/registration.jsp?variant=b');
    expect(b.querySelector('input#SocietyCode')).not.toBeNull();
    expect(b.querySelector('select#counties')).not.toBeNull();
    expect(b.querySelector('#tyshxydm')).toBeNull();
  });

  it('修改企业基本信息 uses the notes’ field names with the current values', () => {
    const doc = renderPage(`/permitExt/outside/updateEnterMSG.jsp?username=${demoEnterprise.username}`);
    for (const name of ['EnterName', 'SocietyCode', 'EnterAddress', 'Telephone', 'MailAddr', 'ZipCode']) {
      expect(doc.querySelector(`input[name=${name}]`), name).not.toBeNull();
    }
    for (const name of ['province', 'city', 'counties', 'industryName', 'qtindustryName']) {
      expect(doc.querySelector(`select[name=${name}]`), name).not.toBeNull();
    }
    expect(doc.querySelector<HTMLInputElement>('input[name=SocietyCode]')?.value).toBe(demoEnterprise.creditCode);
    expect(doc.querySelector('select[name=counties] option[selected]')?.getAttribute('value')).toBe(demoEnterprise.cityCode);
  });
});

describe('dashboard', () => {
  it.each(['/permitExt/outside/main', '/permitExt/outside/main?frame=none'])('%s shows the notes’ texts, menu groups and a closable notice', (path) => {
    const doc = renderPage(path);
    const body = doc.body.textContent ?? '';
    for (const words of ['排污单位编码：', '许可申请信息', '执行报告信息', '监测业务信息', '改正规定消息', '暂无数据']) expect(body).toContain(words);
    expect([...doc.querySelectorAll('.menu-title')].map((t) => t.textContent)).toEqual(['环境影响评价', '许可证业务', '许可证执行记录', '碳排放情况']);
    expect(text(doc, '#noticeLayer .layer-close')).toBe('×');
    expect(doc.querySelector('li.hrefli[onclick*="openurl(\'../jcjl/jcjl!jcjl.action\',\'jcjl\',enterid)"]')).not.toBeNull();
  });

  it('only the iframe variant has the module iframe', () => {
    expect(renderPage('/permitExt/outside/main').querySelector('iframe#mainFrame')).not.toBeNull();
    expect(renderPage('/permitExt/outside/main?frame=none').querySelector('iframe')).toBeNull();
  });

  it('every menu item the mock serves opens a served page', () => {
    const served = (site: MockSite, href: string) => findMockRoute(site, new URL(href, 'https://permit.mee.gov.cn'));
    const items = enterpriseMenu.flatMap((group) => group.items).filter((item) => item.open !== 'other');
    expect(items.length).toBeGreaterThanOrEqual(14);
    for (const item of items) {
      const href = item.open === 'openurl' ? moduleUrl(item) : item.url;
      expect(served('permit', href), href).toBeDefined();
    }
  });
});

describe('application cards', () => {
  it('every card of the notes is served at its action, in both variants', () => {
    for (const card of applicationCards) {
      for (const operate of ['edit', 'readonly'] as const) {
        const url = cardUrl(card.id, operate);
        expect(url).toMatch(/[?&]dataid=[0-9a-f]{32}&operate=(edit|readonly)&cardid=card\d+&itemtypeid=XZXKTYPE_A$/);
        expect(findMockRoute('permit', new URL(url, 'https://permit.mee.gov.cn'))?.path, url).toBe(url);
      }
    }
    expect(applicationCards.map((c) => c.id)).toEqual(['card50', ...Array.from({ length: 19 }, (_, i) => `card${i + 1}`)]);
  });

  it('the edit variant shows every tab with the current one marked; readonly shows none', () => {
    const edit = renderPage(cardUrl('card7'));
    expect(edit.querySelectorAll('#cardTabs li').length).toBe(applicationCards.length);
    expect(edit.querySelector('#cardTabs li.current a')?.getAttribute('href')).toContain('cardid=card7');
    expect(text(edit, 'h3')).toBe('大气有组织排放');
    const readonly = renderPage(cardUrl('card7', 'readonly'));
    expect(readonly.querySelector('#cardTabs')).toBeNull();
    expect(text(readonly, '.tabletitle')).toContain('大气有组织排放');
  });

  it('card1 has the credit code, region selects and the DMS parts plus hidden decimals', () => {
    const doc = renderPage(cardUrl('card1'));
    expect(doc.querySelector<HTMLInputElement>('input#tyshxydm')?.value).toBe(demoEnterprise.creditCode);
    expect(doc.querySelectorAll('select#province, select#city, select#county').length).toBe(3);
    for (const id of ['opelngd', 'opelngf', 'opelngm', 'opelatd', 'opelatf', 'opelatm']) expect(doc.querySelector(`input#${id}`), id).not.toBeNull();
    expect(doc.querySelector<HTMLInputElement>('input[type=hidden]#longitude')?.value).toBe(demoEnterprise.longitude);
    expect(doc.querySelector<HTMLInputElement>('input#selectLngLat')?.value).toBe('选择');
  });

  it.each(['card2', 'card3', 'card5'])('%s offers some industries but not D462', (id) => {
    const options = [...renderPage(cardUrl(id)).querySelectorAll('select option')].map((o) => o.getAttribute('value') ?? '');
    expect(options.filter((v) => /^[A-Z]\d{3,4}$/.test(v)).length).toBeGreaterThanOrEqual(5);
    expect(options.some((v) => v.startsWith('D462'))).toBe(false);
  });

  it('card5 has 「添加」 and 编辑 links on its 废水 table', () => {
    const doc = renderPage(cardUrl('card5'));
    expect(doc.querySelector<HTMLInputElement>('#addWasteWater')?.value).toBe('添加');
    expect(doc.querySelectorAll('#fsTable a.editLink').length).toBeGreaterThan(0);
  });

  it('card18 uploads: a file input per type (variant a), one select and file input (variant b)', () => {
    const a = renderPage(uploadPageUrl);
    for (const label of ['营业执照', '法人身份证', '环评批复', '排污口规范化照片']) expect(a.body.textContent).toContain(label);
    expect(ids(a, 'input[type=file]')).toContain('file_YYZZ');
    expect(a.querySelectorAll('form[enctype="multipart/form-data"] input[type=submit]').length).toBeGreaterThanOrEqual(4);
    const b = renderPage(uploadPageUrlB);
    expect(b.querySelectorAll('input[type=file]').length).toBe(1);
    expect(b.querySelector('select#fjlx')).not.toBeNull();
  });

  it('the pickers: two variants with 拾取/定位 and 确定 or 确认', () => {
    const a = renderPage(pickerUrl('a'));
    expect([...a.querySelectorAll<HTMLInputElement>('input[type=button]')].map((b) => b.value)).toEqual(['定位', '拾取', '确定']);
    expect(a.querySelector('input#lngInput')).not.toBeNull();
    const b = renderPage(pickerUrl('b'));
    expect([...b.querySelectorAll('button')].map((x) => x.textContent)).toEqual(['定位', '拾取', '确认']);
    expect(b.querySelector('#allmap')).not.toBeNull();
  });
});

describe('modules', () => {
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

  it('lists use the notes’ columns and statuses', () => {
    const doc = renderPage('/permitExt/outside/min_bctb.jsp');
    expect([...doc.querySelectorAll('table.list th')].map((th) => th.textContent)).toEqual(['序号', '单位名称', '审核状态', '提交时间', '操作']);
    expect([...doc.querySelectorAll('.shzt')].map((s) => s.textContent)).toEqual(['补正', '审批通过', '不予受理']);
    const statuses = mockRoutes
      .filter((r) => r.site === 'permit' && r.path.startsWith('/permitExt/') && !r.path.includes('cardid='))
      .flatMap((r) => [...renderPage(r.path).querySelectorAll('.shzt')].map((s) => s.textContent));
    expect(new Set(statuses)).toEqual(new Set(['未提交', '已提交等待受理', '审批中', '审批通过', '审批不通过', '补正', '不予受理']));
  });

  it('the monitoring jump posts tokenId, bh, lb and act to the SSO by itself', () => {
    const doc = renderPage(`/permitExt/jcjl/jcjl!jcjl.action?enterid=${demoEnterprise.enterId}`);
    const form = doc.querySelector('form#ssoForm');
    expect(form?.getAttribute('action')).toBe('https://wryjc.cnemc.cn/eap/SingleSignOnXKZ');
    expect(form?.getAttribute('method')).toBe('post');
    expect([...doc.querySelectorAll('#ssoForm input[type=hidden]')].map((i) => i.getAttribute('name'))).toEqual(['tokenId', 'bh', 'lb', 'act']);
    expect([...doc.querySelectorAll('script')].some((s) => s.textContent?.includes("getElementById('ssoForm').submit()"))).toBe(true);
  });
});

describe('/permitrep/ apps', () => {
  it('the report list shows period cards with status, time and 办理记录', () => {
    const doc = renderPage('/permitrep/report/#/list-rt?year=2025&businessType=RT');
    const cards = [...doc.querySelectorAll('.card.select-none')];
    expect(cards.map((c) => c.querySelector('.card-title')?.textContent)).toEqual(['年报', '4季度', '3季度', '2季度', '1季度']);
    expect(cards[0]?.textContent).toMatch(/状态：已提交/);
    expect(cards[0]?.textContent).toMatch(/提交时间：2026-01-12/);
    expect(cards[0]?.querySelector('.card-record')?.textContent).toBe('办理记录');
    expect(doc.querySelector('#createReport')?.textContent).toBe('创建报告');
    expect(doc.querySelector('#gotoTemplate')?.textContent).toBe('前往填报模板');
  });

  it('a report’s detail shows its period, el-menu items and 返回, with an opaque id in the URL', () => {
    expect(reportViewPaths.annual).not.toMatch(/annual|年报|quarter|month/);
    expect(mockRoutes.filter((r) => r.path.includes('report-detail'))).toEqual([]);
    const doc = renderPage(reportViewPaths.annual);
    expect(text(doc, '.el-page-header__content')).toBe('2025年 年报');
    expect(doc.querySelectorAll('.el-menu-item').length).toBeGreaterThan(5);
    expect(doc.querySelectorAll('.el-sub-menu').length).toBeGreaterThan(0);
    expect(text(doc, '.el-page-header__back')).toBe('返回');
  });

  it('the ledger app has the notes’ tabs and 「共 N 条」; the correction app may be off', () => {
    const ledger = mockRoutes.find((r) => r.kind === 'ledger' && r.path.includes('entryType=1'))!;
    const doc = renderPage(ledger.path);
    expect([...doc.querySelectorAll('.el-tabs__item')].map((t) => t.textContent)).toEqual([
      '台账记录列表', '监测信息记录', '生产设施运行状况记录', '燃料分析记录', '废气处理设施运行情况记录', '污水处理设施运行情况记录',
    ]);
    expect(text(doc, '.el-pagination')).toMatch(/^共 \d+ 条$/);
    const off = mockRoutes.find((r) => r.kind === 'correction' && r.path.includes('state=disabled'))!;
    expect(renderPage(off.path).body.textContent).toContain('功能暂未启用');
  });
});

describe('registration app', () => {
  it.each([
    ['/register/registration/list.vm', '排污登记'],
    ['/register/bcbg/listDjbg.vm', '登记变更'],
    ['/register/bcbg/listDjyx.vm', '登记延续'],
    ['/register/cancel/list.vm', '登记注销'],
  ])('%s shows %s in its own header style with status 已登记', (path, heading) => {
    const doc = renderPage(path);
    expect(text(doc, '.reg-main h2')).toBe(heading);
    expect(doc.querySelector('.reg-header')).not.toBeNull();
    expect(doc.body.textContent).toContain('已登记');
  });
});

describe('markup rules', () => {
  const pages = mockRoutes
    .map((route) => ({ route, out: route.render({ url: new URL(route.path, 'https://permit.mee.gov.cn'), method: 'GET', body: '' }) }))
    .filter(({ out }) => (out.status ?? 200) === 200);
  const siteOfHost: Record<string, MockSite> = {
    'permit.mee.gov.cn': 'permit',
    'permit.mep.gov.cn': 'permit',
    'wryjc.cnemc.cn': 'monitoring',
    'wryjc.mee.gov.cn': 'monitoring',
  };

  it.each(pages.map(({ route, out }) => [route.path, route.site, out.html] as const))(
    '%s loads no external script and links only to served pages',
    (_path, site, html) => {
      const doc = parseHtml(html);
      expect([...doc.querySelectorAll('script[src], link[rel=stylesheet]')]).toEqual([]);
      const refs = [
        ...[...doc.querySelectorAll('a[href]')].map((e) => e.getAttribute('href') ?? ''),
        ...[...doc.querySelectorAll('form[action], iframe[src], img[src]')].map((e) => e.getAttribute('action') ?? e.getAttribute('src') ?? ''),
      ];
      for (const ref of refs) {
        if (/^(javascript:|#|\?)/.test(ref)) continue;
        const absolute = /^(https:)?\/\/([^/]+)/.exec(ref);
        const target = absolute ? siteOfHost[absolute[2] ?? ''] : site;
        expect(target, `${ref} leaves the platform`).toBeDefined();
        if (!absolute) expect(ref, 'links must be root-relative').toMatch(/^\/(?!\/)/);
        const url = new URL(ref, 'https://permit.mee.gov.cn');
        const served = findMockRoute(target!, url) ?? (url.pathname === '/cas/kaptcha.jpg' ? 'captcha' : undefined);
        expect(served, `${ref} is not served by the mock`).toBeDefined();
      }
    },
  );
});
