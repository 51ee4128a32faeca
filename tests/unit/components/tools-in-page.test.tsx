// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FieldToolsLayer } from '../../../entrypoints/content/field-tools/FieldToolsLayer';
import { scanPage } from '../../../entrypoints/content/field-tools/scan-page';
import { readPageFacts } from '../../../entrypoints/content/field-tools/page-facts';
import { placeBelow } from '../../../entrypoints/content/field-tools/placement';
import type { FieldToolsActions, FieldToolsModel } from '../../../entrypoints/content/field-tools/model';
import { renewalDeadline } from '../../../tools/deadlines';
import { checkUploadFile } from '../../../tools/file-check';
import { renderPage } from '../mock-platform/render';
import { cardUrl } from '../../mock-platform/layout/card-frame';
import { demoEnterprise } from '../../mock-platform/data/enterprise';

const messages = generateChromeMessages(await parseMessagesFile('locales/zh_CN.yml'));
function getMessage(key: string, substitutions?: string | string[]): string {
  if (key === '@@ui_locale') return 'zh_CN';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  const message = messages[key]?.message;
  if (message === undefined) throw new Error(`missing message ${key}`);
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage);
});
afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

const renewalPath = '/permitExt/syssb/ckxm/ckxm!listBcyx.action?itemTypeID=XZXKTYPE_D&itemtype=TYPED';
const url = (path: string) => `https://permit.mee.gov.cn${path}`;

describe('scanPage on the mock platform', () => {
  it('finds the credit code field of the registration form', () => {
    const doc = renderPage('/permitExt/outside/registration.jsp');
    const scan = scanPage(doc, url('/permitExt/outside/registration.jsp'));
    expect(scan.creditInputs.map((input) => input.id)).toEqual(['tyshxydm']);
    expect(scan.coordinates).toBeUndefined();
    expect(scan.renewal).toBeUndefined();
  });

  it('finds the picker’s inputs and controls, but not the read-only copies on the basic-info card', () => {
    const picker = scanPage(renderPage(cardUrl('card2')), url(cardUrl('card2')));
    expect(picker.coordinates?.lon.id).toBe('lngInput');
    expect(picker.coordinates?.lat.id).toBe('latInput');
    expect(picker.coordinates?.locate?.id).toBe('locateBtn');
    expect(picker.coordinates?.pick?.id).toBe('pickBtn');
    expect(picker.coordinates?.map?.id).toBe('mapContainer');
    expect(picker.coordinates?.confirm?.id).toBe('confirmBtn');
    const basic = scanPage(renderPage(cardUrl('card1')), url(cardUrl('card1')));
    expect(basic.coordinates).toBeUndefined();
    expect(basic.creditInputs.map((input) => input.id)).toEqual(['tyshxydm']);
  });

  it('finds the expiry cell on the renewal page only', () => {
    const scan = scanPage(renderPage(renewalPath), url(renewalPath));
    expect(scan.renewal?.expiryDate).toBe(demoEnterprise.permitValidTo);
    expect(scan.renewal?.anchor.className).toBe('yxqz');
  });

  it('never throws on an empty document', () => {
    expect(scanPage(document.implementation.createHTMLDocument(''), 'not a url')).toEqual({ creditInputs: [] });
  });
});

describe('readPageFacts', () => {
  it('reads the category and issue date of the execution-report pages', () => {
    expect(readPageFacts(renderPage('/permitrep/report/annual'))).toEqual({ category: '简化管理', issueDate: demoEnterprise.permitIssued });
  });

  it('reads the expiry on the renewal page', () => {
    expect(readPageFacts(renderPage(renewalPath)).expiryDate).toBe(demoEnterprise.permitValidTo);
  });

  it.each([
    ['<p>管理类别：重点管理</p><p>发证日期：2017年12月1日</p>', { category: '重点管理', issueDate: '2017-12-01' }],
    ['<table><tr><th>管理类别</th><td>简化</td></tr></table>', { category: '简化管理' }],
    ['<p>管理类别：登记管理</p>', { category: '登记管理' }],
    ['<p>发证日期：2019/6/3 有效期至 2024/6/2</p>', { issueDate: '2019-06-03' }],
    ['<p>没有相关信息</p>', {}],
  ])('reads %s', (html, facts) => {
    document.body.innerHTML = html;
    expect(readPageFacts(document)).toEqual(facts);
  });
});

/** happy-dom lays nothing out: give elements a box so tips can be placed. */
function placeAt(element: Element, top: number, left = 20, width = 200, height = 24): void {
  Object.defineProperty(element, 'getBoundingClientRect', {
    configurable: true,
    value: () => ({ top, left, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) }),
  });
}

