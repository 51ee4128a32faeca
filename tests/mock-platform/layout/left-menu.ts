import { demoEnterprise } from '../data/enterprise';
import { esc } from './html';

/**
 * How a menu item opens: `openurl` (a module of /permitExt/, relative to /permitExt/outside/main,
 * shown in the dashboard's iframe or as the top document depending on the dashboard variant),
 * `openwin` (a separate app in a new window), or `other` (another system the mock does not serve).
 */
export type MenuOpen = 'openurl' | 'openwin' | 'other';

export interface MenuItem {
  label: string;
  /** For openurl: relative to /permitExt/outside/main, like the platform's handlers; for openwin: root-relative. */
  url: string;
  code: string;
  open: MenuOpen;
}

export interface MenuGroup {
  label: string;
  items: MenuItem[];
}

const appQuery = `userAccount=${demoEnterprise.username}&permitCode=${demoEnterprise.permitNumber}&cityCode=${demoEnterprise.cityCode}`;
export const reportAutologin = `/permitrep/autologin?${appQuery}`;
export const unifiedAutologin = `/permitrep/unified/autologin?${appQuery}`;
export const ledgerAutologin = (entryType: 1 | 2 = 1) =>
  `/permitrep/account/autologin?userAccount=${demoEnterprise.username}&permitCode=${demoEnterprise.permitNumber}&entryType=${entryType}&cityCode=${demoEnterprise.cityCode}`;
export const correctionAutologin = `/permitrep/correction/autologin?userAccount=${demoEnterprise.username}&permitCode=${demoEnterprise.permitNumber}`;
export const registerAutologin = `/register/sso/autoLoginExt.vm?userCode=${demoEnterprise.username}`;

const item = (label: string, url: string, code: string, open: MenuOpen = 'openurl'): MenuItem => ({ label, url, code, open });

/** The enterprise side's menu groups, in the order the notes give. */
export const enterpriseMenu: MenuGroup[] = [
  { label: '环境影响评价', items: [item('环评申报（试用）', '', 'hpsb', 'other'), item('自主验收', '', 'zzys', 'other')] },
  {
    label: '许可证业务',
    items: [
      item('许可证申请', '../outside/min_bctb.jsp', 'xksq'),
      item('重新申请', '../syssb/ckxm/ckxm!listCxsq.action?itemTypeID=XZXKTYPE_A&itemtype=TYPEI', 'cxsq'),
      item('变更', '../outside/min_bcbg.jsp', 'bg'),
      item('调整', '../syssb/ckxm/ckxm!listTz.action?itemTypeID=XZXKTYPE_K&itemtype=TYPEK', 'tz'),
      item('延续', '../syssb/ckxm/ckxm!listBcyx.action?itemTypeID=XZXKTYPE_D&itemtype=TYPED', 'yx'),
      item('补办', '../outside/min_xkzbb.jsp', 'bb'),
      item('土壤管理', '../outside/min_soil.jsp', 'soil'),
      item('排污登记', registerAutologin, 'pwdj', 'openwin'),
      item('信息公开', '../syssb/xxgk/xxgk!list.action', 'xxgk'),
    ],
  },
  {
    label: '许可证执行记录',
    items: [
      item('台账记录', '../outside/min_tzjl.jsp', 'tzjl'),
      item('执行报告', reportAutologin, 'zxbg', 'openwin'),
      item('监测记录', '../jcjl/jcjl!jcjl.action', 'jcjl'),
      item('改正规定', correctionAutologin, 'gzgd', 'openwin'),
      item('自动监控', '../zdjk/zdjk!zdjk.action', 'zdjk'),
      item('统一报表（试运行）', unifiedAutologin, 'tybb', 'openwin'),
    ],
  },
  { label: '碳排放情况', items: [item('碳排放报送', '', 'tpf', 'other')] },
];

/** The root-relative URL an openurl item shows (what the dashboard's script computes). */
export function moduleUrl(menuItem: Pick<MenuItem, 'url'>, enterId: string = demoEnterprise.enterId): string {
  const url = new URL(menuItem.url, 'https://permit.mee.gov.cn/permitExt/outside/main');
  url.searchParams.set('enterid', enterId);
  return url.pathname + url.search;
}

function handler(menuItem: MenuItem): string {
  if (menuItem.open === 'openurl') return `openurl('${menuItem.url}','${menuItem.code}',enterid)`;
  if (menuItem.open === 'openwin') return `openwin('${menuItem.url}','${menuItem.code}')`;
  return `othersys('${menuItem.code}')`;
}

/** The menu: groups of `li.hrefli` items with onclick handlers, as the platform's automations see it. */
export function leftMenu(): string {
  return enterpriseMenu
    .map(
      (group) => `<div class="menu-group"><div class="menu-title">${esc(group.label)}</div>
<ul class="menu-list">
${group.items.map((i) => `<li class="hrefli" onclick="${esc(handler(i))}"><a href="javascript:void(0)">${esc(i.label)}</a></li>`).join('\n')}
</ul></div>`,
    )
    .join('\n');
}
