import { itemListRoute } from '../layout/item-list';
import { platformName } from '../layout/permit-frame';
import { permitCells } from '../layout/permit-row';
import type { MockRoute } from '../routes';

const title = `许可证调整-${platformName}`;

/** 调整 (TYPEK): a kind of its own. */
export const adjustRoutes: MockRoute[] = [
  itemListRoute('/permitExt/syssb/ckxm/ckxm!listTz.action', 'adjust', {
    title,
    crumbs: ['许可证调整'],
    heading: '排污许可证调整',
    intro: '<div class="tip">因排放标准、总量控制要求等发生变化需调整许可事项的，由核发部门通知后在此提交调整申请。</div>',
    columns: ['序号', '许可证编号', '单位名称', '行业类别', '调整通知', '操作'],
    rows: [[...permitCells(), '无', '<span style="color:#999">暂无需调整事项</span>']],
  }),
];
