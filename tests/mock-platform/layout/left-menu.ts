import { demoEnterprise } from '../data/enterprise';
import { esc } from './html';

export interface MenuItem {
  label: string;
  url: string;
  /** Open in a new window instead of the `mainFrame` iframe (separate apps). */
  newWindow?: boolean;
}

export interface MenuGroup {
  label: string;
  items: MenuItem[];
}

const reportLink = `/permitrep/autologin?userAccount=${demoEnterprise.username}&permitCode=${demoEnterprise.permitNumber}&cityCode=${demoEnterprise.cityCode}`;

/** The enterprise side's left menu, in the real platform's order. */
export const enterpriseMenu: MenuGroup[] = [
  {
    label: '排污许可申请',
    items: [
      { label: '许可证申请', url: '/permitExt/outside/min_bctb.jsp' },
      { label: '重新申请', url: '/permitExt/syssb/ckxm/ckxm!listCxsq.action?itemTypeID=XZXKTYPE_A&itemtype=TYPEI' },
      { label: '整改后申请', url: '/permitExt/syssb/bctb/zghsq!list.action' },
    ],
  },
  {
    label: '许可证管理',
    items: [
      { label: '许可证变更', url: '/permitExt/outside/min_bcbg.jsp' },
      { label: '许可证调整', url: '/permitExt/syssb/ckxm/ckxm!listTz.action?itemTypeID=XZXKTYPE_K&itemtype=TYPEK' },
      { label: '许可证延续', url: '/permitExt/syssb/ckxm/ckxm!listBcyx.action?itemTypeID=XZXKTYPE_D&itemtype=TYPED' },
      { label: '许可证补办', url: '/permitExt/outside/min_xkzbb.jsp' },
      { label: '信息公开', url: '/permitExt/syssb/xxgk/xxgk!list.action' },
    ],
  },
  {
    label: '证后管理',
    items: [
      { label: '台账记录', url: '/permitExt/outside/min_tzjl.jsp' },
      { label: '自动监控', url: '/permitExt/zdjk/zdjk!zdjk.action' },
      { label: '监测记录', url: `/permitExt/jcjl/jcjl!jcjl.action?enterid=${demoEnterprise.enterId}` },
      { label: '执行报告', url: reportLink, newWindow: true },
    ],
  },
  {
    label: '排污登记',
    items: [{ label: '排污登记', url: `/register/sso/autoLoginExt.vm?userCode=${demoEnterprise.username}`, newWindow: true }],
  },
];

/** The easyui-like tree: `ul.tree > li > ul > li.hrefli[data-url]`. */
export function leftMenuTree(): string {
  const groups = enterpriseMenu
    .map(
      (group) => `<li class="tree-node-open"><div class="tree-node"><span class="tree-hit tree-expanded"></span><span class="tree-title">${esc(group.label)}</span></div>
<ul>
${group.items
  .map(
    (item) =>
      `<li class="hrefli" data-url="${esc(item.url)}"${item.newWindow ? ' data-target="_blank"' : ''}><div class="tree-node"><span class="tree-indent"></span><span class="tree-icon tree-file"></span><span class="tree-title">${esc(item.label)}</span></div></li>`,
  )
  .join('\n')}
</ul></li>`,
    )
    .join('\n');
  return `<ul class="tree easyui-tree" id="menuTree">\n${groups}\n</ul>`;
}
