import { demoEnterprise } from '../data/enterprise';
import { esc, script, style } from '../layout/html';
import { modulePage, platformName } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

/**
 * The longitude/latitude picker. Its URL and buttons are unknown (the notes; FAQ 20 says 拾取,
 * 定位, 确定/确认): both paths are invented, and the two variants differ in ids, element types
 * and button texts. Card1's 「选择」 opens variant a; a picked point goes back to the card through
 * `window.opener.setLngLat(lng, lat)`.
 */
export function pickerUrl(variant: 'a' | 'b'): string {
  return variant === 'a' ? '/permitExt/common/gis/lnglat-picker.jsp?variant=a' : '/permitExt/common/gis/map-select.html?variant=b';
}

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


function variantA(): string {
  return modulePage({
    title: `经纬度选择-${platformName}`,
    crumbs: ['许可证申请', '经纬度选择'],
    head: pickerStyles,
    body: `<h3>生产经营场所中心经纬度</h3>
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
    if (window.opener && window.opener.setLngLat) { window.opener.setLngLat(parseFloat($('#longitude').value), parseFloat($('#latitude').value)); }
    alert('经纬度保存成功');
  };
});
`)}`,
  });
}

const bStyles = style(`
#allmap { width: 100%; height: 420px; position: relative; background: #e9efe3; border: 1px solid #aaa; overflow: hidden; }
#allmap .grid { position: absolute; inset: 0; background-image: linear-gradient(90deg, rgba(0,0,0,.06) 1px, transparent 1px), linear-gradient(rgba(0,0,0,.06) 1px, transparent 1px); background-size: 50px 50px; }
#allmap .pin { position: absolute; width: 12px; height: 12px; margin: -6px; border-radius: 50%; background: #1c6fc4; border: 2px solid #fff; }
.map-tools { padding: 8px 0; }
.map-tools button { margin-left: 6px; padding: 4px 14px; }
`);

function variantB(): string {
  return modulePage({
    title: '地图选点',
    crumbs: ['地图选点'],
    head: bStyles,
    body: `<div class="map-tools">
  <label>经度 <input type="text" id="jd" name="jd" size="12" /></label>
  <label>纬度 <input type="text" id="wd" name="wd" size="12" /></label>
  <button type="button" id="btnDw">定位</button>
  <button type="button" id="btnSq">拾取</button>
  <button type="button" id="btnQr">确认</button>
</div>
<div id="allmap"><div class="grid"></div><div class="pin" id="pin" style="left:50%;top:50%"></div></div>
<p id="result">请点击“拾取”后在地图上选择位置</p>
<input type="hidden" id="lng" name="lng" value="" />
<input type="hidden" id="lat" name="lat" value="" />
${script(`
(function () {
  var center = { lng: ${demoEnterprise.longitude}, lat: ${demoEnterprise.latitude} }, SPAN = 0.05, picking = false;
  var map = document.getElementById('allmap'), pin = document.getElementById('pin');
  function byId(id) { return document.getElementById(id); }
  byId('btnDw').onclick = function () {
    var x = Number(byId('jd').value), y = Number(byId('wd').value);
    if (!byId('jd').value || !byId('wd').value || isNaN(x) || isNaN(y)) { alert('经纬度格式不正确'); return; }
    center = { lng: x, lat: y }; pin.style.left = '50%'; pin.style.top = '50%';
    byId('result').innerHTML = '已定位到 ' + x + ', ' + y;
  };
  byId('btnSq').onclick = function () { picking = true; byId('result').innerHTML = '请在地图上单击选择位置'; };
  map.onclick = function (e) {
    if (!picking) { return; }
    var r = map.getBoundingClientRect(), w = r.width || 800, h = r.height || 420;
    var lng = center.lng + ((e.clientX - r.left) / w - 0.5) * SPAN, lat = center.lat - ((e.clientY - r.top) / h - 0.5) * SPAN;
    byId('lng').value = lng.toFixed(6); byId('lat').value = lat.toFixed(6);
    pin.style.left = (e.clientX - r.left) + 'px'; pin.style.top = (e.clientY - r.top) + 'px';
    byId('result').innerHTML = '经度：' + lng.toFixed(6) + '，纬度：' + lat.toFixed(6);
    picking = false;
  };
  byId('btnQr').onclick = function () {
    if (!byId('lng').value) { alert('请先拾取坐标'); return; }
    if (window.opener && window.opener.setLngLat) { window.opener.setLngLat(Number(byId('lng').value), Number(byId('lat').value)); }
    alert('坐标已确认');
  };
})();
`)}`,
  });
}

export const pickerRoutes: MockRoute[] = [
  {
    path: pickerUrl('a'),
    site: 'permit',
    kind: 'apply-coordinates',
    title: `经纬度选择-${platformName}`,
    main: true,
    variant: 'a: input buttons 定位/拾取/确定, decimal inputs, hidden longitude/latitude',
    render: () => ({ html: variantA() }),
  },
  {
    path: pickerUrl('b'),
    site: 'permit',
    kind: 'apply-coordinates',
    title: '地图选点',
    variant: 'b: <button>s 定位/拾取/确认, inputs jd/wd, hidden lng/lat',
    render: () => ({ html: variantB() }),
  },
];
