/**
 * The execution-report app's views (Vue + element-plus on the platform; plain ES5 here), written
 * once as browser JavaScript: the page embeds this source and renders the view its `#hash` names,
 * and the server evaluates the same source to pre-render a view when an in-process caller passes a
 * hash (a browser never sends one). A report's period (年报 / N季度 / N月) is in its card and its
 * detail page, never in the URL: report ids are opaque.
 */
export const reportViewsSource = String.raw`
function reportHash(s) {
  var h = 5381;
  for (var i = 0; i < s.length; i++) { h = ((h * 33) ^ s.charCodeAt(i)) >>> 0; }
  return ('0000000' + h.toString(16)).slice(-8);
}
function reportList(businessType, year, keyManaged) {
  var list = [];
  function add(label, period, status, time) {
    list.push({ id: reportHash(businessType + year + label) + reportHash(label + year), label: label, period: period, year: year, status: status, time: time, businessType: businessType });
  }
  if (businessType === 'ENV') {
    add('年报', 'annual', year < 2026 ? '已提交' : '待提交', year < 2026 ? (year + 1) + '-03-20 15:02' : '');
    return list;
  }
  var past = year < 2026;
  add('年报', 'annual', past ? '已提交' : '待提交', past ? (year + 1) + '-01-12 10:21' : '');
  for (var q = 4; q >= 1; q--) {
    if (!past && q === 4) { continue; }
    var due = !past && q === 3;
    add(q + '季度', 'quarterly', due ? '待提交' : '已提交', due ? '' : year + '-' + ('0' + (q * 3 + 1)).slice(-2) + '-1' + q + ' 09:30');
  }
  if (keyManaged) {
    for (var m = past ? 12 : 10; m >= 1; m--) {
      var open = !past && m === 10;
      add(m + '月', 'monthly', open ? '待提交' : '已提交', open ? '' : year + '-' + ('0' + Math.min(12, m + 1)).slice(-2) + '-08 14:00');
    }
  }
  return list;
}
function findReport(id) {
  var types = ['RT', 'ENV'];
  for (var t = 0; t < types.length; t++) {
    for (var y = 2023; y <= 2026; y++) {
      var list = reportList(types[t], y, true);
      for (var i = 0; i < list.length; i++) { if (list[i].id === id) { return list[i]; } }
    }
  }
  return null;
}
function parseHash(hash) {
  var raw = (hash || '').replace(/^#/, '');
  var mark = raw.indexOf('?');
  var route = mark < 0 ? raw : raw.slice(0, mark);
  var query = {};
  var parts = mark < 0 ? [] : raw.slice(mark + 1).split('&');
  for (var i = 0; i < parts.length; i++) {
    var eq = parts[i].indexOf('=');
    if (eq > 0) { query[decodeURIComponent(parts[i].slice(0, eq))] = decodeURIComponent(parts[i].slice(eq + 1)); }
  }
  return { route: route || '/list-rt', query: query };
}
var reportMenus = {
  annual: [['排污单位基本情况'], ['污染防治设施运行情况', ['废气污染防治设施', '废水污染防治设施']], ['自行监测执行情况', ['废气监测', '废水监测']],
    ['环境管理台账执行情况'], ['实际排放情况及合规判定分析', ['废气', '废水']], ['信息公开情况'], ['内部环境管理体系建设与运行情况'], ['其他需要说明的问题'], ['结论'], ['附图附件']],
  quarterly: [['排污单位基本情况'], ['污染防治设施运行情况'], ['自行监测执行情况'], ['实际排放情况及合规判定分析', ['废气', '废水']], ['其他需要说明的问题']],
  monthly: [['污染防治设施运行情况'], ['自行监测执行情况'], ['实际排放情况及合规判定分析']]
};
function renderReportView(hash, state) {
  function esc(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
  var parsed = parseHash(hash);
  var q = parsed.query;
  var info = '<div class="rp-info"><span>单位名称：' + esc(state.name) + '</span><span>许可证编号：' + esc(state.permitNumber) + '</span>' +
    '<span>管理类别：<b class="gllb">' + esc(state.category) + '</b></span><span>发证日期：<b class="fzrq">' + esc(state.issued) + '</b></span></div>';
  if (parsed.route === '/report-detail' || parsed.route === '/env-detail') {
    var report = findReport(q.reportId || '');
    if (!report) { return { view: 'missing', html: '<div class="el-empty"><p class="el-empty__description">暂无数据</p><button type="button" class="el-button" data-back="1">返回</button></div>' }; }
    var menu = report.businessType === 'ENV' ? [['基本信息'], ['污染物排放情况'], ['污染治理设施'], ['审核']] : reportMenus[report.period];
    var items = '';
    for (var i = 0; i < menu.length; i++) {
      if (menu[i][1]) {
        var subs = '';
        for (var j = 0; j < menu[i][1].length; j++) { subs += '<li class="el-menu-item" role="menuitem">' + esc(menu[i][1][j]) + '</li>'; }
        items += '<li class="el-sub-menu is-opened" role="menuitem"><div class="el-sub-menu__title">' + esc(menu[i][0]) + '</div><ul class="el-menu el-menu--inline">' + subs + '</ul></li>';
      } else {
        items += '<li class="el-menu-item' + (i === 0 ? ' is-active' : '') + '" role="menuitem">' + esc(menu[i][0]) + '</li>';
      }
    }
    var name = report.businessType === 'ENV' ? report.year + '年 统一报表' : report.year + '年 ' + report.label;
    var header = q.v === 'b'
      ? '<div class="el-page-header"><div class="el-page-header__left"><button type="button" class="el-button el-page-header__back" data-back="1">返回</button><div class="el-page-header__content">报告填报</div></div></div>' +
        '<div class="el-breadcrumb"><span class="el-breadcrumb__item">执行报告</span> / <span class="el-breadcrumb__item">' + report.year + '年</span> / <span class="el-breadcrumb__item is-current">' + esc(report.label) + '</span></div>'
      : '<div class="el-page-header"><div class="el-page-header__left"><button type="button" class="el-button el-page-header__back" data-back="1">返回</button><div class="el-page-header__content">' + esc(name) + '</div></div></div>';
    return { view: report.businessType === 'ENV' ? 'env-detail' : 'detail-' + report.period, html: header + info +
      '<div class="rp-detail"><ul class="el-menu" role="menubar">' + items + '</ul><div class="rp-form"><h4>' + esc(menu[0][0]) + '</h4>' +
      '<p>状态：' + esc(report.status) + '</p><button type="button" class="el-button el-button--primary" id="saveReport">保存</button> <button type="button" class="el-button" id="submitReport">提交</button></div></div>' };
  }
  if (parsed.route === '/template') {
    return { view: 'template', html: '<div class="rp-head"><h2>填报模板</h2><button type="button" class="el-button" data-back="1">返回</button></div>' + info +
      '<table class="rp-table"><tr><th>模板名称</th><th>适用报告</th><th>操作</th></tr><tr><td>执行报告填报模板（2024版）</td><td>年报、季报、月报</td><td><a href="javascript:void(0)" class="rp-download">下载</a></td></tr></table>' };
  }
  var env = parsed.route === '/list-env';
  var year = Number(q.year) || 2026;
  var cards = reportList(env ? 'ENV' : 'RT', year, state.category === '重点管理');
  var html = '';
  for (var k = 0; k < cards.length; k++) {
    var c = cards[k];
    html += '<div class="card select-none" data-report-id="' + c.id + '" data-kind="' + (env ? 'env' : 'rt') + '"><div class="card-title">' + esc(env ? c.year + '年度' : c.label) + '</div>' +
      '<div class="card-status">状态：<span class="' + (c.status === '已提交' ? 'ok' : 'todo') + '">' + c.status + '</span></div>' +
      '<div class="card-time">提交时间：' + (c.time || '—') + '</div><a href="javascript:void(0)" class="card-record">办理记录</a></div>';
  }
  var years = '';
  for (var yy = 2026; yy >= 2023; yy--) { years += '<option value="' + yy + '"' + (yy === year ? ' selected' : '') + '>' + yy + '年</option>'; }
  return { view: env ? 'list-env' : 'list-rt', html:
    '<div class="rp-head"><h2>' + (env ? '统一报表（试运行）' : '执行报告') + '</h2><div><select class="el-select" id="yearSelect">' + years + '</select> ' +
    '<button type="button" class="el-button el-button--primary" id="createReport">创建报告</button> ' +
    (env ? '' : '<button type="button" class="el-button" id="gotoTemplate">前往填报模板</button>') + '</div></div>' + info +
    '<div class="card-list">' + (html || '<p class="el-empty__description">暂无数据</p>') + '</div>' +
    '<p class="rp-note">许可证发证后1个工作日，执行报告模块同步许可证相关信息。简化管理单位提交年报、季报；重点管理单位还应提交月报。</p>' };
}
`;

export interface ReportViewState {
  name: string;
  permitNumber: string;
  category: '简化管理' | '重点管理';
  issued: string;
}

export interface ReportView {
  view: string;
  html: string;
}

const compiled = new Function(`${reportViewsSource}\nreturn { renderReportView: renderReportView, reportList: reportList };`)() as {
  renderReportView(hash: string, state: ReportViewState): ReportView;
  reportList(businessType: 'RT' | 'ENV', year: number, keyManaged: boolean): { id: string; label: string; period: string; status: string }[];
};

export const renderReportView = compiled.renderReportView;
export const reportList = compiled.reportList;
