import { demoEnterprise } from '../data/enterprise';
import { esc, jsLiteral, redirectResponse, script } from '../layout/html';
import { reportAutologin, unifiedAutologin } from '../layout/left-menu';
import { permitrepPage } from '../layout/permitrep-frame';
import { renderReportView, reportList, reportViewsSource, type ReportViewState } from '../layout/report-views';
import type { PageKindId } from '../../../platform/page-kinds';
import type { MockRequest, MockRoute } from '../routes';

export const reportAppPath = '/permitrep/report/';
export const reportAppTitle = '排污许可证执行报告';
const CATEGORY_COOKIE = 'permitrep_category';

function initialState(cookies: Record<string, string> | undefined): ReportViewState {
  return {
    name: demoEnterprise.name,
    permitNumber: demoEnterprise.permitNumber,
    category: cookies?.[CATEGORY_COOKIE] === 'key' ? '重点管理' : '简化管理',
    issued: demoEnterprise.permitIssued,
  };
}

/** The app's page: the same for every hash; its script renders the view the hash names. */
function renderShell({ url, cookies }: MockRequest): string {
  const state = initialState(cookies);
  const first = url.hash ? renderReportView(url.hash, state) : undefined;
  return permitrepPage({
    title: reportAppTitle,
    appName: '排污许可证执行报告',
    user: esc(demoEnterprise.name),
    app: first?.html ?? '',
    after: `<div class="el-dialog__wrapper" id="dialog"><div class="el-dialog" role="dialog"><div class="el-dialog__title" id="dialogTitle"></div><div id="dialogBody"></div>
<p style="text-align:right"><button type="button" class="el-button" id="dialogClose">关闭</button> <button type="button" class="el-button el-button--primary" id="dialogOk">确定</button></p></div></div>
${script(`
${reportViewsSource}
(function () {
  var state = ${jsLiteral(state)};
  var app = document.getElementById('app');
  var dialog = document.getElementById('dialog');
  function render() {
    var view = renderReportView(location.hash || '#/list-rt?year=2026&businessType=RT', state);
    app.setAttribute('data-view', view.view);
    app.innerHTML = view.html;
  }
  function show(title, body) {
    document.getElementById('dialogTitle').innerHTML = title;
    document.getElementById('dialogBody').innerHTML = body;
    dialog.style.display = 'flex';
  }
  document.getElementById('dialogClose').onclick = document.getElementById('dialogOk').onclick = function () { dialog.style.display = 'none'; };
  app.addEventListener('click', function (e) {
    var t = e.target;
    if (t.closest && t.closest('.card-record')) {
      show('办理记录', '<table class="rp-table"><tr><th>操作</th><th>时间</th></tr><tr><td>创建</td><td>—</td></tr></table>');
      return;
    }
    var card = t.closest ? t.closest('.card.select-none') : null;
    if (card) {
      var layoutB = /[?&]v=b(&|$)/.test(location.hash);
      location.hash = (card.getAttribute('data-kind') === 'env' ? '#/env-detail' : '#/report-detail') + '?reportId=' + card.getAttribute('data-report-id') + (layoutB ? '&v=b' : '');
      return;
    }
    if (t.getAttribute('data-back')) { history.length > 1 ? history.back() : (location.hash = '#/list-rt?year=2026&businessType=RT'); return; }
    if (t.id === 'createReport') { show('创建报告', '<p>报告类型：<select class="el-select"><option>年报</option><option>季报</option>' + (state.category === '重点管理' ? '<option>月报</option>' : '') + '</select></p>'); return; }
    if (t.id === 'gotoTemplate') { location.hash = '#/template?businessType=RT'; return; }
    if (t.id === 'saveReport') { alert('保存成功'); return; }
    if (t.id === 'submitReport') { if (confirm('提交后不能修改，确认提交吗？')) { alert('提交成功'); } }
  });
  app.addEventListener('change', function (e) {
    if (e.target.id === 'yearSelect') {
      var env = location.hash.indexOf('#/list-env') === 0;
      location.hash = (env ? '#/list-env?year=' : '#/list-rt?year=') + e.target.value + '&businessType=' + (env ? 'ENV' : 'RT');
    }
  });
  window.addEventListener('hashchange', render);
  render();
})();
`)}`,
  });
}

function byLabel(businessType: 'RT' | 'ENV', year: number, label: string): string {
  const report = reportList(businessType, year, true).find((r) => r.label === label);
  if (!report) throw new Error(`no ${label} report in ${year}`);
  return report.id;
}

function viewRoute(hash: string, kind: PageKindId, extra: Partial<MockRoute> = {}): MockRoute {
  return { path: `${reportAppPath}${hash}`, site: 'permit', kind, title: reportAppTitle, ...extra, render: (req) => ({ html: renderShell(req) }) };
}

function autologin(path: string, target: string, kind: PageKindId): MockRoute {
  return {
    path,
    site: 'permit',
    kind,
    title: reportAppTitle,
    render: ({ url }) => {
      const response = redirectResponse(`${reportAppPath}${target}`, reportAppTitle);
      // `&manageType=key` (mock only): a 重点管理 permit, whose lists show monthly reports.
      response.headers['Set-Cookie'] = `${CATEGORY_COOKIE}=${url.searchParams.get('manageType') === 'key' ? 'key' : 'simple'}; Path=/permitrep`;
      return response;
    },
  };
}

const rtList = '#/list-rt?year=2026&businessType=RT';
const envList = '#/list-env?year=2025&businessType=ENV';

/**
 * 执行报告 and 统一报表 (/permitrep/autologin, /permitrep/unified/autologin): one hash-routed app.
 * Lists of period cards; a card opens its report (`#/report-detail?reportId=<opaque>`), whose
 * period shows in the page header (`v=b`: in a breadcrumb instead).
 */
/** Paths of the app's views, for tests. Report details are reached by clicking a card (see reportRoutes). */
export const reportViewPaths = {
  list: `${reportAppPath}${rtList}`,
  listB: `${reportAppPath}${rtList}&v=b`,
  annual: `${reportAppPath}#/report-detail?reportId=${byLabel('RT', 2025, '年报')}`,
  quarterly: `${reportAppPath}#/report-detail?reportId=${byLabel('RT', 2026, '3季度')}`,
  monthly: `${reportAppPath}#/report-detail?reportId=${byLabel('RT', 2026, '10月')}`,
  unified: `${reportAppPath}${envList}`,
};

/**
 * The route index holds the app's lists, not its report details: a detail's period (年报 / N季度 /
 * N月) comes from the card the user opened, and a detail loaded without opening a card has no
 * kind the notes could justify. Tests open details by clicking a card.
 */
export const reportRoutes: MockRoute[] = [
  autologin(reportAutologin, rtList, 'report-home'),
  autologin(unifiedAutologin, '#/list-env?year=2026&businessType=ENV', 'unified-report'),
  viewRoute(rtList, 'report-home', { main: true, variant: "a: a report's period shows in its page header" }),
  viewRoute(`${rtList}&v=b`, 'report-home', { variant: "b: a report's period shows only in a breadcrumb" }),
  viewRoute('', 'report-home', { variant: 'no hash: the app shows the list' }),
  viewRoute('#/template?businessType=RT', 'report-home', { variant: '填报模板' }),
  viewRoute(envList, 'unified-report', { main: true }),
];
