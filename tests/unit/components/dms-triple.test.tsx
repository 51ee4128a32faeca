// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FieldToolsLayer, findTools } from '../../../components/field-tools/FieldToolsLayer';
import { dmsTripleTool, findDmsTriples, type DmsTriple } from '../../../components/field-tools/tools/dms-triple';
import { readDmsTriple, toDmsParts, dmsAgreesWithDecimal } from '../../../tools/coordinates';
import { defaultUploadThresholds } from '../../../tools/file-check';

const messages = generateChromeMessages(await parseMessagesFile('locales/zh_CN.yml'));
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => (key === '@@ui_locale' ? 'zh_CN' : (messages[key]?.message ?? '')));
});
afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

describe('the 度分秒 triple, pure', () => {
  it.each([
    [{ degrees: '116', minutes: '23', seconds: '50.74' }, 'lon', 116 + 23 / 60 + 50.74 / 3600],
    [{ degrees: '３９', minutes: '54', seconds: '27' }, 'lat', 39 + 54 / 60 + 27 / 3600],
  ] as const)('reads %o', (parts, axis, value) => {
    const result = readDmsTriple(parts, axis);
    expect(result.ok && result.value).toBeCloseTo(value, 9);
  });

  it.each([
    [{ degrees: '', minutes: '', seconds: '' }, 'lon', '经度的度、分、秒都还没有填。'],
    [{ degrees: '116', minutes: '', seconds: '5' }, 'lon', '经度的“分”没有填。'],
    [{ degrees: '116.5', minutes: '2', seconds: '5' }, 'lon', '经度的“度”应为整数，现在是“116.5”。'],
    [{ degrees: '116', minutes: '60', seconds: '5' }, 'lon', '经度的“分”不能大于等于60。'],
    [{ degrees: '39', minutes: '2', seconds: '60' }, 'lat', '纬度的“秒”不能大于等于60。'],
    [{ degrees: '95', minutes: '0', seconds: '0' }, 'lat', '纬度不能超过 90 度。'],
    [{ degrees: '东经', minutes: '0', seconds: '0' }, 'lon', '经度的“度”应为整数，现在是“东经”。'],
  ] as const)('explains %o in Chinese', (parts, axis, message) => {
    const result = readDmsTriple(parts, axis);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.zh).toBe(message);
  });

  it('splits a value into parts, carrying a rounded 60 seconds', () => {
    expect(toDmsParts(116.397428)).toEqual({ degrees: 116, minutes: 23, seconds: 50.74 });
    expect(toDmsParts(39.9999999)).toEqual({ degrees: 40, minutes: 0, seconds: 0 });
    expect(toDmsParts(Number.NaN)).toBeUndefined();
  });

  it('agrees within a second of arc', () => {
    expect(dmsAgreesWithDecimal(116 + 23 / 60 + 50 / 3600, 116.397428)).toBe(true);
    expect(dmsAgreesWithDecimal(116 + 23 / 60 + 50 / 3600, 116.4)).toBe(false);
  });
});

/** The public permit detail: hidden decimal and DMS inputs, as the notes record them. */
const publicDetail = `<input type="hidden" id="longitude" name="longitude" value="116.397428"><input type="hidden" id="latitude" name="latitude" value="39.90923">
  <input type="hidden" id="opelngd" value="116"><input type="hidden" id="opelngf" value="23"><input type="hidden" id="opelngm" value="50.74">
  <input type="hidden" id="opelatd" value="39"><input type="hidden" id="opelatf" value="54"><input type="hidden" id="opelatm" value="33.23">`;

function place(element: Element, top: number): void {
  Object.defineProperty(element, 'getBoundingClientRect', {
    configurable: true,
    value: () => ({ top, left: 20, width: 60, height: 24, right: 80, bottom: top + 24, x: 20, y: top, toJSON: () => ({}) }),
  });
}

/** A card with the same names, visible and editable (the cards' own names are "likely the same but unseen"). */
function cardPage(values: Partial<Record<string, string>> = {}): DmsTriple[] {
  const names = ['opelngd', 'opelngf', 'opelngm', 'opelatd', 'opelatf', 'opelatm'];
  document.body.innerHTML = `<table><tr><td>经度：<input name="longitude" value="${values.longitude ?? ''}"></td></tr>
    <tr><td>${names.map((name) => `<input name="${name}" value="${values[name] ?? ''}">`).join('')}</td></tr></table>`;
  for (const input of document.querySelectorAll('input')) place(input, 40);
  return findDmsTriples(document);
}

