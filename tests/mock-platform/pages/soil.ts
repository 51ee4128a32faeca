import { demoEnterprise } from '../data/enterprise';
import { esc, script } from '../layout/html';
import { itemListPage } from '../layout/item-list';
import { modulePage, platformName } from '../layout/permit-frame';
import { moduleColumns, moduleRow } from '../layout/permit-row';
import type { MockRoute } from '../routes';

const title = `土壤管理-${platformName}`;
const listPath = '/permitExt/syssb/sqdj/sqdj!listSqdjZc.action';
const editPath = '/permitExt/syssb/sqdj/sqdj!editSqdjZc.action';
const list = {
  title,
  crumbs: ['土壤管理'],
  heading: '土壤污染隐患排查及自行监测',
  intro: `<div class="tip">土壤污染重点监管单位应按要求报送土壤污染隐患排查、自行监测等信息。</div>
<p><a class="btn" href="${editPath}">新增报送</a></p>`,
  columns: moduleColumns,
  rows: [moduleRow(1, '已提交等待受理', '2026-10-30', `<a href="${editPath}">查看</a>`), moduleRow(2, '审批通过', '2025-10-21', `<a href="${editPath}">查看</a>`)],
};

/** 土壤管理: the menu page, its list and the edit form. */
export const soilRoutes: MockRoute[] = [
  { path: '/permitExt/outside/min_soil.jsp', site: 'permit', kind: 'soil', title, render: () => ({ html: itemListPage(list) }) },
  { path: listPath, site: 'permit', kind: 'soil', title, render: () => ({ html: itemListPage(list) }) },
  {
    path: editPath,
    site: 'permit',
    kind: 'soil',
    title,
    render: ({ method }) => ({
      html: modulePage({
        title,
        crumbs: ['土壤管理', '报送'],
        body: `<h3>土壤污染隐患排查及自行监测报送</h3>
<form id="soilForm" action="${editPath}" method="post">
<table class="form">
<tr><th>单位名称：</th><td>${esc(demoEnterprise.name)}</td></tr>
<tr><th><span class="red">*</span>报送年度：</th><td><select name="bsnd" id="bsnd"><option>2026</option><option>2025</option></select></td></tr>
<tr><th><span class="red">*</span>隐患排查情况：</th><td><textarea name="yhpc" id="yhpc" rows="3" cols="60"></textarea></td></tr>
<tr><th>自行监测报告：</th><td><input type="file" name="jcbg" id="jcbg" /></td></tr>
</table>
<p style="text-align:center"><input type="submit" class="btn" value="提交" /> <a class="btn btn-gray" href="${listPath}">返回</a></p>
</form>
${script(`
$(function () {
  ${method === 'POST' ? "alert('提交成功');" : ''}
  $.guard($('#soilForm'), function () { if ($.trim($('#yhpc').value) === '') { alert('请填写隐患排查情况'); return false; } return true; });
});
`)}`,
      }),
    }),
  },
];
