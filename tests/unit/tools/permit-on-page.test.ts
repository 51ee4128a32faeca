// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPermitOnPage } from '../../../tools/permit-on-page';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('readPermitOnPage', () => {
  it('reads the public detail’s table.tab0 (label cells followed by values)', () => {
    const doc = parse(`<p>某公司</p><table class="tab0">
      <tr><th>许可证编号：</th><td>91110108MA01C3XK2X001P</td><th>业务类型：</th><td>延续</td></tr>
      <tr><th>版本：</th><td>2</td><th>办结日期：</th><td>2022-03-16</td></tr>
      <tr><th>有效期限：</th><td colspan="3">2022-03-16至2027-03-15</td></tr></table>`);
    expect(readPermitOnPage(doc, 'public-info')).toEqual({
      permitNumber: '91110108MA01C3XK2X001P',
      validFrom: '2022-03-16',
      expiry: '2027-03-15',
      source: 'public-detail',
    });
  });

  it('reads table.tab0 laid out as a header row over a data row, and the category from the second table', () => {
    const doc = parse(`<table class="tab0"><tr><th>许可证编号</th><th>业务类型</th><th>有效期限</th><th>发证日期</th></tr>
      <tr><td>91130200MA0CXK7N5T001P</td><td>首次申请</td><td>自2021年06月30日至2026年06月29日止</td><td>2021-06-30</td></tr></table>
      <table class="tab0" id="apply_table"><tr><th>管理类别</th><td>重点管理</td></tr></table>`);
    expect(readPermitOnPage(doc, 'public-info')).toEqual({
      permitNumber: '91130200MA0CXK7N5T001P',
      validFrom: '2021-06-30',
      expiry: '2026-06-29',
      category: '重点管理',
      source: 'public-detail',
    });
  });

  it('reads the renewal list’s 有效期起 / 有效期至 columns', () => {
    const doc = parse(`<table id="yxList"><tr><th>序号</th><th>许可证编号</th><th>单位名称</th><th>有效期起</th><th>有效期至</th></tr>
      <tr><td>1</td><td>91110108MA01C3XK2X001P</td><td>某公司</td><td>2022-03-16</td><td>2027-03-15</td></tr></table>`);
    expect(readPermitOnPage(doc, 'renewal')).toEqual({
      permitNumber: '91110108MA01C3XK2X001P',
      validFrom: '2022-03-16',
      expiry: '2027-03-15',
      source: 'renewal-list',
    });
  });

  it('reads a labelled 有效期限 on the dashboard', () => {
    const doc = parse(`<table class="form"><tr><th>许可证编号：</th><td>91110108MA01C3XK2X001P</td></tr>
      <tr><th>有效期限：</th><td>2022年03月16日 至 2027年03月15日</td></tr></table>`);
    expect(readPermitOnPage(doc, 'dashboard')).toMatchObject({ expiry: '2027-03-15', validFrom: '2022-03-16', source: 'dashboard' });
  });

  it('never takes a public search result (other enterprises’ permits) or a page of another kind', () => {
    const list = parse(`<table class="tabtd"><tr><th>许可证编号</th><th>单位名称</th><th>有效期限</th></tr>
      <tr><td>91130200MA0CXK7N5T001P</td><td>别家</td><td>2021-06-30至2026-06-29</td></tr></table>`);
    expect(readPermitOnPage(list, 'public-info')).toBeUndefined();
    expect(readPermitOnPage(list, 'login')).toBeUndefined();
  });

  it('ignores a page without dates and an odd permit number', () => {
    expect(readPermitOnPage(parse('<table class="tab0"><tr><th>有效期限：</th><td>暂无数据</td></tr></table>'), 'public-info')).toBeUndefined();
    const doc = parse('<table class="tab0"><tr><th>许可证编号：</th><td>见附件</td></tr><tr><th>有效期限：</th><td>至2027-03-15</td></tr></table>');
    expect(readPermitOnPage(doc, 'public-info')).toEqual({ expiry: '2027-03-15', source: 'public-detail' });
  });
});
