import { cardUrl } from '../data/cards';
import { itemListPage } from '../layout/item-list';
import { platformName } from '../layout/permit-frame';
import { moduleColumns, moduleRow, openInNewWindow } from '../layout/permit-row';
import type { MockRoute } from '../routes';

const menuTitle = `许可证变更-${platformName}`;
const listTitle = `变更申请列表-${platformName}`;
const listBcbg = '/permitExt/syssb/ckxm/ckxm!listBcbg.action';
const registered = `${listBcbg}?itemTypeID=XZXKTYPE_A&itemtype=TYPEC&searchItem=TYPEC_1`;
const licensed = `${listBcbg}?itemTypeID=XZXKTYPE_C&itemtype=TYPEC&searchItem=TYPEC_2`;

function listRoute(path: string, kindName: string): MockRoute {
  return {
    path,
    site: 'permit',
    kind: 'change',
    title: listTitle,
    render: () => ({
      html: itemListPage({
        title: listTitle,
        crumbs: ['变更', kindName],
        heading: kindName,
        columns: moduleColumns,
        rows: [moduleRow(1, '审批中', '2026-11-18', openInNewWindow(cardUrl('card1', 'readonly'), '查看'))],
      }),
    }),
  };
}

export const changeRoutes: MockRoute[] = [
  {
    path: '/permitExt/outside/min_bcbg.jsp',
    site: 'permit',
    kind: 'change',
    title: menuTitle,
    render: () => ({
      html: itemListPage({
        title: menuTitle,
        crumbs: ['变更'],
        heading: '排污许可证变更',
        intro: `<div class="tip">排污单位名称、注册地址、法定代表人等登记事项发生变化，或许可事项需变更的，应提出变更申请。</div>
<p><a class="btn" href="${registered.replace(/&/g, '&amp;')}">登记事项变更</a>
   <a class="btn" href="${licensed.replace(/&/g, '&amp;')}">许可事项变更</a></p>`,
        columns: moduleColumns,
        rows: [moduleRow(1, '审批通过', '2023-08-17', openInNewWindow(cardUrl('card1', 'readonly'), '查看'))],
      }),
    }),
  },
  listRoute(registered, '登记事项变更'),
  listRoute(licensed, '许可事项变更'),
];
