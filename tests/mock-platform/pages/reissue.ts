import { demoEnterprise } from '../data/enterprise';
import { esc, script } from '../layout/html';
import { itemListPage } from '../layout/item-list';
import { modulePage, platformName } from '../layout/permit-frame';
import { moduleColumns, moduleRow } from '../layout/permit-row';
import type { MockRoute } from '../routes';

const reissueTitle = `许可证补办-${platformName}`;
const lossTitle = `遗失声明-${platformName}`;
const lossPath = '/permitExt/syssb/xkzbb/xkzbb!listYssm.action';
const showPath = '/permitExt/syssb/xkzbb/xkzbb!showYssm.action';
const lossPkid = '6d2f8b4a0c1e3f5a7b9d1c3e5f7a9b2d';
const statement = `${demoEnterprise.name}排污许可证正本（编号：${demoEnterprise.permitNumber}）不慎遗失，声明作废。`;

export const reissueRoutes: MockRoute[] = [
  {
    path: '/permitExt/outside/min_xkzbb.jsp',
    site: 'permit',
    kind: 'reissue',
    title: reissueTitle,
    render: () => ({
      html: itemListPage({
        title: reissueTitle,
        crumbs: ['补办'],
        heading: '排污许可证补办',
        intro: `<div class="tip">排污许可证遗失、损毁的，应当申请补领；遗失的，申请补领前应先发布遗失声明。</div>
<p><a class="btn" href="${lossPath}">遗失声明</a></p>`,
        columns: moduleColumns,
        rows: [moduleRow(1, '未提交', '', '<a class="btn" href="javascript:void(0)" onclick="alert(\'请先发布遗失声明，再提交补办申请\');">提交补办申请</a>')],
      }),
    }),
  },
  {
    path: lossPath,
    site: 'permit',
    kind: 'reissue',
    title: lossTitle,
    render: ({ method }) => ({
      html: itemListPage({
        title: lossTitle,
        crumbs: ['补办', '遗失声明'],
        heading: '遗失声明',
        intro: `<form id="yssmForm" method="post" action="${lossPath}">
<table class="form">
<tr><th>许可证编号：</th><td>${esc(demoEnterprise.permitNumber)}</td></tr>
<tr><th><span class="red">*</span>遗失类型：</th><td><label><input type="radio" name="yslx" value="1" checked="checked" />正本遗失</label> <label><input type="radio" name="yslx" value="2" />副本遗失</label> <label><input type="radio" name="yslx" value="3" />损毁</label></td></tr>
<tr><th><span class="red">*</span>声明内容：</th><td><textarea name="smnr" id="smnr" rows="4" cols="60">${esc(statement)}</textarea></td></tr>
</table>
<p style="text-align:center"><input type="submit" class="btn" value="发布遗失声明" /></p>
</form>
${method === 'POST' ? script("alert('遗失声明已发布，请返回提交补办申请');") : ''}`,
        columns: moduleColumns,
        rows: [moduleRow(1, '审批通过', '2026-11-03', `<a href="${showPath}?pkid=${lossPkid}&amp;searchType=read">查看</a>`)],
      }),
    }),
  },
  {
    path: `${showPath}?pkid=${lossPkid}&searchType=read`,
    site: 'permit',
    kind: 'reissue',
    title: lossTitle,
    render: () => ({
      html: modulePage({
        title: lossTitle,
        crumbs: ['补办', '遗失声明', '查看'],
        body: `<h3>遗失声明</h3>
<table class="form">
<tr><th>许可证编号：</th><td>${esc(demoEnterprise.permitNumber)}</td></tr>
<tr><th>遗失类型：</th><td>正本遗失</td></tr>
<tr><th>声明内容：</th><td>${esc(statement)}</td></tr>
<tr><th>发布时间：</th><td>2026-11-03</td></tr>
</table>
<p style="text-align:center"><a class="btn btn-gray" href="${lossPath}">返回</a></p>`,
      }),
    }),
  },
];
