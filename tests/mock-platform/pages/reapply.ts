import { cardUrl } from '../layout/card-frame';
import { esc } from '../layout/html';
import { itemListRoute } from '../layout/item-list';
import { platformName } from '../layout/permit-frame';
import { permitCells } from '../layout/permit-row';
import type { MockRoute } from '../routes';

const title = `重新申请-${platformName}`;

export const reapplyRoutes: MockRoute[] = [
  itemListRoute('/permitExt/syssb/ckxm/ckxm!listCxsq.action?itemTypeID=XZXKTYPE_A&itemtype=TYPEI', 'reapply', {
    title,
    crumbs: ['重新申请'],
    heading: '排污许可证重新申请',
    intro: '<div class="tip">排污单位新建、改建、扩建排放污染物的项目，或者生产规模、污染物排放种类、排放方式等发生重大变化的，应当重新申请排污许可证。</div>',
    columns: ['序号', '许可证编号', '单位名称', '行业类别', '发证日期', '操作'],
    rows: [[...permitCells(), '2022-03-16', `<a class="btn" href="${esc(cardUrl('card1'))}">重新申请</a>`]],
  }),
];
