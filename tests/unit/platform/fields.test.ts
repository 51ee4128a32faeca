// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findMapArea, findPlatformFields } from '../../../platform/fields';

const parse = (body: string): Document => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
const ids = (elements: Element[]): string[] => elements.map((element) => element.id);

describe('findPlatformFields', () => {
  it('finds the coordinate picker: decimal inputs, hidden inputs, buttons and map', () => {
    const doc = parse(`<div class="bar">经度：<input id="lngInput" name="jdText"> 纬度：<input id="latInput" name="wdText">
      <input type="button" id="locate" value="定位"> <input type="button" id="pick" value="拾取"></div>
      <div id="mapContainer" class="map"></div>
      <input type="hidden" id="longitude" name="longitude" value="116.1"><input type="hidden" id="latitude" name="latitude" value="40.0">`);
    const fields = findPlatformFields(doc);
    expect(ids(fields.longitude)).toEqual(['lngInput', 'longitude']);
    expect(ids(fields.latitude)).toEqual(['latInput', 'latitude']);
    expect(ids(fields.coordinateDecimalInputs)).toEqual(['lngInput', 'latInput']);
    expect(fields.pickButton?.id).toBe('pick');
    expect(fields.locateButton?.id).toBe('locate');
    expect(fields.mapArea?.id).toBe('mapContainer');
  });

  it('finds a map by a case-insensitive id and an old Flash object', () => {
    expect(findMapArea(parse('<div id="baiduMAP"></div>'))?.id).toBe('baiduMAP');
    expect(findMapArea(parse('<object id="f" type="application/x-shockwave-flash" data="/swf/pick.swf"></object>'))?.id).toBe('f');
  });

  it('seeks a map only beside a picker’s 拾取 or 定位 button (the costliest read on long pages)', () => {
    expect(findPlatformFields(parse('<div id="baiduMAP"></div>')).mapArea).toBeUndefined();
    expect(findPlatformFields(parse('<div id="baiduMAP"></div><button>拾取</button>')).mapArea?.id).toBe('baiduMAP');
  });

  it('leaves degree/minute/second parts out of the decimal inputs', () => {
    const doc = parse(`<table><tr><td>经度</td><td><input id="jd_d" name="jd_d">度<input id="jd_f" name="jd_f">分<input id="jd_m" name="jd_m">秒</td></tr>
      <tr><td>纬度</td><td><input id="wd" name="wd"></td></tr></table>`);
    const fields = findPlatformFields(doc);
    expect(ids(fields.coordinateDecimalInputs)).toEqual(['wd']);
    expect(ids(fields.longitude)).toEqual(['jd_d', 'jd_f', 'jd_m']);
  });

  it.each([
    ['a th before the cell', '<table><tr><th>统一社会信用代码：</th><td><input id="c"></td></tr></table>'],
    ['a td before the cell', '<table><tr><td>信用代码</td><td><input id="c"></td></tr></table>'],
    ['label for', '<label for="c">统一社会信用代码</label><input id="c">'],
    ['a wrapping label', '<label>社会信用代码 <input id="c"></label>'],
    ['inline text', '<p>统一社会信用代码：<input id="c"></p>'],
    ['a conventional name', '<input id="c" name="tyshxydm">'],
    ['the name on 修改企业基本信息 (SocietyCode)', '<input id="c" name="SocietyCode">'],
    ['a placeholder', '<input id="c" placeholder="请输入统一社会信用代码">'],
  ])('finds the credit code input labelled by %s', (_name, body) => {
    expect(ids(findPlatformFields(parse(body)).creditCode)).toEqual(['c']);
  });

  it('does not take a hidden credit code or a label of another field', () => {
    const doc = parse(`<input type="hidden" name="creditCode"><table><tr><th>统一社会信用代码</th><td>91110108MA01C3XK2X</td></tr>
      <tr><th>单位名称</th><td><input id="n"></td></tr></table>`);
    expect(findPlatformFields(doc).creditCode).toEqual([]);
  });

  it('lists file inputs', () => {
    expect(findPlatformFields(parse('<input type="file" id="a"><input id="t"><input type="FILE" id="b">')).fileInputs.map((i) => i.id)).toEqual(['a', 'b']);
  });

  it.each([
    ['the next cell', '<table><tr><th>有效期限</th><td>2021-03-01 至 2026-02-28</td></tr></table>', '2021-03-01 至 2026-02-28'],
    ['a colon', '<p><span>有效期限：自2021年03月01日至2026年02月28日止</span></p>', '自2021年03月01日至2026年02月28日止'],
    ['an input in the next cell', '<table><tr><td>有效期</td><td><input value="2026-02-28"></td></tr></table>', '2026-02-28'],
    [
      'start and end columns',
      '<table><tr><th>序号</th><th>有效期起</th><th>有效期至</th></tr><tr><td>1</td><td>2022-03-16</td><td>2027-03-15</td></tr></table>',
      '2022-03-16 至 2027-03-15',
    ],
  ])('reads the validity period from %s', (_name, body, expected) => {
    expect(findPlatformFields(parse(body)).expiryText).toBe(expected);
  });

  it('does not mistake a tip about the validity period for the period', () => {
    expect(findPlatformFields(parse('<span>有效期限届满前三十日提出申请</span>')).expiryText).toBeUndefined();
  });

  it('finds nothing on an empty or odd document', () => {
    const empty = { creditCode: [], longitude: [], latitude: [], coordinateDecimalInputs: [], fileInputs: [] };
    expect(findPlatformFields(parse(''))).toEqual(empty);
    expect(findPlatformFields({} as Document)).toEqual(empty);
    expect(findPlatformFields(new DOMParser().parseFromString('<frameset><frame></frameset>', 'text/html'))).toEqual(empty);
  });
});
