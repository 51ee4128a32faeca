import { esc } from '../layout/html';
import { itemListPage } from '../layout/item-list';
import { platformName } from '../layout/permit-frame';
import { permitCells } from '../layout/permit-row';
import type { MockRoute } from '../routes';

const menuTitle = `许可证变更-${platformName}`;
const listTitle = `变更申请列表-${platformName}`;
const listBcbg = '/permitExt/syssb/ckxm/ckxm!listBcbg.action';

export const changeRoutes: MockRoute[] = [
  {
    path: '/permitExt/outside/min_bcbg.jsp',
    site: 'permit',
    kind: 'change',
    title: menuTitle,
    render: () => ({
      html: itemListPage({
        title: menuTitle,
        crumbs: ['许可证变更'],
        heading: '排污许可证变更',
        intro: `<div class="tip">已核发许可证的统一社会信用代码、单位名称、注册地址、法定代表人等登记事项发生变化，或许可事项需变更的，应提出变更申请。</div>
<p><a class="btn" href="${listBcbg}?itemTypeID=XZXKTYPE_C&amp;itemtype=TYPEC_1">登记事项变更</a>
   <a class="btn" href="${listBcbg}?itemTypeID=XZXKTYPE_C&amp;itemtype=TYPEC_2">许可事项变更</a></p>`,
        columns: ['序号', '变更编号', '变更类型', '申请时间', '状态'],
        rows: [['1', 'BG2023000817', '登记事项变更', '2023-08-17', '已办结']],
      }),
    }),
  },
  {
    path: listBcbg,
    site: 'permit',
    kind: 'change',
    title: listTitle,
    render: ({ url }) => {
      const kindName = url.searchParams.get('itemtype') === 'TYPEC_2' ? '许可事项变更' : '登记事项变更';
      return {
        html: itemListPage({
          title: listTitle,
          crumbs: ['许可证变更', kindName],
          heading: kindName,
          columns: ['序号', '许可证编号', '单位名称', '行业类别', '有效期限', '操作'],
          rows: [
            [
              ...permitCells(),
              '2022-03-16至2027-03-15',
              `<a class="btn" href="javascript:void(0)" onclick="alert('${esc(kindName)}申请表已生成，请逐项检查后提交');">申请变更</a>`,
            ],
          ],
        }),
      };
    },
  },
];
