import { demoEnterprise } from '../data/enterprise';
import { cardPage } from '../layout/card-frame';
import { esc, script, style } from '../layout/html';
import type { MockRequest } from '../routes';

const pickerStyles = style(`
#mapContainer { position: relative; width: 640px; height: 380px; border: 1px solid #9bb9df; overflow: hidden; cursor: default;
  background-color: #eef3e6;
  background-image: linear-gradient(90deg, rgba(160,180,200,.35) 1px, transparent 1px), linear-gradient(rgba(160,180,200,.35) 1px, transparent 1px);
  background-size: 40px 40px; }
#mapContainer.picking { cursor: crosshair; }
#mapContainer .road { position: absolute; background: #f7e8a8; border: 1px solid #e0c870; }
#mapContainer .label { position: absolute; color: #667; font-size: 12px; }
#mapMarker { position: absolute; width: 14px; height: 14px; margin: -14px 0 0 -7px; border-radius: 7px 7px 7px 0; background: #e33; transform: rotate(-45deg); }
.lnglat-bar { margin: 8px 0; }
.lnglat-bar input.txt { width: 110px; }
`);

/**
 * card2 经纬度选择 (the picker that needed Flash and IE in 2017, FAQ 20). 定位 takes decimal
 * degrees from `#lngInput` / `#latInput`; 拾取 then a click on the map writes the hidden
 * `input[name=longitude]` / `input[name=latitude]`; 确定 saves them.
 */
export function renderCoordinatesCard({ url }: MockRequest): string {
  return cardPage(
    url,
    'card2',
    `<h3>生产经营场所中心经纬度</h3>
<div class="lnglat-bar">
  经度：<input type="text" class="txt" id="lngInput" name="jdText" value="" />
  纬度：<input type="text" class="txt" id="latInput" name="wdText" value="" />
  <input type="button" class="btn" id="locateBtn" value="定位" />
  <input type="button" class="btn" id="pickBtn" value="拾取" />
  <input type="button" class="btn" id="confirmBtn" value="确定" />
  <span id="pickState" style="margin-left:10px;color:#0b4f9c"></span>
</div>
<div id="mapContainer" class="map">
  <div class="road" style="left:0;top:170px;width:640px;height:10px"></div>
  <div class="road" style="left:300px;top:0;width:10px;height:380px"></div>
  <div class="label" style="left:320px;top:150px">创新路</div>
  <div class="label" style="left:20px;top:20px">温泉镇</div>
  <div id="mapMarker" style="left:320px;top:190px"></div>
</div>
<input type="hidden" id="longitude" name="longitude" value="${esc(demoEnterprise.longitude)}" />
<input type="hidden" id="latitude" name="latitude" value="${esc(demoEnterprise.latitude)}" />
<p>当前坐标：经度 <span id="curLng">${esc(demoEnterprise.longitude)}</span>，纬度 <span id="curLat">${esc(demoEnterprise.latitude)}</span></p>
${script(`
$(function () {
  var W = 640, H = 380, SPAN_LNG = 0.064, SPAN_LAT = 0.038;
  var center = { lng: parseFloat($('#longitude').value), lat: parseFloat($('#latitude').value) };
  var picking = false, map = $('#mapContainer'), marker = $('#mapMarker');
  var DECIMAL = /^-?\\d{1,3}(\\.\\d+)?$/;
  function place(lng, lat) {
    marker.style.left = Math.round((lng - center.lng) / SPAN_LNG * W + W / 2) + 'px';
    marker.style.top = Math.round((center.lat - lat) / SPAN_LAT * H + H / 2) + 'px';
  }
  function show(lng, lat) { $('#curLng').innerHTML = lng.toFixed(6); $('#curLat').innerHTML = lat.toFixed(6); }
  $('#locateBtn').onclick = function () {
    var lng = $.trim($('#lngInput').value), lat = $.trim($('#latInput').value);
    if (!DECIMAL.test(lng) || !DECIMAL.test(lat)) { alert('请输入小数点格式的经纬度，例如 经度116.193852 纬度40.046217'); return; }
    var x = parseFloat(lng), y = parseFloat(lat);
    if (x < 73 || x > 136 || y < 3 || y > 54) { alert('经纬度超出范围，请核实后重新输入'); return; }
    center = { lng: x, lat: y };
    place(x, y);
    $('#pickState').innerHTML = '已定位，请点击“拾取”后在地图定位点处点击';
  };
  $('#pickBtn').onclick = function () { picking = true; map.className = 'map picking'; $('#pickState').innerHTML = '请在地图上点击选择点位'; };
  map.onclick = function (e) {
    if (!picking) { return; }
    var rect = map.getBoundingClientRect();
    var lng = center.lng + ((e.clientX - rect.left) - W / 2) / W * SPAN_LNG;
    var lat = center.lat - ((e.clientY - rect.top) - H / 2) / H * SPAN_LAT;
    marker.style.left = Math.round(e.clientX - rect.left) + 'px';
    marker.style.top = Math.round(e.clientY - rect.top) + 'px';
    $('#longitude').value = lng.toFixed(6);
    $('#latitude').value = lat.toFixed(6);
    show(lng, lat);
    picking = false; map.className = 'map';
    $('#pickState').innerHTML = '已拾取，请点击“确定”保存';
  };
  $('#confirmBtn').onclick = function () {
    if ($('#longitude').value === '' || $('#latitude').value === '') { alert('请先拾取经纬度'); return; }
    alert('经纬度保存成功');
  };
});
`)}`,
    pickerStyles,
  );
}