describe('finding the triples', () => {
  it('finds both triples of the public detail, hidden, each with its decimal value', () => {
    document.body.innerHTML = publicDetail;
    const triples = findDmsTriples(document);
    expect(triples.map((triple) => [triple.axis, triple.degrees.id, triple.minutes.id, triple.seconds.id, triple.decimal?.id])).toEqual([
      ['lon', 'opelngd', 'opelngf', 'opelngm', 'longitude'],
      ['lat', 'opelatd', 'opelatf', 'opelatm', 'latitude'],
    ]);
  });

  it.each([
    ['pinyin', ['jd_du', 'jd_fen', 'jd_miao']],
    ['English', ['lngDeg', 'lngMin', 'lngSec']],
    ['English initials', ['lon_d', 'lon_m', 'lon_s']],
  ])('tolerates other namings (%s)', (_name, ids) => {
    document.body.innerHTML = ids.map((id) => `<input id="${id}">`).join('');
    expect(findDmsTriples(document).map((triple) => [triple.degrees.id, triple.minutes.id, triple.seconds.id])).toEqual([ids]);
  });

  it('finds nothing on a page without them, and the registry finds it through its find', () => {
    document.body.innerHTML = '<input id="longitude"><input id="opelngd">';
    expect(findDmsTriples(document)).toEqual([]);
    document.body.innerHTML = publicDetail;
    expect(findTools(document, 'public-info').map((entry) => entry.tool.id)).toContain('dms-triple');
  });
});

function showTip(triples: DmsTriple[]) {
  return render(<FieldToolsLayer found={[{ tool: dmsTripleTool, found: triples }]} context={{ locale: 'zh', layout: 0, thresholds: () => defaultUploadThresholds }} />);
}

describe('the tip under the triple', () => {
  it('draws nothing for hidden inputs (the public detail: the panel shows them)', () => {
    document.body.innerHTML = publicDetail;
    showTip(findDmsTriples(document));
    expect(screen.queryByTestId('dms-tool')).toBeNull();
  });

  it('reads and checks the triple against the decimal value, saying how far apart they are', () => {
    showTip(cardPage({ longitude: '116.5', opelngd: '116', opelngf: '23', opelngm: '50.74' }));
    const lon = screen.getByTestId('dms-lon');
    expect(lon.getAttribute('data-state')).toBe('disagrees');
    expect(lon.textContent).toContain('东经 116°23′50.74″');
    expect(lon.textContent).toMatch(/相差约 \d+ 米/);
    expect(screen.getByTestId('dms-lat').getAttribute('data-state')).toBe('empty');
  });

  it('fills both triples from a pasted pair, tells the page, and undoes the fill', () => {
    const triples = cardPage({ opelngd: '1' });
    const seen: string[] = [];
    triples[0]!.seconds.addEventListener('change', () => seen.push(triples[0]!.seconds.value));
    showTip(triples);
    fireEvent.input(screen.getByTestId('dms-input'), { target: { value: '东经116°23′50.74″ 北纬39°54′33.23″' } });
    fireEvent.click(screen.getByTestId('dms-fill'));
    const values = triples.flatMap((triple) => [triple.degrees.value, triple.minutes.value, triple.seconds.value]);
    expect(values).toEqual(['116', '23', '50.74', '39', '54', '33.23']);
    expect(seen).toEqual(['50.74']);
    fireEvent.click(screen.getByTestId('dms-undo'));
    expect(triples.flatMap((triple) => [triple.degrees.value, triple.minutes.value])).toEqual(['1', '', '', '']);
  });

  it('fills one axis from a decimal value above 90, offers both axes for an unmarked one, and explains bad input', () => {
    const triples = cardPage();
    showTip(triples);
    const input = screen.getByTestId('dms-input');
    fireEvent.input(input, { target: { value: '116.397428' } });
    expect(screen.getAllByTestId('dms-fill').map((button) => button.textContent)).toEqual(['填入经度的度分秒']);
    fireEvent.input(input, { target: { value: '39.90923' } });
    expect(screen.getAllByTestId('dms-fill').map((button) => button.textContent)).toEqual(['填入经度的度分秒', '填入纬度的度分秒']);
    fireEvent.click(screen.getAllByTestId('dms-fill')[1]!);
    expect([triples[1]!.degrees.value, triples[1]!.minutes.value, triples[1]!.seconds.value]).toEqual(['39', '54', '33.23']);
    fireEvent.input(input, { target: { value: '北纬95度' } });
    expect(screen.getByTestId('dms-error').textContent).toContain('纬度必须在 -90 到 90 之间');
    expect(screen.queryByTestId('dms-fill')).toBeNull();
  });
});
