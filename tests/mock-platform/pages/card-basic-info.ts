import { demoEnterprise } from '../data/enterprise';
import { industryOptions } from '../data/industries';
import { cardPage, cardUrl } from '../layout/card-frame';
import { esc, script } from '../layout/html';
import { regionSelects } from '../layout/region-select';
import type { MockRequest } from '../routes';

/** card1 排污单位基本信息. Hooks: `input[name=creditCode]#tyshxydm`, region selects, `#selectLngLat`. */
export function renderBasicInfoCard({ url }: MockRequest): string {
  const dataid = url.searchParams.get('dataid') ?? demoEnterprise.applicationDataId;
  return cardPage(
    url,
    'card1',
    `<form id="jbxxForm" method="post" action="#">
<table class="form">
<tr><th><span class="red">*</span>单位名称：</th><td colspan="3"><input type="text" class="txt" name="dwmc" id="dwmc" value="${esc(demoEnterprise.name)}" style="width:360px" readonly="readonly" /></td></tr>
<tr><th><span class="red">*</span>统一社会信用代码：</th><td><input type="text" class="txt" name="creditCode" id="tyshxydm" maxlength="18" value="${esc(demoEnterprise.creditCode)}" style="width:180px" /></td>
    <th>组织机构代码：</th><td><input type="text" class="txt" name="zzjgdm" id="zzjgdm" value="" style="width:120px" /></td></tr>
<tr><th><span class="red">*</span>注册地址：</th><td colspan="3"><input type="text" class="txt" name="zcdz" id="zcdz" value="${esc(demoEnterprise.address)}" style="width:420px" /></td></tr>
<tr><th><span class="red">*</span>生产经营场所地址：</th><td colspan="3">${regionSelects({ province: '110000', city: '110100', county: demoEnterprise.cityCode })}
    <input type="text" class="txt" name="scjycsdz" id="scjycsdz" value="温泉镇环保产业园创新路8号" style="width:220px" /></td></tr>
<tr><th><span class="red">*</span>行业类别：</th><td><select name="hylb" id="hylb">${industryOptions('C2614')}</select></td>
    <th>其他行业类别：</th><td><input type="text" class="txt" name="qthylb" id="qthylb" value="" style="width:160px" /></td></tr>
<tr><th><span class="red">*</span>生产经营场所中心经度：</th><td><input type="text" class="txt" id="zxjd" name="zxjd" value="${esc(demoEnterprise.longitude)}" readonly="readonly" style="width:120px" /></td>
    <th><span class="red">*</span>生产经营场所中心纬度：</th><td><input type="text" class="txt" id="zxwd" name="zxwd" value="${esc(demoEnterprise.latitude)}" readonly="readonly" style="width:120px" />
    <input type="button" class="btn" id="selectLngLat" value="选择经纬度" /></td></tr>
<tr><th><span class="red">*</span>法定代表人：</th><td><input type="text" class="txt" name="fddbr" value="${esc(demoEnterprise.legalPerson)}" /></td>
    <th><span class="red">*</span>技术负责人：</th><td><input type="text" class="txt" name="jsfzr" value="${esc(demoEnterprise.contact)}" /></td></tr>
<tr><th><span class="red">*</span>固定电话：</th><td><input type="text" class="txt" name="gddh" value="${esc(demoEnterprise.phone)}" /></td>
    <th>投产日期：</th><td><input type="text" class="txt" name="tcrq" value="2016-05-01" /></td></tr>
<tr><th>是否位于工业园区：</th><td><label><input type="radio" name="sfwyyq" value="1" checked="checked" />是</label> <label><input type="radio" name="sfwyyq" value="0" />否</label></td>
    <th>所属工业园区名称：</th><td><input type="text" class="txt" name="yqmc" value="北京海淀温泉环保产业园" style="width:200px" /></td></tr>
<tr><th>环境影响评价审批文件文号：</th><td colspan="3"><input type="text" class="txt" name="hpwh" value="海环审字〔2015〕0218号" style="width:220px" /></td></tr>
</table>
</form>
${script(`
$(function () {
  $('#selectLngLat').onclick = function () { window.location.href = '${cardUrl('card2', dataid)}'; };
  $.guard($('#jbxxForm'), function () { return false; });
  $('#tyshxydm').onblur = function () {
    var v = $.trim(this.value);
    if (v !== '' && v.length !== 18) { alert('统一社会信用代码应为18位，请核对营业执照'); }
  };
});
`)}`,
  );
}
