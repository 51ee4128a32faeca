import { demoEnterprise } from '../data/enterprise';
import { esc, jsLiteral, script } from '../layout/html';
import { correctionAutologin, ledgerAutologin } from '../layout/left-menu';
import { permitrepPage } from '../layout/permitrep-frame';
import type { MockRoute } from '../routes';

const ledgerTitle = '环境管理台账';
const correctionTitle = '改正规定';

interface LedgerTab {
  label: string;
  columns: string[];
  rows: string[][];
}

const ledgerTabs: Record<'1' | '2', LedgerTab[]> = {
  '1': [
    { label: '台账记录列表', columns: ['序号', '台账名称', '记录周期', '填报时间', '状态'], rows: [['1', '2026年10月台账', '2026-10', '2026-11-03', '已提交'], ['2', '2026年9月台账', '2026-09', '2026-10-08', '已提交']] },
    { label: '监测信息记录', columns: ['序号', '排放口编号', '监测指标', '监测时间', '监测结果'], rows: [['1', 'DA001', '挥发性有机物', '2026-10-15', '12.6 mg/m³']] },
    { label: '生产设施运行状况记录', columns: ['序号', '生产设施', '运行状态', '记录时间'], rows: [['1', '反应釜 MF0001', '正常', '2026-10-31']] },
    { label: '燃料分析记录', columns: ['序号', '燃料名称', '硫分(%)', '记录时间'], rows: [] },
    { label: '废气处理设施运行情况记录', columns: ['序号', '治理设施', '运行参数', '记录时间'], rows: [['1', 'RTO焚烧炉 TA001', '炉膛温度 820℃', '2026-10-31']] },
    { label: '污水处理设施运行情况记录', columns: ['序号', '治理设施', '处理水量(t)', '记录时间'], rows: [['1', '综合污水处理站 TW001', '86', '2026-10-31']] },
  ],
  '2': [
    { label: '一般工业固体废物产生记录', columns: ['序号', '固废名称', '产生量(t)', '记录时间'], rows: [['1', '废包装材料', '2.4', '2026-10-31']] },
    { label: '一般工业固体废物流向记录', columns: ['序号', '固废名称', '去向', '数量(t)'], rows: [] },
  ],
};

/** The ledger's tab view, as browser ES5: the page runs it on tab clicks, the server runs it for the first view. */
const ledgerViewSource = String.raw`
function renderLedger(tabs, active, info) {
  function esc(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;'); }
  var head = '', tab = tabs[active], rows = '';
  for (var i = 0; i < tabs.length; i++) { head += '<div class="el-tabs__item' + (i === active ? ' is-active' : '') + '" data-tab="' + i + '">' + esc(tabs[i].label) + '</div>'; }
  for (var r = 0; r < tab.rows.length; r++) { rows += '<tr><td>' + tab.rows[r].map(esc).join('</td><td>') + '</td></tr>'; }
  if (!rows) { rows = '<tr><td colspan="' + tab.columns.length + '">暂无数据</td></tr>'; }
  return '<div class="el-tabs"><div class="el-tabs__header" role="tablist">' + head + '</div>' + info +
    '<table class="rp-table"><tr><th>' + tab.columns.join('</th><th>') + '</th></tr>' + rows + '</table>' +
    '<div class="el-pagination">共 ' + tab.rows.length + ' 条</div></div>';
}
`;
const renderLedger = new Function(`${ledgerViewSource}\nreturn renderLedger;`)() as (tabs: LedgerTab[], active: number, info: string) => string;

function ledgerApp(entryType: '1' | '2'): string {
  const tabs = ledgerTabs[entryType];
  const info = `<div class="rp-info"><span>单位名称：${esc(demoEnterprise.name)}</span><span>许可证编号：${esc(demoEnterprise.permitNumber)}</span></div>`;
  return permitrepPage({
    title: ledgerTitle,
    appName: entryType === '1' ? '环境管理台账' : '一般工业固废电子台账',
    user: esc(demoEnterprise.name),
    app: renderLedger(tabs, 0, info),
    after: script(`
${ledgerViewSource}
(function () {
  var TABS = ${jsLiteral(tabs)}, INFO = ${jsLiteral(info)};
  var app = document.getElementById('app');
  app.addEventListener('click', function (e) { var i = e.target.getAttribute('data-tab'); if (i !== null) { app.innerHTML = renderLedger(TABS, Number(i), INFO); } });
})();
`),
  });
}

function correctionApp(disabled: boolean): string {
  const app = disabled
    ? '<div class="el-empty"><p class="el-empty__description">功能暂未启用</p></div>'
    : `<div class="rp-head"><h2>改正规定</h2></div>
<div class="rp-info"><span>单位名称：${esc(demoEnterprise.name)}</span><span>许可证编号：${esc(demoEnterprise.permitNumber)}</span></div>
<table class="rp-table" id="gzTable"><tr><th>序号</th><th>改正问题</th><th>改正措施</th><th>完成时限</th><th>状态</th><th>操作</th></tr>
<tr><td>1</td><td>污水处理站出水口未按规范设置采样平台</td><td>按HJ 91.1要求设置规范化采样口和标识牌</td><td>2027-06-30</td><td>待提交</td><td><button type="button" class="el-button el-button--primary" id="fillCorrection">填写落实情况</button></td></tr>
</table>
<div class="el-pagination">共 1 条</div>
<p class="rp-note">有改正要求的排污单位，应在改正完成时限之前填写改正措施落实情况并提交。</p>
${script(`document.getElementById('fillCorrection').onclick = function () { alert('请填写改正措施落实情况并上传整改照片'); };`)}`;
  return permitrepPage({ title: correctionTitle, appName: '改正规定', user: esc(demoEnterprise.name), app });
}

/** The 台账 (ledger) app and the 改正规定 (correction) app under /permitrep/: not execution reports. */
export const permitrepAppRoutes: MockRoute[] = [
  { path: ledgerAutologin(1), site: 'permit', kind: 'ledger', title: ledgerTitle, main: true, variant: 'entryType 1: 电子台账', render: () => ({ html: ledgerApp('1') }) },
  { path: ledgerAutologin(2), site: 'permit', kind: 'ledger', title: ledgerTitle, variant: 'entryType 2: 一般工业固废电子台账', render: () => ({ html: ledgerApp('2') }) },
  { path: correctionAutologin, site: 'permit', kind: 'correction', title: correctionTitle, main: true, variant: 'the correction list', render: () => ({ html: correctionApp(false) }) },
  {
    path: `${correctionAutologin}&state=disabled`,
    site: 'permit',
    kind: 'correction',
    title: correctionTitle,
    variant: '「功能暂未启用」 (mock parameter state=disabled)',
    render: () => ({ html: correctionApp(true) }),
  },
];