function pageInput(id: string, value = ''): HTMLInputElement {
  const input = document.createElement('input');
  input.id = id;
  input.value = value;
  document.body.append(input);
  placeAt(input, 40);
  return input;
}

function baseModel(patch: Partial<FieldToolsModel>): FieldToolsModel {
  return { locale: 'zh', credit: [], uploads: [], layout: 0, ...patch };
}

function layer(model: FieldToolsModel, actions: Partial<FieldToolsActions> = {}) {
  const all: FieldToolsActions = { creditValueChanged: vi.fn(), dismissCredit: vi.fn(), dismissUpload: vi.fn(), ...actions };
  const view = render(<FieldToolsLayer model={model} actions={all} />);
  return { ...view, actions: all };
}

describe('credit code tip', () => {
  it('says what is wrong, with the expected check character, under the field', () => {
    const input = pageInput('tyshxydm', '91110108MA01C3XK2A');
    layer(baseModel({ credit: [{ key: 1, input, value: input.value, dismissed: false, touched: true }] }));
    const tip = screen.getByTestId('credit-code-tip');
    expect(tip.getAttribute('data-valid')).toBe('false');
    expect(tip.textContent).toContain('应为 X');
    expect(tip.style.top).toBe('68px');
    expect(tip.querySelector('[aria-live]')).not.toBeNull();
  });

  it('shows nothing for an empty or dismissed field', () => {
    const input = pageInput('tyshxydm');
    layer(baseModel({ credit: [{ key: 1, input, value: '', dismissed: false, touched: true }, { key: 2, input, value: 'x', dismissed: true, touched: true }] }));
    expect(screen.queryByTestId('credit-code-tip')).toBeNull();
  });

  it('changes the value only on click, tells the page, and can undo', () => {
    const input = pageInput('tyshxydm', '９１110108ma01c3xk2x');
    const seen: string[] = [];
    input.addEventListener('input', () => seen.push(`input:${input.value}`));
    input.addEventListener('change', () => seen.push(`change:${input.value}`));
    const field = { key: 7, input, value: input.value, dismissed: false, touched: true };
    const { actions, rerender } = layer(baseModel({ credit: [field] }));
    expect(input.value).toBe('９１110108ma01c3xk2x');
    fireEvent.click(screen.getByTestId('credit-code-apply'));
    expect(input.value).toBe('91110108MA01C3XK2X');
    expect(seen).toEqual(['input:91110108MA01C3XK2X', 'change:91110108MA01C3XK2X']);
    expect(actions.creditValueChanged).toHaveBeenCalledWith(7, '91110108MA01C3XK2X');
    rerender(<FieldToolsLayer model={baseModel({ credit: [{ ...field, value: input.value }] })} actions={actions} />);
    expect(screen.getByTestId('credit-code-tip').getAttribute('data-valid')).toBe('true');
    expect(screen.getByTestId('credit-code-tip').textContent).toContain('原来是“９１110108ma01c3xk2x”');
    fireEvent.click(screen.getByTestId('undo-credit-code'));
    expect(input.value).toBe('９１110108ma01c3xk2x');
  });

  it('can be closed', () => {
    const input = pageInput('tyshxydm', '123');
    const { actions } = layer(baseModel({ credit: [{ key: 3, input, value: '123', dismissed: false, touched: true }] }));
    fireEvent.click(screen.getByRole('button', { name: '关闭这条提示' }));
    expect(actions.dismissCredit).toHaveBeenCalledWith(3);
  });
});

function pickerPage() {
  document.body.innerHTML = `<div>经度：<input id="lngInput" value="116.1"> 纬度：<input id="latInput" value="">
    <input type="button" id="locateBtn" value="定位"> <input type="button" id="pickBtn" value="拾取"></div><div id="mapContainer"></div>`;
  const get = (id: string) => document.getElementById(id) as HTMLInputElement;
  const targets = { lon: get('lngInput'), lat: get('latInput'), locate: get('locateBtn'), pick: get('pickBtn'), map: get('mapContainer') };
  placeAt(targets.lon, 10, 10, 110);
  placeAt(targets.lat, 10, 150, 110);
  placeAt(targets.locate, 10, 280, 40);
  placeAt(targets.pick, 10, 330, 40);
  placeAt(targets.map, 40, 10, 640, 380);
  return targets;
}

