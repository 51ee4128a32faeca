import { regions } from '../data/regions';
import { esc, jsLiteral, script } from './html';

export interface RegionChoice {
  province?: string;
  city?: string;
  county?: string;
}

/**
 * The 省/市/县 cascade: three selects (ids and names `province`, `city`, and `county` or what
 * `countyName` says — 修改企业基本信息 calls it `counties`; values are area codes) and the inline
 * script that refills the lower selects on change.
 */
export function regionSelects(selected: RegionChoice = {}, countyName = 'county'): string {
  const province = regions.find((r) => r.code === selected.province);
  const city = province?.children?.find((c) => c.code === selected.city);
  const options = (list: { code: string; name: string }[] | undefined, pick: string | undefined) =>
    (list ?? [])
      .map((r) => `<option value="${esc(r.code)}"${r.code === pick ? ' selected="selected"' : ''}>${esc(r.name)}</option>`)
      .join('');
  return `<select id="province" name="province"><option value="">--请选择省--</option>${options(regions, selected.province)}</select>
<select id="city" name="city"><option value="">--请选择市--</option>${options(province?.children, selected.city)}</select>
<select id="${esc(countyName)}" name="${esc(countyName)}"><option value="">--请选择县--</option>${options(city?.children, selected.county)}</select>
${script(`
(function () {
  var REGIONS = ${jsLiteral(regions)};
  function add(sel, text, value) { var o = document.createElement('option'); o.value = value; o.text = text; sel.appendChild(o); }
  function fill(sel, list, blank) {
    while (sel.firstChild) { sel.removeChild(sel.firstChild); }
    add(sel, blank, '');
    for (var i = 0; list && i < list.length; i++) { add(sel, list[i].name, list[i].code); }
  }
  function find(list, code) { for (var i = 0; list && i < list.length; i++) { if (list[i].code === code) { return list[i]; } } return null; }
  var p = document.getElementById('province'), c = document.getElementById('city'), x = document.getElementById(${jsLiteral(countyName)});
  p.onchange = function () { var r = find(REGIONS, p.value); fill(c, r && r.children, '--请选择市--'); fill(x, null, '--请选择县--'); };
  c.onchange = function () { var r = find(REGIONS, p.value); var rc = r && find(r.children, c.value); fill(x, rc && rc.children, '--请选择县--'); };
})();
`)}`;
}
