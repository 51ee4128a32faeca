import { demoEnterprise } from '../data/enterprise';
import { esc, htmlDocument, jsLiteral, script, style } from '../layout/html';
import { renderReportView, reportViewsSource, type ReportViewState } from '../layout/report-views';
import type { PageKindId } from '../../../platform/page-kinds';
import type { MockRequest, MockRoute } from '../routes';

const reportStyles = style(`
body { margin: 0; font: 14px/1.6 "PingFang SC", "Microsoft YaHei", sans-serif; color: #303133; background: #f0f2f5; }
.rp-header { height: 56px; background: #24528c; color: #fff; display: flex; align-items: center; padding: 0 20px; }
.rp-header .rp-logo { font-size: 18px; font-weight: bold; margin-right: 40px; }
.rp-header nav a { color: #dce6f3; margin-right: 24px; text-decoration: none; }
.rp-header nav a.active { color: #fff; border-bottom: 2px solid #fff; padding-bottom: 4px; }
#app { max-width: 1100px; margin: 16px auto; background: #fff; padding: 16px 24px; border-radius: 4px; }
.rp-head { display: flex; align-items: center; justify-content: space-between; border-bottom: 1px solid #ebeef5; }
.rp-head h2 { font-size: 18px; margin: 8px 0; }
.rp-info { margin: 10px 0; color: #606266; }
.rp-info span { margin-right: 24px; }
.rp-btn { background: #409eff; color: #fff; border: 0; border-radius: 3px; padding: 6px 14px; cursor: pointer; }
.rp-table { width: 100%; border-collapse: collapse; }
.rp-table th, .rp-table td { border: 1px solid #ebeef5; padding: 8px; text-align: center; }
.rp-table th { background: #f5f7fa; }
.rp-warn { background: #fdf6ec; border: 1px solid #f5dab1; color: #e6a23c; padding: 10px 14px; margin: 10px 0; }
.rp-note { color: #909399; font-size: 12px; }
.rp-cards { list-style: none; padding: 0; display: flex; gap: 16px; }
.rp-cards li { flex: 1; border: 1px solid #ebeef5; padding: 16px; }
.rp-cards li a { display: block; font-size: 16px; margin-bottom: 6px; }
`);

const navItems: [string, string][] = [
  ['/permitrep/home', '首页'],
  ['/permitrep/report/annual', '年报'],
  ['/permitrep/report/quarterly', '季报'],
  ['/permitrep/report/monthly', '月报'],
];

/** Where each autologin lands (the app replaces the URL with history.replaceState). */
const autologinTargets: Record<string, string> = {
  '/permitrep/autologin': '/permitrep/home',
  '/permitrep/unified/autologin': '/permitrep/home',
  '/permitrep/correction/autologin': '/permitrep/correction/home',
};

function viewPath(pathname: string): string {
  return autologinTargets[pathname] ?? pathname;
}

function initialState(url: URL): ReportViewState {
  return {
    name: demoEnterprise.name,
    permitNumber: url.searchParams.get('permitCode') ?? demoEnterprise.permitNumber,
    category: url.searchParams.get('manageType') === 'key' ? '重点管理' : '简化管理',
    issued: demoEnterprise.permitIssued,
  };
}

/** The shell served for every path under /permitrep/ (`?manageType=key` on autologin: 重点管理). */
function renderShell({ url }: MockRequest): string {
  const path = viewPath(url.pathname);
  const state = initialState(url);
  const first = renderReportView(path, state);
  const nav = navItems
    .map(([href, label]) => `<a href="${href}" data-nav="1"${href === path ? ' class="active"' : ''}>${label}</a>`)
    .join('');
  return htmlDocument({
    title: first.title,
    doctype: 'html5',
    head: reportStyles,
    body: `<header class="rp-header"><div class="rp-logo">排污许可证执行报告</div><nav id="rpNav">${nav}</nav></header>
<div id="app" data-view="${esc(first.view)}">${first.html}</div>
${script(`
${reportViewsSource}
(function () {
  var AUTOLOGIN = ${jsLiteral(autologinTargets)};
  var query = new URLSearchParams(location.search);
  var state = ${jsLiteral(state)};
  if (query.get('manageType')) { sessionStorage.setItem('permitrep.category', query.get('manageType') === 'key' ? '重点管理' : '简化管理'); }
  state.category = sessionStorage.getItem('permitrep.category') || state.category;
  if (query.get('permitCode')) { sessionStorage.setItem('permitrep.permitCode', query.get('permitCode')); }
  state.permitNumber = sessionStorage.getItem('permitrep.permitCode') || state.permitNumber;
  var app = document.getElementById('app');
  function render() {
    var view = renderReportView(location.pathname, state);
    document.title = view.title;
    app.setAttribute('data-view', view.view);
    app.innerHTML = view.html;
    var links = document.querySelectorAll('#rpNav a');
    for (var i = 0; i < links.length; i++) { links[i].className = links[i].getAttribute('href') === location.pathname ? 'active' : ''; }
  }
  if (AUTOLOGIN[location.pathname]) { history.replaceState(null, '', AUTOLOGIN[location.pathname]); }
  render();
  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a[data-nav]') : null;
    if (a) {
      e.preventDefault();
      if (a.getAttribute('href') !== location.pathname) { history.pushState(null, '', a.getAttribute('href')); render(); }
      return;
    }
    var id = e.target.id;
    if (id === 'resyncBtn' && confirm('重新同步数据将清空当前页面已填写数据，是否继续？')) { alert('数据同步成功'); }
    if (id === 'newQuarterBtn') { alert('当前季度报告已存在，请在列表中填报'); }
    if (id === 'newMonthBtn') { alert('2026年11月月报已创建'); }
  });
  window.addEventListener('popstate', render);
})();
`)}`,
  });
}

function reportRoute(path: string, kind: PageKindId, main = false): MockRoute {
  const url = new URL(path, 'http://permit.mee.gov.cn');
  return {
    path,
    site: 'permit',
    kind,
    title: renderReportView(viewPath(url.pathname), initialState(url)).title,
    ...(main ? { main } : {}),
    render: (req) => ({ html: renderShell(req) }),
  };
}

const autologinQuery = `userAccount=${demoEnterprise.username}&permitCode=${demoEnterprise.permitNumber}&cityCode=${demoEnterprise.cityCode}`;

export const reportRoutes: MockRoute[] = [
  reportRoute(`/permitrep/autologin?${autologinQuery}`, 'report-home'),
  reportRoute(`/permitrep/unified/autologin?${autologinQuery}`, 'unified-report'),
  reportRoute(`/permitrep/correction/autologin?${autologinQuery}`, 'correction'),
  reportRoute('/permitrep/home', 'report-home'),
  reportRoute('/permitrep/report/annual', 'report-home', true),
  reportRoute('/permitrep/report/quarterly', 'report-home'),
  reportRoute('/permitrep/report/monthly', 'report-home'),
];

/** Any other path under /permitrep/ gets the same shell (it shows the home view). */
export const reportShellRoute: MockRoute = reportRoute('/permitrep/home', 'report-home');
