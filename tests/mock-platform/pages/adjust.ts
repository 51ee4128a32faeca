import { itemListRoute } from '../layout/item-list';
import { platformName } from '../layout/permit-frame';
import { moduleColumns, moduleRow } from '../layout/permit-row';
import type { MockRoute } from '../routes';

const title = `许可证调整-${platformName}`;

/** 调整 (TYPEK): a module of its own. */
export const adjustRoutes: MockRoute[] = [
  itemListRoute('/permitExt/syssb/ckxm/ckxm!listTz.action?itemTypeID=XZXKTYPE_K&itemtype=TYPEK', 'adjust', {
    title,
    crumbs: ['调整'],
    heading: '排污许可证调整',
    intro: '<div class="tip">因排放标准、总量控制要求等发生变化需调整许可事项的，由核发部门通知后在此提交调整申请。</div>',
    columns: moduleColumns,
    rows: [moduleRow(1, '已提交等待受理', '2026-11-26', '<a href="javascript:void(0)" onclick="alert(\'已提交，等待核发部门受理\');">查看</a>')],
  }),
];
