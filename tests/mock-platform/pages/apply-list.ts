import { demoEnterprise } from '../data/enterprise';
import { cardUrl } from '../layout/card-frame';
import { esc, script } from '../layout/html';
import { itemListRoute } from '../layout/item-list';
import { platformName } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

const title = `许可证申请-${platformName}`;

export const applyListRoutes: MockRoute[] = [
  itemListRoute('/permitExt/outside/min_bctb.jsp', 'apply-list', {
    title,
    crumbs: ['许可证申请'],
    heading: '排污许可证申请',
    intro:
      '<div class="tip">被撤销的许可证再次申请：点击「我要申报」，将生成上次申请时填报的申请表，修改或检查无误后提交。</div>',
    buttons: '<input type="button" class="btn" id="wysbBtn" value="我要申报" />',
    tableId: 'sqList',
    columns: ['序号', '申请编号', '单位名称', '申请类型', '填报时间', '状态', '操作'],
    rows: [
      [
        '1',
        esc(demoEnterprise.applicationDataId),
        esc(demoEnterprise.name),
        '首次申请',
        '2017-11-21',
        '<span class="sqzt">填报中</span>',
        `<a href="${esc(cardUrl('card1'))}">编辑</a> <a href="javascript:void(0)" onclick="alert('填报中的申请不能撤回');">撤回</a>`,
      ],
      [
        '2',
        'D000',
        esc(demoEnterprise.name),
        '首次申请',
        '2017-06-30',
        '<span class="sqzt">不予受理</span>',
        '<a href="javascript:void(0)" onclick="alert(\'不予受理原因：申请不属于本机关职权范围，请向有核发权限的部门申请\');">查看原因</a>',
      ],
    ],
    outro: script(`
$(function () {
  $('#wysbBtn').onclick = function () { window.location.href = '${cardUrl('card1')}'; };
});
`),
  }),
];
