import { industryOptions } from '../data/industries';
import { cardPage } from '../layout/card-frame';
import { script } from '../layout/html';
import type { MockRequest } from '../routes';

/** card3 产品产能: the 行业类别 selector `#hylbSelect` offers only online industries (no D462). */
export function renderCapacityCard({ url }: MockRequest): string {
  return cardPage(
    url,
    'card3',
    `<h3>主要产品及产能信息</h3>
<div class="toolbar">行业类别：<select id="hylbSelect" name="cpcnHylb">${industryOptions('C2614')}</select>
  <span class="right"><input type="button" class="btn" id="addProduct" value="添加" /></span></div>
<table class="list" id="cpcnTable">
<tr><th>序号</th><th>行业类别</th><th>主要生产单元名称</th><th>主要工艺名称</th><th>产品名称</th><th>生产能力</th><th>计量单位</th><th>设计年生产时间(h)</th><th>操作</th></tr>
<tr><td align="center">1</td><td>C2614 有机化学原料制造</td><td>合成单元</td><td>酯化反应</td><td>乙酸乙酯</td><td align="right">20000</td><td>t/a</td><td align="right">7200</td>
  <td align="center"><a href="javascript:void(0)" class="editLink">编辑</a> <a href="javascript:void(0)" class="delLink">删除</a></td></tr>
<tr><td align="center">2</td><td>C2614 有机化学原料制造</td><td>精馏单元</td><td>连续精馏</td><td>乙酸丁酯</td><td align="right">8000</td><td>t/a</td><td align="right">7200</td>
  <td align="center"><a href="javascript:void(0)" class="editLink">编辑</a> <a href="javascript:void(0)" class="delLink">删除</a></td></tr>
</table>
${script(`
$(function () {
  $('#addProduct').onclick = function () {
    if ($('#hylbSelect').value === '') { alert('请先选择行业类别'); return; }
    alert('请在弹出窗口中填写产品产能信息');
  };
  $.each($('#cpcnTable a.delLink'), function (i, a) { a.onclick = function () { if (confirm('确定删除该条记录吗？')) { var tr = a.parentNode.parentNode; tr.parentNode.removeChild(tr); } }; });
  $.each($('#cpcnTable a.editLink'), function (i, a) { a.onclick = function () { alert('当前记录已锁定，请先暂存基本信息'); }; });
});
`)}`,
  );
}
