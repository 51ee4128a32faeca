import { itemListRoute } from '../layout/item-list';
import { platformName } from '../layout/permit-frame';
import { moduleColumns, moduleRow } from '../layout/permit-row';
import type { MockRoute } from '../routes';

const title = `整改后申请-${platformName}`;

/** 整改后申请 (zghsq): the application after a 限期整改. */
export const rectificationRoutes: MockRoute[] = [
  itemListRoute('/permitExt/syssb/bctb/zghsq!list.action', 'rectification', {
    title,
    crumbs: ['许可证申请', '整改后申请'],
    heading: '整改后申请',
    intro: '<div class="tip">核发部门下达限期整改通知书的，整改完成后在此提交排污许可证申请。</div>',
    columns: moduleColumns,
    rows: [moduleRow(1, '审批不通过', '2023-05-12', '<a href="javascript:void(0)" onclick="alert(\'审批意见：整改措施落实情况材料不完整，请补充后重新提交\');">审批意见</a>')],
  }),
];
