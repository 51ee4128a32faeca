import { itemListPage, type ItemListParts } from '../layout/item-list';
import { ledgerAutologin } from '../layout/left-menu';
import { platformName } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

const view = '<a href="javascript:void(0)" onclick="alert(\'台账已提交，不能修改\');">查看</a>';
const title = `台账记录-${platformName}`;

const ledger: ItemListParts = {
  title,
  crumbs: ['台账记录'],
  heading: '环境管理台账记录',
  intro: `<div class="tip">请按照许可证规定的记录内容和频次填报环境管理台账，台账保存期限不少于五年。</div>
<p><a class="btn" href="javascript:void(0)" onclick="window.open('${ledgerAutologin(1)}', 'tzjl')">电子台账</a>
   <a class="btn btn-gray" href="javascript:void(0)" onclick="window.open('${ledgerAutologin(2)}', 'gfdzz')">一般工业固废电子台账</a></p>`,
  columns: ['序号', '台账类型', '记录周期', '填报时间', '操作'],
  rows: [
    ['1', '生产设施运行管理信息', '2026年10月', '2026-11-03', view],
    ['2', '污染防治设施运行管理信息', '2026年10月', '2026-11-03', view],
  ],
};

/** 台账记录: the menu page and the action behind it (the electronic ledger itself is the /permitrep/account/ app). */
export const ledgerRoutes: MockRoute[] = [
  { path: '/permitExt/outside/min_tzjl.jsp', site: 'permit', kind: 'ledger', title, render: () => ({ html: itemListPage(ledger) }) },
  { path: '/permitExt/tzjl/tzjl!tzjl.action', site: 'permit', kind: 'ledger', title, render: () => ({ html: itemListPage(ledger) }) },
];
