import { itemListRoute, type ItemListParts } from '../layout/item-list';
import { platformName } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

const view = '<a href="javascript:void(0)" onclick="alert(\'台账已提交，不能修改\');">查看</a>';

const ledger: ItemListParts = {
  title: `台账记录-${platformName}`,
  crumbs: ['台账记录'],
  heading: '环境管理台账记录',
  intro: '<div class="tip">请按照许可证规定的记录内容和频次填报环境管理台账，台账保存期限不少于五年。</div>',
  buttons: '<input type="button" class="btn" value="新增台账" onclick="alert(\'请选择台账类型\');" />',
  columns: ['序号', '台账类型', '记录周期', '填报时间', '操作'],
  rows: [
    ['1', '生产设施运行管理信息', '2026年10月', '2026-11-03', view],
    ['2', '污染防治设施运行管理信息', '2026年10月', '2026-11-03', view],
  ],
};

/** 台账记录 (menu page and the action behind it): page kind 'ledger'. */
export const ledgerRoutes: MockRoute[] = [
  itemListRoute('/permitExt/outside/min_tzjl.jsp', 'ledger', ledger),
  itemListRoute('/permitExt/tzjl/tzjl!tzjl.action', 'ledger', ledger),
];
