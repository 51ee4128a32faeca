// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useZhMessages } from '../support/zh-messages';
import { FieldToolsLayer, findTools, type FoundTool } from '../../../components/field-tools/FieldToolsLayer';
import { readPageFacts } from '../../../platform/page-facts';
import { placeBelow } from '../../../components/field-tools/placement';
import type { FieldTool, TipContext } from '../../../components/field-tools/model';
import type { CoordinateTargets, RenewalAnchor } from '../../../platform/fields';
import { creditCodeTool } from '../../../components/field-tools/tools/credit-code';
import { coordinatesTool } from '../../../components/field-tools/tools/coordinates';
import { fileCheckTool } from '../../../components/field-tools/tools/file-check';
import { renewalTool } from '../../../components/field-tools/tools/renewal';
import { renewalDeadline } from '../../../tools/deadlines';
import { checkUploadFile, defaultUploadThresholds } from '../../../tools/file-check';
import { renderPage } from '../mock-platform/render';
import { cardUrl } from '../../mock-platform/data/cards';
import { pickerUrl } from '../../mock-platform/pages/lnglat-picker';
import { reportViewPaths } from '../../mock-platform/pages/reports';
import { demoEnterprise } from '../../mock-platform/data/enterprise';

useZhMessages();
afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

const renewalPath = '/permitExt/syssb/ckxm/ckxm!listBcyx.action?itemTypeID=XZXKTYPE_D&itemtype=TYPED';
const url = (path: string) => `https://permit.mee.gov.cn${path}`;

describe('the tools’ find on the mock platform', () => {
  const found = (doc: Document, kind: Parameters<typeof findTools>[1] = 'unknown') =>
    Object.fromEntries(findTools(doc, kind).map((entry) => [entry.tool.id, entry.found]));

  it('finds the credit code field of the registration form', () => {
    const tools = found(renderPage('/permitExt/outside/registration.jsp'), 'register');
    expect((tools['credit-code'] as HTMLInputElement[]).map((input) => input.id)).toEqual(['tyshxydm']);
    expect(tools.coordinates).toBeUndefined();
    expect(tools.renewal).toBeUndefined();
  });

  it('finds the picker’s inputs and controls, but not the read-only copies on the basic-info card', () => {
    const picker = coordinatesTool.find!(renderPage(pickerUrl('a')), { kind: 'apply-coordinates' }) as CoordinateTargets;
    expect(picker.lon.id).toBe('lngInput');
    expect(picker.lat.id).toBe('latInput');
    expect(picker.locate?.id).toBe('locateBtn');
    expect(picker.pick?.id).toBe('pickBtn');
    expect(picker.map?.id).toBe('mapContainer');
    expect(picker.confirm?.id).toBe('confirmBtn');
    const basic = renderPage(cardUrl('card1'));
    expect(coordinatesTool.find!(basic, { kind: 'apply-basic-info' })).toBeUndefined();
    expect((creditCodeTool.find!(basic, { kind: 'apply-basic-info' }) as HTMLInputElement[]).map((input) => input.id)).toEqual(['tyshxydm']);
  });

  it('finds the expiry cell on the renewal page only', () => {
    const doc = renderPage(renewalPath);
    const renewal = renewalTool.find!(doc, { kind: 'renewal' }) as RenewalAnchor;
    expect(renewal.expiryDate).toBe(demoEnterprise.permitValidTo);
    expect(renewal.anchor.className).toBe('yxqz');
    expect(renewalTool.find!(doc, { kind: 'public-info' })).toBeUndefined();
  });

  it('never throws on an empty document, nor when one tool’s reader throws', () => {
    expect(findTools(document.implementation.createHTMLDocument(''), 'unknown')).toEqual([]);
    const broken: FieldTool = { ...creditCodeTool, id: 'broken', find: () => { throw new Error('boom'); } };
    const doc = renderPage('/permitExt/outside/registration.jsp');
    expect(findTools(doc, 'register', [broken, creditCodeTool]).map((entry) => entry.tool.id)).toEqual(['credit-code']);
  });
});

