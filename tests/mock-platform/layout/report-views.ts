/**
 * The execution-report app's views, written once as browser JavaScript (ES5): the page
 * embeds this source, and the server evaluates the same source to pre-render the first
 * view, so a saved page already holds the content the browser would show.
 */
export const reportViewsSource = String.raw`
function renderReportView(path, state) {
  function esc(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
  var suffix = '-全国排污许可证管理信息平台';
  var info = '<div class="rp-info"><span>单位名称：' + esc(state.name) + '</span><span>许可证编号：' + esc(state.permitNumber) + '</span>' +
    '<span>管理类别：<b class="gllb">' + esc(state.category) + '</b></span><span>发证日期：<b class="fzrq">' + esc(state.issued) + '</b></span></div>';
  var simplified = state.category === '简化管理';
  if (path === '/permitrep/report/annual') {
    return { view: 'annual', title: '年度执行报告' + suffix, html:
      '<div class="rp-head"><h2>年度执行报告</h2><button type="button" class="rp-btn rp-right" id="resyncBtn">重新同步数据</button></div>' + info +
      '<table class="rp-table"><tr><th>报告年度</th><th>报告周期</th><th>状态</th><th>操作</th></tr>' +
      '<tr><td>2025年</td><td>2025-01-01至2025-12-31</td><td>填报中</td><td><a href="javascript:void(0)" class="rp-edit">填报</a></td></tr>' +
      '<tr><td>2024年</td><td>2024-01-01至2024-12-31</td><td>已提交</td><td><a href="javascript:void(0)" class="rp-view">查看</a></td></tr></table>' +
      '<p class="rp-note">许可证变更完成前已建立的年报，如带出的排放口等信息与许可证不符，可点击右上角“重新同步数据”更新。</p>' };
  }
  if (path === '/permitrep/report/quarterly') {
    return { view: 'quarterly', title: '季度执行报告' + suffix, html:
      '<div class="rp-head"><h2>季度执行报告</h2><button type="button" class="rp-btn rp-right" id="newQuarterBtn">新建季报</button></div>' + info +
      '<table class="rp-table"><tr><th>报告季度</th><th>状态</th><th>操作</th></tr>' +
      '<tr><td>2026年第3季度</td><td>填报中</td><td><a href="javascript:void(0)" class="rp-edit">填报</a> <a href="javascript:void(0)" class="rp-del">删除</a></td></tr>' +
      '<tr><td>2026年第2季度</td><td>已提交</td><td><a href="javascript:void(0)" class="rp-view">查看</a></td></tr></table>' +
      '<p class="rp-note">季报排放口信息与许可证不符的，可删除后新建季报以更新数据。</p>' };
  }
  if (path === '/permitrep/report/monthly') {
    var body = simplified
      ? '<div class="rp-warn" id="monthlyNotAllowed">您单位管理类别为简化管理，无需填报月度执行报告，不能新建月报。重点管理单位应提交年报、季报、月报；简化管理单位应提交年报、季报。</div>'
      : '<div class="rp-head-sub"><button type="button" class="rp-btn" id="newMonthBtn">新建月报</button></div>' +
        '<table class="rp-table"><tr><th>报告月份</th><th>状态</th><th>操作</th></tr><tr><td>2026年10月</td><td>已提交</td><td><a href="javascript:void(0)" class="rp-view">查看</a></td></tr></table>';
    return { view: 'monthly', title: '月度执行报告' + suffix, html:
      '<div class="rp-head"><h2>月度执行报告</h2></div>' + info + body +
      '<p class="rp-note">管理类别在申请、核发许可证时确定。2018年1月10日后核发的许可证，管理类别错误应通过许可证变更修改。</p>' };
  }
  if (path === '/permitrep/correction/home') {
    return { view: 'correction', title: '改正规定执行报告' + suffix, html:
      '<div class="rp-head"><h2>改正规定执行报告</h2></div>' + info +
      '<table class="rp-table"><tr><th>改正事项</th><th>完成时限</th><th>状态</th></tr><tr><td>污水处理站出水口规范化整改</td><td>2023-06-30</td><td>已完成</td></tr></table>' };
  }
  return { view: 'home', title: '执行报告' + suffix, html:
    '<div class="rp-head"><h2>执行报告</h2></div>' + info +
    '<ul class="rp-cards"><li><a href="/permitrep/report/annual" data-nav="1">年度执行报告</a><span>2025年度待提交</span></li>' +
    '<li><a href="/permitrep/report/quarterly" data-nav="1">季度执行报告</a><span>2026年第3季度填报中</span></li>' +
    '<li><a href="/permitrep/report/monthly" data-nav="1">月度执行报告</a><span>' + (simplified ? '简化管理无需填报' : '2026年11月待填报') + '</span></li></ul>' +
    '<p class="rp-note">许可证发证后1个工作日，执行报告模块同步许可证相关信息。</p>' };
}
`;

export interface ReportViewState {
  name: string;
  permitNumber: string;
  category: '简化管理' | '重点管理';
  issued: string;
}

export interface ReportView {
  view: 'home' | 'annual' | 'quarterly' | 'monthly' | 'correction';
  title: string;
  html: string;
}

export const renderReportView = new Function(`${reportViewsSource}\nreturn renderReportView;`)() as (
  path: string,
  state: ReportViewState,
) => ReportView;
