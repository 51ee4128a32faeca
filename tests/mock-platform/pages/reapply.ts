import { cardUrl } from '../data/cards';
import { itemListRoute } from '../layout/item-list';
import { platformName } from '../layout/permit-frame';
import { moduleColumns, moduleRow, openInNewWindow } from '../layout/permit-row';
import type { MockRoute } from '../routes';

const title = `重新申请-${platformName}`;

export const reapplyRoutes: MockRoute[] = [
  itemListRoute('/permitExt/syssb/ckxm/ckxm!listCxsq.action?itemTypeID=XZXKTYPE_A&itemtype=TYPEI', 'reapply', {
    title,
    crumbs: ['重新申请'],
    heading: '排污许可证重新申请',
    intro: '<div class="tip">新建、改建、扩建排放污染物的项目，或生产规模、污染物排放种类、排放方式等发生重大变化的，应当重新申请排污许可证。</div>',
    columns: moduleColumns,
    rows: [moduleRow(1, '未提交', '', openInNewWindow(cardUrl('card1'), '重新申请'))],
  }),
];
