// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FieldToolsLayer, findTools } from '../../../components/field-tools/FieldToolsLayer';
import { findRegionSelects, regionProblem, regionTool } from '../../../components/field-tools/tools/region';
import { defaultUploadThresholds } from '../../../tools/file-check';

const messages = generateChromeMessages(await parseMessagesFile('locales/zh_CN.yml'));
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) => {
    if (key === '@@ui_locale') return 'zh_CN';
    const list = typeof subs === 'string' ? [subs] : (subs ?? []);
    return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  });
});
afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

/** 修改企业基本信息's selects as the notes record them: `province`, `city`, `counties`. */
function enterpriseForm(county = ''): void {
  document.body.innerHTML = `<select id="province" name="province"><option value="110000" selected>北京市</option><option value="120000">天津市</option></select>
    <select id="city" name="city"><option value="110100" selected>市辖区</option></select>
    <select id="counties" name="counties"><option value="">请选择</option><option value="110108">海淀区</option><option value="120101">和平区</option></select>`;
  const county_ = document.getElementById('counties') as HTMLSelectElement;
  county_.value = county;
  Object.defineProperty(county_, 'getBoundingClientRect', {
    configurable: true,
    value: () => ({ top: 40, left: 20, width: 120, height: 24, right: 140, bottom: 64, x: 20, y: 40, toJSON: () => ({}) }),
  });
}

describe('the region tool (省市县, FAQ 16)', () => {
  it('finds province, city and the real name counties; the registry finds it too', () => {
    enterpriseForm();
    expect(Object.values(findRegionSelects(document) ?? {}).map((select) => select.id)).toEqual(['province', 'city', 'counties']);
    expect(findTools(document, 'enterprise-info').map((entry) => entry.tool.id)).toContain('region');
    document.body.innerHTML = '<select name="province"></select><select name="city"></select>';
    expect(findRegionSelects(document)).toBeUndefined();
  });

  it.each([
    [{ province: '110000', city: '110100', county: '' }, '还没有选择区县'],
    [{ province: '110000', city: '110100', county: '120101' }, '不属于选中的市'],
    [{ province: '110000', city: '120100', county: '120101' }, '不属于选中的市'],
  ])('names the problem of %o', (values, text) => {
    expect(regionProblem(values)?.zh).toContain(text);
  });

  it.each([[{ province: '110000', city: '110100', county: '110108' }], [{ province: '北京', city: '北京市', county: '海淀区' }]])(
    'says nothing about %o (names that are not codes are not compared)',
    (values) => expect(regionProblem(values)).toBeUndefined(),
  );

  it('shows a tip under an unchosen county, which goes when a county is chosen', () => {
    enterpriseForm();
    const found = findRegionSelects(document)!;
    render(<FieldToolsLayer found={[{ tool: regionTool, found }]} context={{ locale: 'zh', layout: 0, thresholds: () => defaultUploadThresholds }} />);
    expect(screen.getByTestId('region-tip').textContent).toContain('常见问题第 16 条');
    found.county.value = '110108';
    fireEvent.change(found.county);
    expect(screen.queryByTestId('region-tip')).toBeNull();
  });

  it('does not nag on a blank form until something is chosen', () => {
    document.body.innerHTML = `<select name="province"><option value="">请选择</option><option value="110000">北京市</option></select>
      <select name="city"><option value="">请选择</option><option value="110100">市辖区</option></select><select name="county"><option value="">请选择</option></select>`;
    const found = findRegionSelects(document)!;
    Object.defineProperty(found.county, 'getBoundingClientRect', { configurable: true, value: () => ({ top: 1, left: 1, width: 90, height: 20, right: 91, bottom: 21, x: 1, y: 1, toJSON: () => ({}) }) });
    render(<FieldToolsLayer found={[{ tool: regionTool, found }]} context={{ locale: 'zh', layout: 0, thresholds: () => defaultUploadThresholds }} />);
    expect(screen.queryByTestId('region-tip')).toBeNull();
    found.province.value = '110000';
    fireEvent.change(found.province);
    expect(screen.getByTestId('region-tip').textContent).toContain('还没有选择区县');
  });
});
