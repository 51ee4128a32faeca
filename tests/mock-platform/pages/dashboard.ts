import { demoEnterprise } from '../data/enterprise';
import { esc, htmlDocument, redirectResponse, script, style } from '../layout/html';
import { leftMenuTree } from '../layout/left-menu';
import { legacyHelpers } from '../layout/legacy-script';
import { modulePage, platformName } from '../layout/permit-frame';
import { permitStyles } from '../layout/permit-styles';
import type { MockRoute } from '../routes';

const mainPath = '/permitExt/outside/main';
const welcomePath = '/permitExt/outside/welcome.jsp';
const title = `${platformName}-企业端`;

const dashboardStyles = style(`
html, body { height: 100%; overflow: hidden; }
.topbar { height: 64px; }
.topbar .logo { top: 10px; }
.topbar .userinfo { position: absolute; right: 20px; top: 36px; color: #d6e6f8; }
#leftMenu { position: absolute; left: 0; top: 64px; bottom: 0; width: 200px; border-right: 1px solid #9bb9df; background: #f3f7fc; overflow: auto; }
#leftMenu .panel-title { height: 28px; line-height: 28px; background: #dfeaf7; padding-left: 10px; font-weight: bold; color: #0b4f9c; }
ul.tree { margin: 0; padding: 0; list-style: none; }
ul.tree ul { margin: 0; padding: 0; list-style: none; }
ul.tree .tree-node { height: 26px; line-height: 26px; cursor: pointer; white-space: nowrap; padding-left: 8px; }
ul.tree li.hrefli .tree-node { padding-left: 26px; }
ul.tree .tree-node:hover { background: #e2edf9; }
ul.tree li.hrefli.tree-node-selected > .tree-node { background: #fbec88; }
ul.tree .tree-title { font-size: 12px; }
ul.tree > li > .tree-node .tree-title { font-weight: bold; }
#content { position: absolute; left: 201px; right: 0; top: 64px; bottom: 0; }
#mainFrame { width: 100%; height: 100%; border: 0; }
`);

function renderMain(): string {
  return htmlDocument({
    title,
    head: `${permitStyles}\n${dashboardStyles}\n${legacyHelpers}`,
    body: `<div class="topbar">
  <div class="logo">${platformName}<small>企业端</small></div>
  <div class="toplinks" id="topLinks">
    <a href="${welcomePath}" target="mainFrame">首页</a>
    <a href="/permitExt/outside/updateEnterMSG.jsp" target="mainFrame" id="updateEnterLink">修改注册单位信息</a>
    <a href="/permitExt/defaults/default-index!getInformation.action" target="_blank">公开端</a>
    <a href="/cas/logout" id="logoutLink">退出</a>
  </div>
  <div class="userinfo">欢迎您，${esc(demoEnterprise.name)}（${esc(demoEnterprise.username)}）</div>
</div>
<div id="leftMenu" class="easyui-panel">
  <div class="panel-title">功能菜单</div>
  ${leftMenuTree()}
</div>
<div id="content">
  <iframe name="mainFrame" id="mainFrame" src="${welcomePath}" frameborder="0" scrolling="auto"></iframe>
</div>
${script(`
$(function () {
  $.each($('ul.tree li.hrefli'), function (i, li) {
    $.on(li, 'click', function (e) {
      e.stopPropagation();
      var url = li.getAttribute('data-url');
      if (li.getAttribute('data-target') === '_blank') { window.open(url); return; }
      $.each($('ul.tree li.tree-node-selected'), function (j, other) { other.className = other.className.replace(' tree-node-selected', ''); });
      li.className += ' tree-node-selected';
      $('#mainFrame').src = url;
    });
  });
  $.on($('#logoutLink'), 'click', function (e) { if (!confirm('确定要退出系统吗？')) { e.preventDefault(); } });
});
`)}`,
  });
}

function renderWelcome(): string {
  return modulePage({
    title: `欢迎页-${platformName}`,
    crumbs: ['首页'],
    body: `<h3>欢迎使用${platformName}（企业端）</h3>
<table class="form">
<tr><th>单位名称：</th><td>${esc(demoEnterprise.name)}</td></tr>
<tr><th>统一社会信用代码：</th><td>${esc(demoEnterprise.creditCode)}</td></tr>
<tr><th>许可证编号：</th><td>${esc(demoEnterprise.permitNumber)}</td></tr>
<tr><th>行业类别：</th><td>${esc(demoEnterprise.industry)}</td></tr>
<tr><th>生产经营场所地址：</th><td>${esc(demoEnterprise.address)}</td></tr>
</table>
<div class="tip" style="margin-top:10px">温馨提示：请使用左侧菜单办理许可证申请、变更、延续等业务。许可证发证后1个工作日，执行报告模块同步许可证信息；10个工作日后，监测记录模块可自动跳转至监测平台。</div>`,
  });
}

export const dashboardRoutes: MockRoute[] = [
  { path: mainPath, site: 'permit', kind: 'dashboard', title, main: true, render: () => ({ html: renderMain() }) },
  {
    path: '/permitExt/outside/LicenseRedirect',
    site: 'permit',
    kind: 'dashboard',
    title,
    render: () => redirectResponse(mainPath, title),
  },
  {
    path: welcomePath,
    site: 'permit',
    kind: 'unknown',
    title: `欢迎页-${platformName}`,
    render: () => ({ html: renderWelcome() }),
  },
];
