import { esc, htmlDocument, jsLiteral, script, style } from '../layout/html';
import type { MockRoute } from '../routes';
import { assetRoutes, heavyHead } from './assets';

/**
 * Pages of the real platform's weight, for the benchmark (issue 15) and the end-to-end tests: each
 * loads jQuery 1.12, jQuery UI and an easyui-like widget layer (assets.ts) and builds its menu tree,
 * tabs, grids and form widgets at load, as the platform's pages do. They answer at the platform's
 * real paths with `mockWeight=heavy` (or `mockRows=N` for the list), so URL detection sees real paths.
 */
const platformName = '全国排污许可证管理信息平台';
const enterprise = {
  name: '北京清源环保科技有限公司',
  creditCode: '91110108MA01C3XK2X',
  permitNumber: '91110108MA01C3XK2X001P',
  industry: 'C2614 有机化学原料制造',
};

export const heavyPaths = {
  dashboard: '/permitExt/outside/main?mockWeight=heavy',
  welcome: '/permitExt/outside/welcome.jsp?mockWeight=heavy',
  card: '/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action?dataid=D001&cardid=card1&mockWeight=heavy',
  /** The renewal list with `rows` permits (300 is the platform's weight; 900 and 3,000 for the flat-cost curve). */
  list: (rows: number) => `/permitExt/syssb/ckxm/ckxm!listBcyx.action?itemTypeID=XZXKTYPE_D&itemtype=TYPED&mockRows=${rows}`,
} as const;

/** The list sizes served: 1×, 3× and 10× the platform's 300-row list. */
export const heavyListRows = [300, 900, 3000] as const;

const pageStyles = style(`
body { margin: 0; font: 12px/1.5 "Microsoft YaHei", SimSun, sans-serif; color: #333; background: #fff; }
.topbar { height: 64px; background: linear-gradient(#1c6fc4, #0b4f9c); color: #fff; position: relative; }
.topbar .logo { position: absolute; left: 20px; top: 14px; font-size: 22px; font-weight: bold; }
.topbar .userinfo { position: absolute; right: 20px; top: 36px; color: #d6e6f8; }
#leftMenu { position: absolute; left: 0; top: 64px; bottom: 0; width: 200px; overflow: auto; background: #f3f7fc; border-right: 1px solid #9bb9df; }
#mainTabs { position: absolute; left: 201px; right: 0; top: 64px; bottom: 0; padding: 0; border: 0; }
#mainTabs iframe { width: 100%; height: 600px; border: 0; }
ul.tree { margin: 0; padding: 0; list-style: none; } ul.tree ul { margin: 0; padding: 0; list-style: none; }
.tree-node { height: 26px; line-height: 26px; cursor: pointer; white-space: nowrap; padding-left: 8px; }
li.hrefli .tree-node { padding-left: 26px; } .tree-node-hover { background: #e2edf9; } li.tree-node-selected > .tree-node { background: #fbec88; }
.crumb { padding: 6px 10px; background: #eef4fb; border-bottom: 1px solid #c5d7ee; }
.module { padding: 10px; }
.datagrid { margin: 10px 0; } .datagrid table { border-collapse: collapse; width: 100%; table-layout: fixed; }
.datagrid th, .datagrid td { border: 1px solid #ccd9ea; padding: 0 4px; height: 25px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.datagrid th { background: #e8f0fa; } .datagrid-row-alt { background: #f7fafd; } .datagrid-row-over { background: #e2edf9; }
.datagrid-cell-check { width: 26px; text-align: center; } .datagrid-pager { padding: 4px; border-top: 1px solid #ccd9ea; }
table.form { border-collapse: collapse; width: 100%; } table.form th, table.form td { border: 1px solid #ccd9ea; padding: 3px 6px; }
table.form th { width: 150px; background: #f3f7fc; text-align: right; font-weight: normal; }
.textbox { display: inline-block; border: 1px solid #95b8e7; border-radius: 3px; } .textbox-invalid { border-color: #ffa8a8; background: #fff3f3; }
.textbox input { border: 0; padding: 2px 4px; width: 160px; } .red { color: #c00; }
.searchbar { padding: 6px 0; } .searchbar label { margin-right: 4px; } .toolbar { padding: 4px 0; }
`);

