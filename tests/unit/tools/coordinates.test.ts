import { describe, expect, it } from 'vitest';
import {
  type Axis,
  type CoordinateNotation,
  formatDecimal,
  isInChina,
  parseCoordinate,
  parseCoordinatePair,
  toDms,
  toDmsText,
} from '../../../tools/coordinates';

const TIANANMEN_LON = 116 + 23 / 60 + 50.74 / 3600;
const TIANANMEN_LAT = 39 + 54 / 60 + 26 / 3600;

describe('parseCoordinate: accepted notations', () => {
  it.each<[string, number, CoordinateNotation, Axis | undefined]>([
    ['116.397428', 116.397428, 'decimal', undefined],
    ['-33.5', -33.5, 'decimal', undefined],
    ['+12.25', 12.25, 'decimal', undefined],
    ['0', 0, 'decimal', undefined],
    ['116.397428°', 116.397428, 'decimal', undefined],
    ['116度', 116, 'decimal', undefined],
    ['116度23分50.74秒', TIANANMEN_LON, 'dms', undefined],
    ['116°23′50.74″', TIANANMEN_LON, 'dms', undefined],
    ['116 23 50.74', TIANANMEN_LON, 'dms', undefined],
    ["116°23'50.74\"", TIANANMEN_LON, 'dms', undefined],
    ['116°23’50.74”', TIANANMEN_LON, 'dms', undefined],
    ["116°23'50.74''", TIANANMEN_LON, 'dms', undefined],
    ['116° 23′ 50.74″', TIANANMEN_LON, 'dms', undefined],
    ['116°23.5′', 116 + 23.5 / 60, 'dm', undefined],
    ['116 23.5', 116 + 23.5 / 60, 'dm', undefined],
    ['116度23分', 116 + 23 / 60, 'dm', undefined],
    ['北纬39°54′26″', TIANANMEN_LAT, 'dms', 'lat'],
    ['39°54′26″N', TIANANMEN_LAT, 'dms', 'lat'],
    ['39°54′26″ n', TIANANMEN_LAT, 'dms', 'lat'],
    ['N39.907222', 39.907222, 'decimal', 'lat'],
    ['南纬33.5', -33.5, 'decimal', 'lat'],
    ['33.5S', -33.5, 'decimal', 'lat'],
    ['东经116度23分50.74秒', TIANANMEN_LON, 'dms', 'lon'],
    ['116.397428E', 116.397428, 'decimal', 'lon'],
    ['西经 70.5', -70.5, 'decimal', 'lon'],
    ['W70°30′', -70.5, 'dm', 'lon'],
    ['经度：116.4', 116.4, 'decimal', 'lon'],
    ['纬度: 39.9', 39.9, 'decimal', 'lat'],
    ['lat 39.9', 39.9, 'decimal', 'lat'],
    ['Lng: 116.4', 116.4, 'decimal', 'lon'],
    ['１１６．３９７４２８', 116.397428, 'decimal', undefined],
    ['东经１１６°２３′５０．７４″', TIANANMEN_LON, 'dms', 'lon'],
    ['－３３．５', -33.5, 'decimal', undefined],
    ['116。397428', 116.397428, 'decimal', undefined],
    ['116,397428', 116.397428, 'decimal', undefined],
    ['116°23′50,74″', TIANANMEN_LON, 'dms', undefined],
    ['  116.397428  ', 116.397428, 'decimal', undefined],
    ['\u2212 33.5', -33.5, 'decimal', undefined],
    ['180', 180, 'decimal', undefined],
    ['S90', -90, 'decimal', 'lat'],
  ])('%j → %f (%s, axis %s)', (text, value, notation, axis) => {
    const r = parseCoordinate(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toBeCloseTo(value, 9);
    expect(r.notation).toBe(notation);
    expect(r.axis).toBe(axis);
  });
});

describe('parseCoordinate: rejected input', () => {
  it.each([
    ['', '没有填写坐标'],
    ['   ', '没有填写坐标'],
    ['abc', '看不懂'],
    ['N', '看不懂'],
    ['116.39.7', '看不懂'],
    ['116°61′', '分不能大于等于60'],
    ['116 60 10', '分不能大于等于60'],
    ['116°23′60″', '秒不能大于等于60'],
    ['116°23′75.5″', '秒不能大于等于60'],
    ['北纬91', '纬度必须在 -90 到 90 之间'],
    ['95N', '纬度必须在 -90 到 90 之间'],
    ['S 90.0001', '纬度必须在 -90 到 90 之间'],
    ['东经181', '经度必须在 -180 到 180 之间'],
    ['200', '-180 到 180'],
    ['-180.5', '-180 到 180'],
    ['116.5°23′', '只有最后一部分可以带小数'],
    ['116 23.5 10', '只有最后一部分可以带小数'],
    ['23′50″', '缺少“度”'],
    ['116°50″', '缺少“分”'],
    ['116 23 50 10', '顺序不对'],
    ['23′116°', '顺序不对'],
    ['北纬39.9E', '矛盾'],
    ['-33.5S', '不要同时写正负号和方向'],
    ['南纬-33.5', '不要同时写正负号和方向'],
    ['116,23,50', '逗号'],
    ['116,5.5', '逗号'],
  ])('%j → %s', (text, phrase) => {
    const r = parseCoordinate(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.zh).toContain(phrase);
    expect(r.error.en.length).toBeGreaterThan(0);
  });

  it('shortens very long input in its message', () => {
    const r = parseCoordinate('x'.repeat(500));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.zh.length).toBeLessThan(150);
  });
});

