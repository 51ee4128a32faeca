import { demoEnterprise } from '../data/enterprise';
import { esc, script } from '../layout/html';
import { itemListPage } from '../layout/item-list';
import { platformName } from '../layout/permit-frame';
import { permitCells } from '../layout/permit-row';
import type { MockRoute } from '../routes';

const reissueTitle = `许可证补办-${platformName}`;
const lossTitle = `遗失声明-${platformName}`;
const lossPath = '/permitExt/syssb/xkzbb/xkzbb!listYssm.action';

export const reissueRoutes: MockRoute[] = [
  {
    path: '/permitExt/outside/min_xkzbb.jsp',
    site: 'permit',
    kind: 'reissue',
    title: reissueTitle,
    render: () => ({
      html: itemListPage({
        title: reissueTitle,
        crumbs: ['许可证补办'],
        heading: '排污许可证补办',
        intro: `<div class="tip">排污许可证遗失、损毁的，应当在三十个工作日内申请补领；遗失的，申请补领前应先发布遗失声明。</div>
<p><a class="btn" href="${lossPath}">发布遗失声明</a></p>`,
        columns: ['序号', '许可证编号', '单位名称', '行业类别', '遗失声明', '操作'],
        rows: [
          [
            ...permitCells(),
            '未发布',
            '<a class="btn" href="javascript:void(0)" onclick="alert(\'请先发布遗失声明，再提交补办申请\');">提交补办申请</a>',
          ],
        ],
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
        crumbs: ['许可证补办', '遗失声明'],
        heading: '遗失声明',
        intro: `<form id="yssmForm" method="post" action="${lossPath}">
<table class="form">
<tr><th>许可证编号：</th><td>${esc(demoEnterprise.permitNumber)}</td></tr>
<tr><th><span class="red">*</span>遗失类型：</th><td><label><input type="radio" name="yslx" value="1" checked="checked" />正本遗失</label> <label><input type="radio" name="yslx" value="2" />副本遗失</label> <label><input type="radio" name="yslx" value="3" />损毁</label></td></tr>
<tr><th><span class="red">*</span>声明内容：</th><td><textarea name="smnr" id="smnr" rows="4" cols="60">${esc(demoEnterprise.name)}排污许可证正本（编号：${esc(demoEnterprise.permitNumber)}）不慎遗失，声明作废。</textarea></td></tr>
</table>
<p style="text-align:center"><input type="submit" class="btn" value="发布遗失声明" /></p>
</form>
${method === 'POST' ? script("alert('遗失声明已发布，请返回提交补办申请');") : ''}`,
        columns: ['序号', '声明编号', '遗失类型', '发布时间', '状态'],
        rows: method === 'POST' ? [['1', 'YSSM2026000001', '正本遗失', '刚刚', '已公开']] : [],
      }),
    }),
  },
];
