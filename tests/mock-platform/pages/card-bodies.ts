import { industryOptions } from '../data/industries';
import { cardUrl } from '../data/cards';
import { esc, script } from '../layout/html';

const table = (id: string, columns: string[], rows: string[][]) =>
  `<table class="list" id="${id}">
<tr>${columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr>
${rows.map((r) => `<tr>${r.map((c) => `<td align="center">${c}</td>`).join('')}</tr>`).join('\n')}
</table>`;

const rowLinks = '<a href="javascript:void(0)" class="editLink">编辑</a> <a href="javascript:void(0)" class="delLink">删除</a>';

/** 编辑 / 删除 on every row of a card's table. */
const rowScript = (tableId: string) =>
  script(`
$(function () {
  $.each($('#${tableId} a.delLink'), function (i, a) { a.onclick = function () { if (confirm('确定删除该条记录吗？')) { var tr = a.parentNode.parentNode; tr.parentNode.removeChild(tr); } }; });
  $.each($('#${tableId} a.editLink'), function (i, a) { a.onclick = function () { $('#editPanel').style.display = 'block'; }; });
});
`);

const editPanel = `<div id="editPanel" class="box" style="display:none;margin-top:10px"><div class="box-title">编辑</div><div class="box-body">
  名称：<input type="text" class="txt" id="editName" /> <input type="button" class="btn" value="保存" onclick="alert('保存成功'); document.getElementById('editPanel').style.display='none';" /></div></div>`;