describe('parseCoordinatePair', () => {
  it.each<[string | { lon: string; lat: string }, number, number]>([
    ['116.397428, 39.90923', 116.397428, 39.90923],
    ['116.397428,39.90923', 116.397428, 39.90923],
    ['116.397428，39.90923', 116.397428, 39.90923],
    ['116.397428、39.90923', 116.397428, 39.90923],
    ['116.397428; 39.90923', 116.397428, 39.90923],
    ['116.397428 39.90923', 116.397428, 39.90923],
    ['１１６．３９７４２８，３９．９０９２３', 116.397428, 39.90923],
    ['北纬39.90923 东经116.397428', 116.397428, 39.90923],
    ['39.90923N, 116.397428E', 116.397428, 39.90923],
    ['北纬39.90923, 116.397428', 116.397428, 39.90923],
    ['116.397428, N39.90923', 116.397428, 39.90923],
    ['东经116°23′50.74″ 北纬39°54′26″', TIANANMEN_LON, TIANANMEN_LAT],
    ['116 23 50.74 39 54 26', TIANANMEN_LON, TIANANMEN_LAT],
    ['39 54 26 N 116 23 50.74 E', TIANANMEN_LON, TIANANMEN_LAT],
    ['N 39 54 26 E 116 23 50.74', TIANANMEN_LON, TIANANMEN_LAT],
    ['116度23分50.74秒，39度54分26秒', TIANANMEN_LON, TIANANMEN_LAT],
    ['116,397428 39,90923', 116.397428, 39.90923],
    ['116,39', 116, 39],
    [{ lon: '116.397428', lat: '39.90923' }, 116.397428, 39.90923],
    [{ lon: '东经116°23′50.74″', lat: '39°54′26″N' }, TIANANMEN_LON, TIANANMEN_LAT],
  ])('%j → lon %f, lat %f', (input, lon, lat) => {
    const r = parseCoordinatePair(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.lon).toBeCloseTo(lon, 9);
    expect(r.lat).toBeCloseTo(lat, 9);
    expect(r.warnings).toEqual([]);
  });

  it.each<string | { lon: string; lat: string }>(['39.90923, 116.397428', '39.90923 116.397428', { lon: '39.90923', lat: '116.397428' }])(
    '%j: latitude over 90 that fits China swapped → error saying the pair is swapped',
    (input) => {
      const r = parseCoordinatePair(input);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.zh).toContain('看起来经度和纬度填反了');
      expect(r.error.zh).toContain('经度应是 116.397428');
      expect(r.suggestion).toEqual({ lon: 116.397428, lat: 39.90923 });
    },
  );

  it('a valid pair that is in China only when swapped → warning with the swapped suggestion', () => {
    const r = parseCoordinatePair('40, 80');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.id)).toEqual(['swapped']);
    expect(r.warnings[0]?.message.zh).toContain('看起来经度和纬度填反了');
    expect(r.warnings[0]?.suggestion).toEqual({ lon: 80, lat: 40 });
  });

  it('markers on the wrong fields → swapped error', () => {
    const r = parseCoordinatePair({ lon: '北纬39.9', lat: '116.4' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.zh).toContain('填反了');
  });

  it.each([
    ['2.3522, 48.8566', '不在中国境内'],
    ['-74.006, 40.7128', '不在中国境内'],
    ['西经 74.006, 北纬 40.7128', '不在中国境内'],
  ])('%j outside China → warning only', (input, phrase) => {
    const r = parseCoordinatePair(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.id)).toEqual(['outside-china']);
    expect(r.warnings[0]?.message.zh).toContain(phrase);
  });

  it.each<[string | { lon: string; lat: string }, string]>([
    ['', '没有填写经纬度'],
    ['116.4', '只找到一个数'],
    ['116.4, 39.9, 12', '请填写两个数'],
    ['abc, def', '第一个数'],
    ['北纬39.9, 北纬40.1', '都标成了纬度'],
    ['东经116, 东经117', '都标成了经度'],
    ['150, 95', '纬度必须在 -90 到 90 之间'],
    ['116.4, 39°61′', '分不能大于等于60'],
    [{ lon: '', lat: '39.9' }, '经度：没有填写坐标'],
    [{ lon: '116.4', lat: 'x' }, '纬度：看不懂'],
  ])('%j → error %s', (input, phrase) => {
    const r = parseCoordinatePair(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.zh).toContain(phrase);
  });
});

