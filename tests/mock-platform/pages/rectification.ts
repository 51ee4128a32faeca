import { itemListRoute } from '../layout/item-list';
import { platformName } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

const title = `整改后申请-${platformName}`;

export const rectificationRoutes: MockRoute[] = [
  itemListRoute('/permitExt/syssb/bctb/zghsq!list.action', 'rectification', {
    title,
    crumbs: ['整改后申请'],
    heading: '改正完成情况提交',
    intro: '<div class="tip">有改正要求的企业，应在改正完成时限之前填写改正措施落实情况，并提交环保部门审核。</div>',
    columns: ['序号', '改正问题', '改正措施', '完成时限', '状态', '操作'],
    rows: [
      [
        '1',
        '污水处理站出水口未按规范设置采样平台',
        '按HJ 91.1要求设置规范化采样口和标识牌',
        '2023-06-30',
        '待提交',
        '<a href="javascript:void(0)" onclick="alert(\'请填写改正措施落实情况并上传整改照片\');">填写落实情况</a>',
      ],
    ],
  }),
];
