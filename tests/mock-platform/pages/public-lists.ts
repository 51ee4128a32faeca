import { esc } from '../layout/html';
import { platformName, publicPage } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

interface PublicList {
  path: string;
  label: string;
  columns: string[];
  rows: string[][];
}

/** The public side's notice lists; an empty one says 暂无数据 like the platform's. */
const lists: PublicList[] = [
  {
    path: '/perxxgkinfo/syssb/xkgg/xkgg!xkgg_zxggList.action',
    label: '注销公告',
    columns: ['序号', '单位名称', '许可证编号', '注销原因', '注销日期', '发证机关'],
    rows: [['1', '石家庄长安铸造有限公司', '91130102MA0E2L6P3B001U', '排污单位依法终止', '2026-10-12', '石家庄市生态环境局']],
  },
  {
    path: '/perxxgkinfo/syssb/xkgg/xkgg!xkgg_cxggList.action',
    label: '撤销公告',
    columns: ['序号', '单位名称', '许可证编号', '撤销原因', '撤销日期', '发证机关'],
    rows: [],
  },
  {
    path: '/perxxgkinfo/syssb/xkgg/xkgg!xkgg_yssmList.action',
    label: '遗失声明',
    columns: ['序号', '单位名称', '许可证编号', '遗失类型', '声明日期'],
    rows: [['1', '东莞市虎门恒发印染有限公司', '91441900MA4UQ2W87H001P', '正本遗失', '2026-11-03']],
  },
  {
    path: '/perxxgkinfo/syssb/xkgg/xkgg!xxgkXqzgList.action',
    label: '限期整改',
    columns: ['序号', '单位名称', '整改通知书编号', '整改期限', '核发机关'],
    rows: [],
  },
  {
    path: '/perxxgkinfo/syssb/xxgk/xxgk!sqqlist.action',
    label: '申请前信息公开',
    columns: ['序号', '单位名称', '行业类别', '公开起始日期', '公开截止日期'],
    rows: [['1', '南京浦江精细化工有限公司', '专项化学用品制造', '2026-11-10', '2026-11-14']],
  },
  {
    path: '/perxxgkinfo/syssb/xkgg/xkgg!getRegisterInfo.action',
    label: '登记信息',
    columns: ['序号', '单位名称', '登记编号', '行业类别', '登记日期', '有效期'],
    rows: [['1', '通州区永顺家具加工厂', '92110112MA01Q5HX4R001Y', '木质家具制造', '2025-06-18', '2030-06-17']],
  },
];

export function publicListLinks(): [string, string][] {
  return lists.map((l) => [l.path, l.label]);
}

function render(list: PublicList): string {
  const head = list.columns.map((c) => `<th>${esc(c)}</th>`).join('');
  const rows = list.rows.length
    ? list.rows.map((r) => `<tr>${r.map((c) => `<td align="center">${esc(c)}</td>`).join('')}</tr>`).join('\n')
    : `<tr><td colspan="${list.columns.length}" align="center">暂无数据</td></tr>`;
  return publicPage({
    title: `${list.label}-${platformName}`,
    nav: 'xkxx',
    body: `<div class="box"><div class="box-title">${esc(list.label)}</div><div class="box-body">
<table class="list">
<tr>${head}</tr>
${rows}
</table>
<div style="text-align:right;margin-top:6px">共${list.rows.length ? 1 : 0}页</div>
</div></div>`,
  });
}

const sqqList = lists.find((l) => l.path.endsWith('xxgk!sqqlist.action'))!;
export const sqqListTitle = `${sqqList.label}-${platformName}`;
export const renderSqqList = () => render(sqqList);

/** 注销 / 撤销 / 遗失 / 限期整改 / 申请前公开 / 登记信息 lists: all public-info. */
export const publicListRoutes: MockRoute[] = lists.map((list) => ({
  path: list.path,
  site: 'permit',
  kind: 'public-info',
  title: `${list.label}-${platformName}`,
  render: () => ({ html: render(list) }),
}));
