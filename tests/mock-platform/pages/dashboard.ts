import { demoEnterprise } from '../data/enterprise';
import { esc, htmlDocument, jsLiteral, redirectResponse, script, style } from '../layout/html';
import { leftMenu } from '../layout/left-menu';
import { legacyHelpers } from '../layout/legacy-script';
import { platformName, publicHomePath } from '../layout/permit-frame';
import { permitStyles } from '../layout/permit-styles';
import type { MockRoute } from '../routes';

export const dashboardPath = '/permitExt/outside/main';
/** Variant with no module iframe: `?frame=none` (nobody knows which the platform does). */
export const dashboardTopPath = `${dashboardPath}?frame=none`;
const title = `${platformName}-企业端`;

const dashboardStyles = style(`
html, body { height: 100%; }
.topbar { height: 64px; }
.topbar .logo { top: 10px; }
.topbar .userinfo { position: absolute; right: 20px; top: 38px; color: #d6e6f8; }
#leftMenu { position: absolute; left: 0; top: 64px; bottom: 0; width: 200px; border-right: 1px solid #9bb9df; background: #f3f7fc; overflow: auto; }
.menu-title { height: 30px; line-height: 30px; background: #dfeaf7; padding-left: 10px; font-weight: bold; color: #0b4f9c; }
ul.menu-list { margin: 0; padding: 0; list-style: none; }
li.hrefli { height: 28px; line-height: 28px; padding-left: 24px; cursor: pointer; }
li.hrefli:hover, li.hrefli.on { background: #fbec88; }
#content { position: absolute; left: 201px; right: 0; top: 64px; bottom: 0; overflow: auto; }
#mainFrame { width: 100%; height: 100%; border: 0; display: none; }
#homeDiv { padding: 12px; }
#homeDiv .pwdwbm { font-size: 14px; margin-bottom: 10px; }
.home-block { border: 1px solid #b5cbe6; margin-bottom: 10px; }
.home-block h4 { margin: 0; padding: 0 10px; line-height: 30px; background: #eaf2fb; color: #0b4f9c; }
.home-block .inner { padding: 8px 10px; }
#noticeLayer { position: fixed; left: 50%; top: 120px; width: 460px; margin-left: -230px; background: #fff; border: 1px solid #888; box-shadow: 0 4px 16px rgba(0,0,0,.3); z-index: 10; }
#noticeLayer .layer-title { background: #1c6fc4; color: #fff; line-height: 32px; padding: 0 12px; }
#noticeLayer .layer-close { float: right; color: #fff; font-size: 18px; text-decoration: none; }
#noticeLayer .layer-content { padding: 12px 16px; line-height: 1.8; }
`);

function homeBlocks(): string {
  return `<div class="pwdwbm">排污单位编码：<b id="pwdwbm">${esc(demoEnterprise.permitNumber)}</b> &nbsp; 单位名称：${esc(demoEnterprise.name)}</div>
<div class="home-block"><h4>许可申请信息</h4><div class="inner"><table class="list">
<tr><th>业务类型</th><th>审核状态</th><th>提交时间</th></tr>
<tr><td align="center">首次申请</td><td align="center">审批通过</td><td align="center">2022-02-21</td></tr>
<tr><td align="center">变更</td><td align="center">审批中</td><td align="center">2026-11-18</td></tr>
</table></div></div>
<div class="home-block"><h4>执行报告信息</h4><div class="inner"><table class="list">
<tr><th>报告类型</th><th>报告周期</th><th>状态</th></tr>
<tr><td align="center">年报</td><td align="center">2025年</td><td align="center">已提交</td></tr>
<tr><td align="center">季报</td><td align="center">2026年3季度</td><td align="center">待提交</td></tr>
</table></div></div>
<div class="home-block"><h4>监测业务信息</h4><div class="inner">暂无数据</div></div>
<div class="home-block"><h4>改正规定消息</h4><div class="inner">暂无数据</div></div>`;
}

function renderMain(inFrame: boolean): string {
  return htmlDocument({
    title,
    head: `${permitStyles}\n${dashboardStyles}\n${legacyHelpers}`,
    body: `<div class="topbar">
  <div class="logo">${platformName}<small>企业端</small></div>
  <div class="toplinks" id="topLinks">
    <a href="${inFrame ? dashboardPath : dashboardTopPath}">首页</a>
    <a href="javascript:void(0)" id="updateEnterLink" onclick="openurl('../outside/updateEnterMSG.jsp?username=${esc(demoEnterprise.username)}','xgqyxx',enterid)">修改企业基本信息</a>
    <a href="${publicHomePath}" target="_blank">公开端</a>
    <a href="/cas/logout" id="logoutLink">退出</a>
  </div>
  <div class="userinfo">欢迎您，${esc(demoEnterprise.name)}</div>
</div>
<div id="leftMenu">
${leftMenu()}
</div>
<div id="content">
  <div id="homeDiv">${homeBlocks()}</div>
  ${inFrame ? '<iframe name="mainFrame" id="mainFrame" frameborder="0" scrolling="auto"></iframe>' : ''}
</div>
<div id="noticeLayer"><div class="layer-title">通知<a href="javascript:void(0)" class="layer-close" id="noticeClose" title="关闭">×</a></div>
<div class="layer-content">关于开展2025年度排污许可证执行报告填报工作的通知：请于2026年1月15日前完成2025年度执行报告的填报与提交。</div></div>
${script(`
var enterid = ${jsLiteral(demoEnterprise.enterId)};
var IN_FRAME = ${inFrame ? 'true' : 'false'};
function moduleHref(url, id) {
  var a = document.createElement('a');
  a.href = url;
  return a.pathname + a.search + (a.search ? '&' : '?') + 'enterid=' + encodeURIComponent(id);
}
function openurl(url, code, id) {
  var href = moduleHref(url, id);
  if (IN_FRAME) {
    document.getElementById('homeDiv').style.display = 'none';
    var frame = document.getElementById('mainFrame');
    frame.style.display = 'block';
    frame.src = href;
  } else {
    window.location.href = href;
  }
}
function openwin(url, code) { window.open(url, code); }
function othersys(code) { alert('该功能在新窗口中打开其他系统，请允许浏览器弹出窗口'); }
// The menu's inline handlers call these as globals.
window.enterid = enterid; window.openurl = openurl; window.openwin = openwin; window.othersys = othersys;
$(function () {
  $.on($('#noticeClose'), 'click', function () { $('#noticeLayer').style.display = 'none'; });
  $.each($('li.hrefli'), function (i, li) {
    $.on(li, 'click', function () {
      $.each($('li.hrefli.on'), function (j, other) { other.className = 'hrefli'; });
      li.className = 'hrefli on';
    });
  });
  $.on($('#logoutLink'), 'click', function (e) { if (!confirm('确定要退出系统吗？')) { e.preventDefault(); } });
});
`)}`,
  });
}

export const dashboardRoutes: MockRoute[] = [
  { path: dashboardPath, site: 'permit', kind: 'dashboard', title, main: true, variant: 'modules open in an iframe', render: () => ({ html: renderMain(true) }) },
  { path: dashboardTopPath, site: 'permit', kind: 'dashboard', title, variant: 'modules replace the top document', render: () => ({ html: renderMain(false) }) },
  {
    path: '/permitExt/outside/LicenseRedirect',
    site: 'permit',
    kind: 'dashboard',
    title,
    render: () => redirectResponse(dashboardPath, title),
  },
];
