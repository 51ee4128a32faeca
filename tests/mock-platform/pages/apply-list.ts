import { cardUrl } from '../data/cards';
import { script } from '../layout/html';
import { itemListRoute } from '../layout/item-list';
import { platformName } from '../layout/permit-frame';
import { moduleColumns, moduleRow, openInNewWindow } from '../layout/permit-row';
import type { MockRoute } from '../routes';

const title = `许可证申请-${platformName}`;

export const applyListRoutes: MockRoute[] = [
  itemListRoute('/permitExt/outside/min_bctb.jsp', 'apply-list', {
    title,
    crumbs: ['许可证申请'],
    heading: '排污许可证申请',
    intro: '<div class="tip">点击「我要申报」新建申请；申请表在新窗口中打开，各页签依次填报后提交。</div>',
    buttons:
      '<input type="button" class="btn" id="wysbBtn" value="我要申报" /> <a class="btn btn-gray" href="/permitExt/syssb/bctb/zghsq!list.action">整改后申请</a>',
    tableId: 'sqList',
    columns: moduleColumns,
    rows: [
      moduleRow(1, '补正', '2026-11-02', `${openInNewWindow(cardUrl('card1'), '修改')} ${openInNewWindow(cardUrl('card50', 'readonly'), '查看')}`),
      moduleRow(2, '审批通过', '2022-02-21', openInNewWindow(cardUrl('card1', 'readonly'), '查看')),
      moduleRow(3, '不予受理', '2021-09-30', '<a href="javascript:void(0)" onclick="alert(\'不予受理原因：申请不属于本机关职权范围，请向有核发权限的部门申请\');">查看原因</a>'),
    ],
    outro: script(`
$(function () {
  $('#wysbBtn').onclick = function () { window.open('${cardUrl('card50')}', '_blank'); };
});
`),
  }),
];
