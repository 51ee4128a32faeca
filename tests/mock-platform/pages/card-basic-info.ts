import { demoEnterprise } from '../data/enterprise';
import { industryOptions } from '../data/industries';
import { cardPage } from '../layout/card-frame';
import { esc, script } from '../layout/html';
import { regionSelects } from '../layout/region-select';
import type { MockRequest } from '../routes';
import { pickerUrl } from './lnglat-picker';

const dms = (prefix: string, parts: { d: string; f: string; m: string }) =>
  `<input type="text" class="txt" id="${prefix}d" name="${prefix}d" value="${esc(parts.d)}" style="width:40px" readonly="readonly" />度` +
  `<input type="text" class="txt" id="${prefix}f" name="${prefix}f" value="${esc(parts.f)}" style="width:30px" readonly="readonly" />分` +
  `<input type="text" class="txt" id="${prefix}m" name="${prefix}m" value="${esc(parts.m)}" style="width:50px" readonly="readonly" />秒`;

/**
 * card1 排污单位基本情况: the credit code (`#tyshxydm`, name SocietyCode), the region selects, and
 * the site's centre as DMS parts (opelngd/f/m, opelatd/f/m) plus hidden decimal `longitude` /
 * `latitude` (the public detail's names; the card's own are unseen). 「选择」 opens the picker.
 */
export function renderBasicInfoCard({ url }: MockRequest): string {
  return cardPage(
    url,
    'card1',
    `<form id="jbxxForm" method="post" action="#">
<table class="form">
<tr><th><span class="red">*</span>单位名称：</th><td colspan="3"><input type="text" class="txt" name="dwmc" id="dwmc" value="${esc(demoEnterprise.name)}" style="width:360px" readonly="readonly" /></td></tr>
<tr><th><span class="red">*</span>统一社会信用代码：</th><td><input type="text" class="txt" name="SocietyCode" id="tyshxydm" maxlength="18" value="${esc(demoEnterprise.creditCode)}" style="width:180px" /></td>
    <th>注册地址：</th><td><input type="text" class="txt" name="zcdz" id="zcdz" value="${esc(demoEnterprise.address)}" style="width:260px" /></td></tr>
<tr><th><span class="red">*</span>生产经营场所地址：</th><td colspan="3">${regionSelects({ province: '110000', city: '110100', county: demoEnterprise.cityCode })}
    <input type="text" class="txt" name="scjycsdz" id="scjycsdz" value="温泉镇环保产业园创新路8号" style="width:220px" /></td></tr>
<tr><th><span class="red">*</span>行业类别：</th><td colspan="3"><select name="hylb" id="hylb">${industryOptions('C2614')}</select></td></tr>
<tr><th><span class="red">*</span>生产经营场所中心经度：</th><td>${dms('opelng', demoEnterprise.longitudeDms)}</td>
    <th><span class="red">*</span>生产经营场所中心纬度：</th><td>${dms('opelat', demoEnterprise.latitudeDms)}
    <input type="button" class="btn" id="selectLngLat" value="选择" /></td></tr>
<tr><th><span class="red">*</span>法定代表人：</th><td><input type="text" class="txt" name="fddbr" value="${esc(demoEnterprise.legalPerson)}" /></td>
    <th><span class="red">*</span>技术负责人：</th><td><input type="text" class="txt" name="jsfzr" value="${esc(demoEnterprise.contact)}" /></td></tr>
<tr><th><span class="red">*</span>固定电话：</th><td><input type="text" class="txt" name="gddh" value="${esc(demoEnterprise.phone)}" /></td>
    <th>投产日期：</th><td><input type="text" class="txt" name="tcrq" value="2016-05-01" /></td></tr>
<tr><th>环境影响评价审批文件文号：</th><td colspan="3"><input type="text" class="txt" name="hpwh" value="海环审字〔2015〕0218号" style="width:220px" /></td></tr>
</table>
<input type="hidden" id="longitude" name="longitude" value="${esc(demoEnterprise.longitude)}" />
<input type="hidden" id="latitude" name="latitude" value="${esc(demoEnterprise.latitude)}" />
</form>
${script(`
/** The picker calls this (window.opener) with decimal degrees. */
function setLngLat(lng, lat) {
  function parts(v) { var d = Math.floor(v), mf = (v - d) * 60, f = Math.floor(mf); return [d, f, Math.round((mf - f) * 6000) / 100]; }
  var a = parts(lng), b = parts(lat);
  $('#longitude').value = lng.toFixed(6); $('#latitude').value = lat.toFixed(6);
  $('#opelngd').value = a[0]; $('#opelngf').value = a[1]; $('#opelngm').value = a[2];
  $('#opelatd').value = b[0]; $('#opelatf').value = b[1]; $('#opelatm').value = b[2];
}
window.setLngLat = setLngLat;
$(function () {
  $('#selectLngLat').onclick = function () { window.open('${pickerUrl('a')}', 'lnglat', 'width=820,height=560'); };
  $.guard($('#jbxxForm'), function () { return false; });
  $('#tyshxydm').onblur = function () {
    var v = $.trim(this.value);
    if (v !== '' && v.length !== 18) { alert('统一社会信用代码应为18位，请核对营业执照'); }
  };
});
`)}`,
  );
}
