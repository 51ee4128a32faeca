import { industryOptions } from '../data/industries';
import { cardPage } from '../layout/card-frame';
import { script } from '../layout/html';
import type { MockRequest } from '../routes';

/** card4 废水产治排: `#addWasteWater` 「添加」 and `a.editLink` 「编辑」 per row (FAQ 11). */
export function renderWastewaterCard({ url }: MockRequest): string {
  return cardPage(
    url,
    'card4',
    `<h3>废水类别、污染物及污染治理设施信息表</h3>
<div class="toolbar">行业类别：<select id="fshylb" name="fsHylb">${industryOptions('C2614')}</select>
  <span class="right"><input type="button" class="btn" id="addWasteWater" value="添加" /></span></div>
<table class="list" id="fsTable">
<tr><th>序号</th><th>废水类别</th><th>污染物种类</th><th>排放去向</th><th>排放规律</th><th>污染治理设施编号</th><th>污染治理设施名称</th><th>排放口编号</th><th>操作</th></tr>
<tr><td align="center">1</td><td>生产废水</td><td>化学需氧量、氨氮、pH值、悬浮物</td><td>进入城市污水处理厂</td><td>间断排放，排放期间流量稳定</td><td>TW001</td><td>综合污水处理站</td><td>DW001</td>
  <td align="center"><a href="javascript:void(0)" class="editLink" data-row="1">编辑</a> <a href="javascript:void(0)" class="delLink">删除</a></td></tr>
<tr><td align="center">2</td><td>生活污水</td><td>化学需氧量、氨氮、总磷</td><td>进入城市污水处理厂</td><td>间断排放，排放期间流量不稳定</td><td>TW002</td><td>化粪池</td><td>DW001</td>
  <td align="center"><a href="javascript:void(0)" class="editLink" data-row="2">编辑</a> <a href="javascript:void(0)" class="delLink">删除</a></td></tr>
</table>
<div id="editPanel" class="box" style="display:none;margin-top:10px"><div class="box-title">编辑废水产治排信息</div><div class="box-body">
  废水类别：<input type="text" class="txt" id="editFslb" /> 排放去向：<input type="text" class="txt" id="editPfqx" />
  <input type="button" class="btn" id="editSave" value="保存" /></div></div>
${script(`
$(function () {
  $('#addWasteWater').onclick = function () {
    if ($('#fshylb').value === '') { alert('请先选择行业类别'); return; }
    $('#editPanel').style.display = 'block'; $('#editFslb').value = ''; $('#editPfqx').value = '';
  };
  $.each($('#fsTable a.editLink'), function (i, a) {
    a.onclick = function () {
      var cells = a.parentNode.parentNode.cells;
      $('#editPanel').style.display = 'block';
      $('#editFslb').value = cells[1].innerHTML; $('#editPfqx').value = cells[3].innerHTML;
    };
  });
  $.each($('#fsTable a.delLink'), function (i, a) { a.onclick = function () { if (confirm('确定删除该条记录吗？')) { var tr = a.parentNode.parentNode; tr.parentNode.removeChild(tr); } }; });
  $('#editSave').onclick = function () { alert('保存成功'); $('#editPanel').style.display = 'none'; };
});
`)}`,
  );
}