/** Bodies of the cards that are plain tables (every card but card1 and card18). */
export const cardBodies: Record<string, () => string> = {
  card50: () => `<div class="tip">填报前请仔细阅读《排污许可证申请与核发技术规范》及本指南。</div>
<ol id="guideList" style="line-height:2">
<li>申请表各页签须按顺序填报，每页填报完成后点击“暂存”。</li>
<li>行业类别应与营业执照及环评批复一致；同时涉及多个行业的，依次选择。</li>
<li>生产经营场所中心经纬度请在“排污单位基本情况”页签中点击“选择”按钮拾取。</li>
<li>附件须上传 jpg、png、pdf 格式文件，单个文件不超过 5M。</li>
</ol>
<p style="text-align:center"><label><input type="checkbox" id="readGuide" /> 我已阅读填报指南</label>
  <input type="button" class="btn" id="startFill" value="开始填报" onclick="if (!document.getElementById('readGuide').checked) { alert('请先阅读填报指南'); return; } window.location.href='${cardUrl('card1')}';" /></p>`,
  card2: () => `<div class="toolbar">行业类别：<select id="hylbSelect" name="cpcnHylb">${industryOptions('C2614')}</select>
  <span class="right"><input type="button" class="btn" id="addProduct" value="添加" onclick="if (document.getElementById('hylbSelect').value === '') { alert('请先选择行业类别'); return; } document.getElementById('editPanel').style.display='block';" /></span></div>
${table('cpcnTable', ['序号', '行业类别', '主要生产单元名称', '主要工艺名称', '产品名称', '生产能力', '计量单位', '设计年生产时间(h)', '操作'], [
    ['1', 'C2614 有机化学原料制造', '合成单元', '酯化反应', '乙酸乙酯', '20000', 't/a', '7200', rowLinks],
    ['2', 'C2614 有机化学原料制造', '精馏单元', '连续精馏', '乙酸丁酯', '8000', 't/a', '7200', rowLinks],
  ])}${editPanel}${rowScript('cpcnTable')}`,
  card3: () => `<div class="tip">本表为行业特征补充信息，按所选行业类别填报。</div>
<div class="toolbar">行业类别：<select id="bcHylb" name="bcHylb">${industryOptions()}</select></div>
${table('cpcnbcTable', ['序号', '行业类别', '生产单元', '设施参数', '设计值', '计量单位', '操作'], [['1', 'C2614 有机化学原料制造', '合成单元', '反应釜容积', '30', 'm³', rowLinks]])}${editPanel}${rowScript('cpcnbcTable')}`,
  card4: () => `${table('yfrlTable', ['序号', '种类', '名称', '年最大使用量', '计量单位', '硫元素占比(%)', '有毒有害成分及占比(%)', '操作'], [
    ['1', '原料', '乙酸', '12000', 't/a', '/', '/', rowLinks],
    ['2', '燃料', '天然气', '85', '万m³/a', '0.002', '/', rowLinks],
  ])}${editPanel}${rowScript('yfrlTable')}`,
  card5: () => `<h4>废水类别、污染物及污染治理设施信息表</h4>
<div class="toolbar">行业类别：<select id="fshylb" name="fsHylb">${industryOptions('C2614')}</select>
  <span class="right"><input type="button" class="btn" id="addWasteWater" value="添加" onclick="document.getElementById('editPanel').style.display='block';" /></span></div>
${table('fsTable', ['序号', '废水类别', '污染物种类', '排放去向', '排放规律', '污染治理设施编号', '污染治理设施名称', '排放口编号', '操作'], [
    ['1', '生产废水', '化学需氧量、氨氮、pH值、悬浮物', '进入城市污水处理厂', '间断排放，排放期间流量稳定', 'TW001', '综合污水处理站', 'DW001', rowLinks],
    ['2', '生活污水', '化学需氧量、氨氮、总磷', '进入城市污水处理厂', '间断排放，排放期间流量不稳定', 'TW002', '化粪池', 'DW001', rowLinks],
  ])}
<h4>废气产排污节点、污染物及污染治理设施信息表</h4>
${table('fqTable', ['序号', '生产设施编号', '产污环节', '污染物种类', '排放形式', '污染治理设施编号', '污染治理设施名称', '排放口编号', '操作'], [
    ['1', 'MF0001', '反应釜废气', '挥发性有机物', '有组织', 'TA001', 'RTO焚烧炉', 'DA001', rowLinks],
  ])}${editPanel}${rowScript('fsTable')}${rowScript('fqTable')}`,
  card6: () => `${table('dqpfkTable', ['序号', '排放口编号', '排放口名称', '经度', '纬度', '排气筒高度(m)', '排气筒出口内径(m)', '操作'], [
    ['1', 'DA001', 'RTO焚烧炉排气筒', '116°11′38.52″', '40°2′47.10″', '25', '0.8', rowLinks],
    ['2', 'DA002', '导热油炉排气筒', '116°11′36.04″', '40°2′45.21″', '15', '0.5', rowLinks],
  ])}${editPanel}${rowScript('dqpfkTable')}`,
  card7: () => table('yzzTable', ['序号', '排放口编号', '污染物种类', '许可排放浓度限值(mg/Nm³)', '许可年排放量限值(t/a)', '执行标准'], [
    ['1', 'DA001', '挥发性有机物', '60', '3.25', 'GB 31571-2015'],
    ['2', 'DA002', '氮氧化物', '150', '1.80', 'DB 11/139-2015'],
  ]),
  card8: () => table('wzzTable', ['序号', '无组织排放编号', '产污环节', '污染物种类', '主要污染防治措施', '执行标准'], [
    ['1', 'MF0002', '储罐区', '挥发性有机物', '内浮顶罐+油气回收', 'GB 31571-2015'],
  ]),
  card9: () => table('zxklTable', ['污染物种类', '第一年(t/a)', '第二年(t/a)', '第三年(t/a)', '第四年(t/a)', '第五年(t/a)'], [
    ['颗粒物', '0.42', '0.42', '0.42', '0.42', '0.42'],
    ['挥发性有机物', '3.25', '3.25', '3.25', '3.25', '3.25'],
  ]),
  card10: () => `${table('fspfkTable', ['序号', '排放口编号', '排放口名称', '经度', '纬度', '排放去向', '排放规律', '操作'], [
    ['1', 'DW001', '污水总排口', '116°11′35.20″', '40°2′44.80″', '进入城市污水处理厂', '间断排放', rowLinks],
  ])}${editPanel}${rowScript('fspfkTable')}`,
  card11: () => table('fspfTable', ['序号', '排放口编号', '污染物种类', '许可排放浓度限值(mg/L)', '许可年排放量限值(t/a)'], [
    ['1', 'DW001', '化学需氧量', '500', '4.80'],
    ['2', 'DW001', '氨氮', '45', '0.43'],
  ]),
  card12: () => table('gtfwTable', ['序号', '固体废物类别', '固体废物名称', '产生量(t/a)', '处理方式', '处置去向'], [
    ['1', '危险废物', '废活性炭（HW49）', '12', '委托处置', '有资质单位'],
    ['2', '一般工业固体废物', '废包装材料', '30', '综合利用', '物资回收企业'],
  ]),
  card13: () => table('zsTable', ['序号', '噪声类别', '生产时段', '执行标准', '厂界噪声排放限值 昼间dB(A)', '夜间dB(A)'], [['1', '稳态噪声', '昼间、夜间', 'GB 12348-2008', '60', '50']]),
  card14: () => table('zxjcTable', ['序号', '污染源类别', '排放口编号', '监测内容', '污染物名称', '监测设施', '手工监测频次'], [
    ['1', '废气', 'DA001', '烟气流速、温度', '挥发性有机物', '自动', '1次/月'],
    ['2', '废水', 'DW001', '流量', '化学需氧量', '手工', '1次/季'],
  ]),
  card15: () => table('tzjlyqTable', ['序号', '类别', '记录内容', '记录频次', '记录形式'], [
    ['1', '生产设施运行管理信息', '主要生产设施运行状态、产量、原辅料用量', '每班次', '电子台账+纸质台账'],
    ['2', '污染防治设施运行管理信息', 'RTO运行温度、污水处理站进出水水量', '每日', '电子台账+纸质台账'],
  ]),
  card16: () => table('bcdjTable', ['序号', '登记事项', '内容'], [
    ['1', '主要产品', '乙酸乙酯、乙酸丁酯'],
    ['2', '涉及的其他污染物', '无'],
  ]),
  card17: () => `<p>本省（区、市）无地方增加内容。</p>`,
  card19: () => `<table class="form">
<tr><th>申请类型：</th><td>首次申请</td></tr>
<tr><th>核发机关：</th><td>北京市海淀区生态环境局</td></tr>
<tr><th>填报完成情况：</th><td id="fillState">全部页签已填报</td></tr>
</table>
<p style="text-align:center"><label><input type="checkbox" id="promise" /> 本单位承诺所填报信息真实、准确、完整</label></p>
<p style="text-align:center"><input type="button" class="btn" id="submitApply" value="提交申请" onclick="if (!document.getElementById('promise').checked) { alert('请先勾选承诺'); return; } if (confirm('确认提交排污许可证申请？提交后不能修改。')) { alert('提交成功，请等待核发部门受理'); }" /></p>`,
};