function page(parts: { title: string; body: string; onLoad: string }): string {
  return htmlDocument({
    title: parts.title,
    head: `${heavyHead}\n${pageStyles}`,
    body: `${parts.body}\n${script(`$(function () {\n${parts.onLoad}\n});`)}`,
  });
}

const menu = [
  { text: '环境影响评价', children: ['环评申报（试用）', '自主验收'] },
  {
    text: '许可证业务',
    children: ['许可证申请', '重新申请', '变更', '调整', '延续', '补办', '土壤管理', '排污登记', '信息公开', '整改后申请'],
  },
  { text: '许可证执行记录', children: ['台账记录', '执行报告', '监测记录', '改正规定', '自动监控', '统一报表（试运行）'] },
  { text: '碳排放情况', children: ['碳排放报送'] },
  { text: '系统管理', children: ['修改注册单位信息', '修改密码', '消息中心', '操作手册下载', '常见问题'] },
].map((group, groupIndex) => ({
  text: group.text,
  children: group.children.map((text, index) => ({ text, url: `/permitExt/outside/module.jsp?menu=${groupIndex}-${index}` })),
}));

function renderDashboard(): string {
  return page({
    title: `${platformName}-企业端`,
    body: `<div class="topbar"><div class="logo">${platformName}<small>企业端</small></div>
<div class="userinfo">欢迎您，${esc(enterprise.name)}（demo）<a href="/cas/logout" id="logoutLink">退出</a></div></div>
<div id="leftMenu"><div class="easyui-accordion"><h3>功能菜单</h3><div id="menuTree"></div></div></div>
<div id="mainTabs"><ul class="tabs-header"><li><a href="#tab-home">首页</a></li></ul>
<div id="tab-home" class="tabs-panel"><iframe name="mainFrame" id="mainFrame" frameborder="0" src="${esc(heavyPaths.welcome)}"></iframe></div></div>
<div class="easyui-dialog" id="noticeDialog" title="重要通知"><p>关于做好排污许可证延续工作的通知：请在有效期届满前提出延续申请。</p></div>`,
    onLoad: `var menu = ${jsLiteral(menu)};
$('#mainTabs').pagetabs();
$('#menuTree').menutree({ data: menu, onSelect: function (item) { $('#mainTabs').data('open')(item); } });`,
  });
}

const grid = (id: string, title: string, columns: string[], rows: string[][]) => ({ id, title, columns, rows });

function renderWelcome(): string {
  const statuses = ['未提交', '已提交等待受理', '审批中', '审批通过', '补正'];
  const grids = [
    grid('sqxx', '许可申请信息', ['序号', '单位名称', '业务类型', '审核状态', '提交时间'], Array.from({ length: 12 }, (_, i) => [
      String(i + 1), enterprise.name, ['首次申请', '变更', '延续', '重新申请'][i % 4]!, statuses[i % statuses.length]!, `2025-${String((i % 12) + 1).padStart(2, '0')}-1${i % 10}`,
    ])),
    grid('zxbg', '执行报告信息', ['序号', '报告类型', '报告周期', '状态', '提交时间'], Array.from({ length: 12 }, (_, i) => [
      String(i + 1), ['年报', '季报', '月报'][i % 3]!, `2025年第${(i % 4) + 1}季度`, statuses[i % statuses.length]!, `2025-${String((i % 12) + 1).padStart(2, '0')}-2${i % 10}`,
    ])),
    grid('jcyw', '监测业务信息', ['序号', '监测点位', '监测项目', '状态'], Array.from({ length: 10 }, (_, i) => [
      String(i + 1), `DW00${i + 1}`, ['化学需氧量', '氨氮', '颗粒物', '二氧化硫'][i % 4]!, '正常',
    ])),
    grid('gzgd', '改正规定消息', ['序号', '消息', '时间'], []),
  ];
  const data = grids.map((g) => ({
    id: g.id,
    columns: g.columns.map((title, index) => ({ field: `c${index}`, title })),
    rows: g.rows.map((row) => Object.fromEntries(row.map((value, index) => [`c${index}`, value]))),
  }));
  return page({
    title: `欢迎页-${platformName}`,
    body: `<div class="crumb">当前位置：首页</div><div class="module">
<h3>欢迎使用${platformName}（企业端）</h3>
<p>排污单位编码：${esc(enterprise.creditCode)}　许可证编号：${esc(enterprise.permitNumber)}</p>
<div class="easyui-accordion">${grids.map((g) => `<h3>${esc(g.title)}</h3><div><div id="${g.id}"></div>${g.rows.length === 0 ? '<p>暂无数据</p>' : ''}</div>`).join('')}</div></div>`,
    onLoad: `var grids = ${jsLiteral(data)};
$.each(grids, function (i, g) { $('#' + g.id).datagrid({ columns: g.columns, data: g.rows, pageSize: 10 }); });`,
  });
}