describe('readPageFacts', () => {
  it('reads the category and issue date of the execution-report pages', () => {
    expect(readPageFacts(renderPage(reportViewPaths.annual))).toEqual({ category: '简化管理', issueDate: demoEnterprise.permitIssued });
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

const context: TipContext = { locale: 'zh', layout: 0, thresholds: () => defaultUploadThresholds };

function layer(...found: FoundTool[]) {
  return render(<FieldToolsLayer found={found} context={context} />);
}

describe('credit code tip', () => {
  it('says what is wrong, with the expected check character, under the field', () => {
    const input = pageInput('tyshxydm', '91110108MA01C3XK2A');
    layer({ tool: creditCodeTool, found: [input] });
    const tip = screen.getByTestId('credit-code-tip');
    expect(tip.getAttribute('data-valid')).toBe('false');
    expect(tip.textContent).toContain('应为 X');
    expect(tip.style.top).toBe('68px');
    expect(tip.querySelector('[aria-live]')).not.toBeNull();
  });

  it('shows nothing for an empty field, nor for an untouched correct one', () => {
    const input = pageInput('tyshxydm');
    const correct = pageInput('other', '91110108MA01C3XK2X');
    layer({ tool: creditCodeTool, found: [input, correct] });
    expect(screen.queryByTestId('credit-code-tip')).toBeNull();
  });

  it('changes the value only on click, tells the page, and can undo', () => {
    const input = pageInput('tyshxydm', '９１110108ma01c3xk2x');
    const seen: string[] = [];
    input.addEventListener('input', () => seen.push(`input:${input.value}`));
    input.addEventListener('change', () => seen.push(`change:${input.value}`));
    layer({ tool: creditCodeTool, found: [input] });
    expect(input.value).toBe('９１110108ma01c3xk2x');
    fireEvent.click(screen.getByTestId('credit-code-apply'));
    expect(input.value).toBe('91110108MA01C3XK2X');
    expect(seen).toEqual(['input:91110108MA01C3XK2X', 'change:91110108MA01C3XK2X']);
    expect(screen.getByTestId('credit-code-tip').getAttribute('data-valid')).toBe('true');
    expect(screen.getByTestId('credit-code-tip').textContent).toContain('原来是“９１110108ma01c3xk2x”');
    fireEvent.click(screen.getByTestId('undo-credit-code'));
    expect(input.value).toBe('９１110108ma01c3xk2x');
  });

  it('can be closed', () => {
    const input = pageInput('tyshxydm', '123');
    layer({ tool: creditCodeTool, found: [input] });
    fireEvent.click(screen.getByRole('button', { name: '关闭这条提示' }));
    expect(screen.queryByTestId('credit-code-tip')).toBeNull();
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
    layer({ tool: coordinatesTool, found: targets });
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
    layer({ tool: coordinatesTool, found: targets });
    fireEvent.input(screen.getByTestId('coordinate-input'), { target: { value: '北纬40°2′46.4″' } });
    fireEvent.click(screen.getByTestId('fill-coordinates'));
    expect([targets.lon.value, targets.lat.value]).toEqual(['116.1', '40.046222']);
  });

  it('outlines the control of a step, and says when the page has none', () => {
    const targets = pickerPage();
    layer({ tool: coordinatesTool, found: targets });
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
    layer({ tool: coordinatesTool, found: targets });
    const card = screen.getByTestId('coordinate-tool');
    expect([card.style.left, card.style.top]).toEqual([left, top]);
  });
});

describe('upload tip and renewal tip', () => {
  it('inspects the files already picked and shows their worst level', async () => {
    const input = pageInput('file_YYZZ');
    const heic = new Uint8Array([0, 0, 0, 0x18, ...Array.from('ftypheic').map((c) => c.charCodeAt(0))]);
    const findings = checkUploadFile({ name: 'photo.jpg', size: 2_000_000, head: heic });
    expect(findings.length).toBeGreaterThan(0);
    const file = new File([heic], 'photo.jpg', { type: 'image/jpeg' });
    Object.defineProperty(input, 'files', { configurable: true, value: [file] });
    layer({ tool: fileCheckTool, found: [input] });
    const tip = await screen.findByTestId('upload-tip');
    expect(tip.getAttribute('data-level')).toBe('warn');
    expect(tip.textContent).toContain('HEIC');
    expect(tip.textContent).toContain('不会阻止上传');
  });

  it('shows the last day to apply next to the expiry cell', () => {
    document.body.innerHTML = '<table><tr><td class="yxqz">2027-03-15</td></tr></table>';
    const cell = document.querySelector<HTMLElement>('.yxqz')!;
    placeAt(cell, 100, 500, 90);
    layer({ tool: renewalTool, found: { anchor: cell, expiryDate: '2027-03-15' } });
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