describe('isInChina', () => {
  it.each([
    [116.4, 39.9, true],
    [73.5, 3.8, true],
    [135.1, 53.6, true],
    [73.4, 39, false],
    [116, 53.7, false],
    [39.9, 116.4, false],
  ])('(%f, %f) → %s', (lon, lat, inside) => {
    expect(isInChina(lon, lat)).toBe(inside);
  });
});

describe('formatDecimal and toDms', () => {
  it.each([
    [116.397428, 6, '116.397428'],
    [116.4, 6, '116.400000'],
    [116.39742777777778, 6, '116.397428'],
    [-33.5, 6, '-33.500000'],
    [-0.0000001, 6, '0.000000'],
    [39.9, 2, '39.90'],
    [39.9, 0, '40'],
    [Number.NaN, 6, ''],
    [Number.POSITIVE_INFINITY, 6, ''],
  ])('formatDecimal(%f, %i) → %s', (value, digits, text) => {
    expect(formatDecimal(value, digits)).toBe(text);
  });

  it('uses 6 decimals by default', () => {
    expect(formatDecimal(116.3)).toBe('116.300000');
  });

  it.each([
    [TIANANMEN_LON, '116°23′50.74″'],
    [-33.5, '-33°30′0.00″'],
    [0.99999999, '1°0′0.00″'],
    [59.999999999, '60°0′0.00″'],
    [0, '0°0′0.00″'],
    [-0.000000001, '0°0′0.00″'],
    [Number.NaN, ''],
  ])('toDms(%f) → %s', (value, text) => {
    expect(toDms(value)).toBe(text);
  });

  it('toDms output reads back to the same value', () => {
    const r = parseCoordinate(toDms(TIANANMEN_LAT));
    expect(r.ok && r.value).toBeCloseTo(TIANANMEN_LAT, 5);
  });

  it('toDmsText writes the hemisphere out', () => {
    expect(toDmsText(TIANANMEN_LON, 'lon')).toEqual({ zh: '东经 116°23′50.74″', en: '116°23′50.74″ E' });
    expect(toDmsText(-33.5, 'lat')).toEqual({ zh: '南纬 33°30′0.00″', en: '33°30′0.00″ S' });
    expect(toDmsText(-70.5, 'lon').zh).toBe('西经 70°30′0.00″');
  });
});