/** A deterministic list of permits: the demo enterprise first, then invented ones. */
function permitRows(count: number): Record<string, string>[] {
  const industries = ['C2614 有机化学原料制造', 'D4411 火力发电', 'C3011 水泥制造', 'C1761 纺织服装', 'C2710 化学药品原料药制造'];
  const statuses = ['有效', '有效', '即将到期', '已延续'];
  return Array.from({ length: count }, (_, i) => {
    const year = 2021 + (i % 6);
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 27) + 1).padStart(2, '0');
    return {
      no: String(i + 1),
      xkzbh: i === 0 ? enterprise.permitNumber : `91${String(110000 + i * 7).padStart(6, '0')}MA0${String(i).padStart(5, '0')}001P`,
      name: i === 0 ? enterprise.name : `示例${['环保', '化工', '电力', '建材', '制药'][i % 5]}企业${i}有限公司`,
      industry: industries[i % industries.length]!,
      from: `${year}-${month}-${day}`,
      to: `${year + 5}-${month}-${day}`,
      status: statuses[i % statuses.length]!,
    };
  });
}

function renderList(rows: number): string {
  const title = `许可证延续-${platformName}`;
  return page({
    title,
    body: `<div class="crumb">当前位置：企业端 &gt; 许可证延续</div><div class="module">
<h3>排污许可证延续</h3>
<div class="tip">需要延续排污许可证有效期的，应当在有效期届满三十个工作日前提出延续申请。</div>
<form id="searchForm" class="searchbar">
<label>单位名称：</label><input type="text" name="entername" />
<label>许可证编号：</label><input type="text" name="xkzbh" />
<label>有效期至：</label><input type="text" class="date" name="yxqzStart" /> - <input type="text" class="date" name="yxqzEnd" />
<label>状态：</label><select class="combo" name="status"><option>全部</option><option>有效</option><option>即将到期</option><option>已延续</option></select>
<input type="button" class="btn" value="查询" /> <input type="button" class="btn" value="重置" />
</form>
<div class="toolbar"><a class="easyui-linkbutton" href="javascript:void(0)">申请延续</a> <a class="easyui-linkbutton" href="javascript:void(0)">导出</a></div>
<div id="yxList"></div></div>`,
    onLoad: `var rows = ${jsLiteral(permitRows(rows))};
$('#searchForm').parseform();
$('#yxList').datagrid({
  checkbox: true,
  columns: [
    { field: 'no', title: '序号' }, { field: 'xkzbh', title: '许可证编号' }, { field: 'name', title: '单位名称' },
    { field: 'industry', title: '行业类别' }, { field: 'from', title: '有效期起' }, { field: 'to', title: '有效期至' },
    { field: 'status', title: '状态' },
    { field: 'op', title: '操作', formatter: function (value, row, index) {
      return '<a href="javascript:void(0)" class="l-btn" onclick="return false;">申请延续</a> <a href="javascript:void(0)" class="l-btn" onclick="return false;">查看</a>';
    } }
  ],
  data: rows
});`,
  });
}

const cardTabs = ['排污单位基本信息', '经纬度选择', '产品产能', '废水产治排', '相关附件', '大气污染物排放', '自行监测要求', '环境管理台账记录'];