describe('coordinate card', () => {
  it('converts DMS, fills the page’s inputs on click and undoes the fill', () => {
    const targets = pickerPage();
    const events: string[] = [];
    targets.lat.addEventListener('change', () => events.push(targets.lat.value));
    layer(baseModel({ coordinates: targets }));
    fireEvent.input(screen.getByTestId('coordinate-input'), { target: { value: '东经116°23′50″ 北纬39°54′27″' } });
    expect(targets.lon.value).toBe('116.1');
    fireEvent.click(screen.getByTestId('fill-coordinates'));
    expect([targets.lon.value, targets.lat.value]).toEqual(['116.397222', '39.907500']);
    expect(events).toEqual(['39.907500']);
    expect(screen.getByTestId('coordinate-tool').textContent).toContain('原来的经度是“116.1”，纬度是“（空）”');
    fireEvent.click(screen.getByTestId('undo-fill'));
    expect([targets.lon.value, targets.lat.value]).toEqual(['116.1', '']);
    expect(screen.queryByTestId('undo-fill')).toBeNull();
  });

  it('fills one axis from a single marked value', () => {
    const targets = pickerPage();
    layer(baseModel({ coordinates: targets }));
    fireEvent.input(screen.getByTestId('coordinate-input'), { target: { value: '北纬40°2′46.4″' } });
    fireEvent.click(screen.getByTestId('fill-coordinates'));
    expect([targets.lon.value, targets.lat.value]).toEqual(['116.1', '40.046222']);
  });

  it('outlines the control of a step, and says when the page has none', () => {
    const targets = pickerPage();
    layer(baseModel({ coordinates: targets }));
    const card = screen.getByTestId('coordinate-tool');
    const locateStep = card.querySelector<HTMLElement>('[data-step="locate-2"]')!;
    fireEvent.mouseEnter(locateStep);
    const boxes = screen.getAllByTestId('control-highlight');
    expect(boxes).toHaveLength(1);
    expect(boxes[0]?.style.left).toBe('276px');
    fireEvent.mouseLeave(locateStep);
    expect(screen.queryAllByTestId('control-highlight')).toHaveLength(0);
    const confirmStep = card.querySelector('[data-step="locate-5"]')!;
    expect(confirmStep.getAttribute('data-found')).toBe('false');
    expect(confirmStep.textContent).toContain('页面上没有找到这个按钮');
  });

  it.each([
    [1600, `${10 + 640 + 12}px`, '40px'],
    // Beside the map would reach into the strip the helper's panel opens into (panelStripWidth).
    [1200, '10px', `${40 + 380 + 4}px`],
    [900, '10px', `${40 + 380 + 4}px`],
  ])('in a page %i px wide sits at left %s, top %s: beside the map or below it, never over it nor under the panel', (width, left, top) => {
    const targets = pickerPage();
    Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, value: width });
    layer(baseModel({ coordinates: targets }));
    const card = screen.getByTestId('coordinate-tool');
    expect([card.style.left, card.style.top]).toEqual([left, top]);
  });
});

describe('upload tip and renewal tip', () => {
  it('shows the worst level of the picked files', () => {
    const input = pageInput('file_YYZZ');
    const heic = new Uint8Array([0, 0, 0, 0x18, ...Array.from('ftypheic').map((c) => c.charCodeAt(0))]);
    const findings = checkUploadFile({ name: 'photo.jpg', size: 2_000_000, head: heic });
    layer(baseModel({ uploads: [{ key: 1, input, files: [{ name: 'photo.jpg', findings }] }] }));
    const tip = screen.getByTestId('upload-tip');
    expect(tip.getAttribute('data-level')).toBe('warn');
    expect(tip.textContent).toContain('HEIC');
    expect(tip.textContent).toContain('不会阻止上传');
  });

  it('shows the last day to apply next to the expiry cell', () => {
    document.body.innerHTML = '<table><tr><td class="yxqz">2027-03-15</td></tr></table>';
    const cell = document.querySelector<HTMLElement>('.yxqz')!;
    placeAt(cell, 100, 500, 90);
    layer(baseModel({ renewal: { anchor: cell, expiryDate: '2027-03-15' } }));
    const expected = renewalDeadline('2027-03-15');
    if ('error' in expected) throw new Error('unexpected');
    const tip = screen.getByTestId('renewal-deadline');
    expect(tip.textContent).toContain(expected.date);
    expect(tip.textContent).toContain('还没有收录');
  });
});

describe('placeBelow', () => {
  it('keeps a tip inside the page width', () => {
    const input = pageInput('x');
    placeAt(input, 10, 1100, 150);
    Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, value: 1200 });
    expect(placeBelow(input, 360)).toEqual({ top: 38, left: 1200 - 360 - 4, width: 360 });
  });

  it('places nothing for an element that is not rendered', () => {
    const input = document.createElement('input');
    expect(placeBelow(input, 360)).toBeUndefined();
  });
});