function renderCard(): string {
  const basic: [string, string][] = [
    ['单位名称', `<input type="text" name="EnterName" value="${esc(enterprise.name)}" data-required="true" />`],
    ['统一社会信用代码', `<input type="text" name="SocietyCode" id="SocietyCode" value="${esc(enterprise.creditCode)}" data-required="true" />`],
    ['注册地址', '<input type="text" name="EnterAddress" value="北京市海淀区温泉镇环保产业园创新路8号" />'],
    [
      '生产经营场所地址',
      '<select class="combo" name="province"><option value="110000">北京市</option><option value="120000">天津市</option></select> <select class="combo" name="city"><option>北京市</option></select> <select class="combo" name="counties"><option>海淀区</option><option>朝阳区</option></select>',
    ],
    ['邮政编码', '<input type="text" name="ZipCode" value="100095" />'],
    ['行业类别', `<select class="combo" name="industryName"><option>${esc(enterprise.industry)}</option><option>D4411 火力发电</option></select>`],
    ['投产日期', '<input type="text" class="date" name="tcrq" value="2015-06-01" />'],
    ['法定代表人', '<input type="text" name="LegalPerson" value="王建国" />'],
    ['技术负责人', '<input type="text" name="jsfzr" value="李晓梅" />'],
    ['固定电话', '<input type="text" name="Telephone" value="010-62458810" />'],
    ['移动电话', '<input type="text" name="Mobile" value="13800000000" />'],
    ['中心经度', '<input type="text" name="longitude" value="116.193852" readonly="readonly" />'],
    ['中心纬度', '<input type="text" name="latitude" value="40.046217" readonly="readonly" />'],
    ['所在地是否属于重点区域', '<select class="combo" name="zdqy"><option>否</option><option>是</option></select>'],
    ['环境影响评价审批意见文号', '<input type="text" name="hpwh" />'],
    ['地方政府对违规项目的认定或备案文件', '<input type="text" name="bawj" />'],
  ];
  // 主要产排污设施: 37 rows of five inputs each, about 200 inputs with the basic fields.
  const facilities = Array.from({ length: 37 }, (_, i) => {
    const n = i + 1;
    return `<tr><td>${n}</td><td><input type="text" name="ss[${i}].name" value="生产设施${n}" data-required="true" /></td><td><input type="text" name="ss[${i}].code" value="MF${String(n).padStart(4, '0')}" /></td><td><input type="text" name="ss[${i}].param" value="${n * 10}" /></td><td><input type="text" name="ss[${i}].unit" value="t/h" /></td><td><input type="text" name="ss[${i}].note" /></td></tr>`;
  }).join('');
  return page({
    title: `排污许可证申请表-${cardTabs[0]}`,
    body: `<div class="crumb">当前位置：企业端 &gt; 许可证申请 &gt; 排污许可证申请表 &gt; ${cardTabs[0]}</div><div class="module">
<div id="cardTabs"><ul>${cardTabs.map((label, index) => `<li><a href="#card${index + 1}">${esc(label)}</a></li>`).join('')}</ul>
<div id="card1"><form id="basicForm">
<table class="form"><caption>排污单位基本情况</caption>${basic.map(([label, field]) => `<tr><th>${label}：</th><td>${field}</td></tr>`).join('')}</table>
<table class="form"><caption>主要生产设施</caption><tr><th>序号</th><th>设施名称</th><th>设施编号</th><th>设计参数</th><th>计量单位</th><th>备注</th></tr>${facilities}</table>
</form></div>
${cardTabs.slice(1).map((_, index) => `<div id="card${index + 2}"></div>`).join('')}
</div>
<div class="cardfoot"><input type="button" class="btn" value="暂存" /> <input type="button" class="btn" value="下一步" /></div></div>`,
    onLoad: `$('#cardTabs').tabs();
$('#basicForm').parseform();`,
  });
}

export const heavyRoutes: MockRoute[] = [
  ...assetRoutes,
  { path: heavyPaths.dashboard, site: 'permit', kind: 'dashboard', title: `${platformName}-企业端`, render: () => ({ html: renderDashboard() }) },
  { path: heavyPaths.welcome, site: 'permit', kind: 'dashboard', title: `欢迎页-${platformName}`, render: () => ({ html: renderWelcome() }) },
  { path: heavyPaths.card, site: 'permit', kind: 'apply-basic-info', title: `排污许可证申请表-${cardTabs[0]}`, render: () => ({ html: renderCard() }) },
  ...heavyListRows.map(
    (rows): MockRoute => ({ path: heavyPaths.list(rows), site: 'permit', kind: 'renewal', title: `许可证延续-${platformName}`, render: () => ({ html: renderList(rows) }) }),
  ),
];
