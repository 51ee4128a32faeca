import type { LocalizedText } from '../lib/localized';
import { toHalfWidth } from './half-width';

/**
 * Reads longitude/latitude the way users write them (decimal, 度分秒, °′″, 北纬/东经, N/E, full-width)
 * and turns them into the decimal degrees the platform's inputs want (FAQ 20).
 */
export type Axis = 'lat' | 'lon';
export type CoordinateNotation = 'decimal' | 'dm' | 'dms';

export type CoordinateResult =
  | { ok: true; value: number; axis?: Axis; notation: CoordinateNotation }
  | { ok: false; error: LocalizedText };

interface Marker {
  axis?: Axis;
  sign?: 1 | -1;
}

const MARKERS: Record<string, Marker> = {
  北纬: { axis: 'lat', sign: 1 },
  南纬: { axis: 'lat', sign: -1 },
  东经: { axis: 'lon', sign: 1 },
  西经: { axis: 'lon', sign: -1 },
  纬度: { axis: 'lat' },
  经度: { axis: 'lon' },
  N: { axis: 'lat', sign: 1 },
  S: { axis: 'lat', sign: -1 },
  E: { axis: 'lon', sign: 1 },
  W: { axis: 'lon', sign: -1 },
  LAT: { axis: 'lat' },
  LATITUDE: { axis: 'lat' },
  LON: { axis: 'lon' },
  LNG: { axis: 'lon' },
  LONGITUDE: { axis: 'lon' },
};

const PREFIX = /^(北纬|南纬|东经|西经|纬度|经度|latitude|longitude|lat|lng|lon|[NSEW])\s*:?\s*/i;
const SUFFIX = /\s*(北纬|南纬|东经|西经|[NSEW])$/i;

function fail(zh: string, en: string): { ok: false; error: LocalizedText } {
  return { ok: false, error: { zh, en } };
}

function shorten(text: string): string {
  const chars = Array.from(text.trim());
  return chars.length > 30 ? `${chars.slice(0, 30).join('')}…` : chars.join('');
}

function unreadable(text: string): { ok: false; error: LocalizedText } {
  const shown = shorten(text);
  return fail(
    `看不懂“${shown}”这个坐标。请填写小数形式的度数，例如 116.397428；也可以写成 116°23′50.74″ 或 116度23分50.74秒。`,
    `Cannot read the coordinate “${shown}”. Enter decimal degrees such as 116.397428, or 116°23′50.74″ / 116度23分50.74秒.`,
  );
}

/** Full-width to half-width, plus the look-alike characters a Chinese keyboard produces. */
function normalizeCoordinateText(text: string): string {
  return toHalfWidth(text)
    .replace(/。/g, '.')
    .replace(/[\u2212\u2012\u2013\u2014\uff0d]/g, '-')
    .replace(/\u00a0/g, ' ')
    .trim();
}

function mergeMarkers(found: Marker[]): Marker | 'conflict' {
  const merged: Marker = {};
  for (const m of found) {
    if (m.axis && merged.axis && m.axis !== merged.axis) return 'conflict';
    if (m.sign && merged.sign && m.sign !== merged.sign) return 'conflict';
    if (m.axis) merged.axis = m.axis;
    if (m.sign) merged.sign = m.sign;
  }
  return merged;
}

const SLOT_NAMES: LocalizedText[] = [
  { zh: '度', en: 'degrees' },
  { zh: '分', en: 'minutes' },
  { zh: '秒', en: 'seconds' },
];

export function parseCoordinate(text: string): CoordinateResult {
  if (typeof text !== 'string') return fail('没有填写坐标。', 'No coordinate was entered.');
  let body = normalizeCoordinateText(text);
  if (body === '') return fail('没有填写坐标。', 'No coordinate was entered.');

  const found: Marker[] = [];
  for (let i = 0; i < 2; i++) {
    const m = PREFIX.exec(body);
    if (!m) break;
    found.push(MARKERS[(m[1] ?? '').toUpperCase()] ?? {});
    body = body.slice(m[0].length);
  }
  const suffix = SUFFIX.exec(body);
  if (suffix) {
    found.push(MARKERS[(suffix[1] ?? '').toUpperCase()] ?? {});
    body = body.slice(0, suffix.index);
  }
  const marker = mergeMarkers(found);
  if (marker === 'conflict') {
    return fail(
      '方向写得互相矛盾（比如同时写了“北纬”和“E”），请只写一个。',
      'The direction markers contradict each other (e.g. both 北纬/N and E); keep one.',
    );
  }

  let sign = 1;
  const signMatch = /^([+-])\s*/.exec(body);
  if (signMatch) {
    if (marker.sign) {
      return fail(
        '不要同时写正负号和方向（北纬、南纬、东经、西经或 N、S、E、W），只写其中一种。',
        'Write either a sign or a direction (N/S/E/W), not both.',
      );
    }
    sign = signMatch[1] === '-' ? -1 : 1;
    body = body.slice(signMatch[0].length);
  }
  sign *= marker.sign ?? 1;

  const commas = (body.match(/,/g) ?? []).length;
  if (commas > 0) {
    if (commas === 1 && !body.includes('.') && /\d,\d/.test(body)) body = body.replace(',', '.');
    else {
      return fail(
        '坐标里的逗号看不出是不是小数点。请用小数点“.”，例如 116.397428。',
        'A comma in the coordinate is ambiguous; use a decimal point, e.g. 116.397428.',
      );
    }
  }

  body = body
    .replace(/''|′′|’’/g, 's')
    .replace(/[°º˚度]/g, 'd')
    .replace(/[′'’‘`´分]/g, 'm')
    .replace(/[″"”“秒]/g, 's');

  const token = /\s*(\d+(?:\.\d+)?)\s*([dms])?\s*/y;
  const parts: { slot: number; text: string }[] = [];
  let pos = 0;
  while (pos < body.length) {
    token.lastIndex = pos;
    const m = token.exec(body);
    if (!m || m[0].length === 0) return unreadable(text);
    const unit = m[2];
    const previous = parts[parts.length - 1];
    const slot = unit === 'd' ? 0 : unit === 'm' ? 1 : unit === 's' ? 2 : previous ? previous.slot + 1 : 0;
    if (slot > 2 || (previous && slot <= previous.slot)) {
      return fail(
        '度、分、秒的顺序不对，或写了太多个数。请按“度 分 秒”的顺序写，例如 116°23′50.74″。',
        'Degrees, minutes and seconds are out of order or there are too many numbers; write them as 116°23′50.74″.',
      );
    }
    parts.push({ slot, text: m[1] ?? '' });
    pos = token.lastIndex;
  }
  if (parts.length === 0) return unreadable(text);

  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part) continue;
    if (part.slot !== i) {
      const missing = SLOT_NAMES[i] ?? SLOT_NAMES[0]!;
      return fail(`缺少“${missing.zh}”：请按“度 分 秒”的顺序写全。`, `The ${missing.en} are missing; write degrees, minutes and seconds in order.`);
    }
    if (i < parts.length - 1 && part.text.includes('.')) {
      return fail(
        '只有最后一部分可以带小数，例如 116°23′50.74″ 或 116°23.85′。',
        'Only the last part may have decimals, e.g. 116°23′50.74″ or 116°23.85′.',
      );
    }
  }

  const [deg, min, sec] = parts.map((p) => Number(p.text));
  if (min !== undefined && min >= 60) return fail('分不能大于等于60。', 'Minutes must be less than 60.');
  if (sec !== undefined && sec >= 60) return fail('秒不能大于等于60。', 'Seconds must be less than 60.');
  const value = sign * ((deg ?? 0) + (min ?? 0) / 60 + (sec ?? 0) / 3600);
  if (!Number.isFinite(value)) return unreadable(text);

  const axis = marker.axis;
  if (axis === 'lat' && Math.abs(value) > 90) return fail('纬度必须在 -90 到 90 之间。', 'Latitude must be between -90 and 90.');
  if (axis === 'lon' && Math.abs(value) > 180) return fail('经度必须在 -180 到 180 之间。', 'Longitude must be between -180 and 180.');
  if (Math.abs(value) > 180) {
    return fail('坐标超出范围：经度必须在 -180 到 180 之间，纬度必须在 -90 到 90 之间。', 'Out of range: longitude is between -180 and 180, latitude between -90 and 90.');
  }
  const notation: CoordinateNotation = parts.length === 1 ? 'decimal' : parts.length === 2 ? 'dm' : 'dms';
  const result: CoordinateResult = { ok: true, value: value === 0 ? 0 : value, notation };
  if (axis) result.axis = axis;
  return result;
}

/** Mainland China's extent, as a plausibility check of a pair. */
export const CHINA_EXTENT = { lonMin: 73.5, lonMax: 135.1, latMin: 3.8, latMax: 53.6 } as const;

export function isInChina(lon: number, lat: number): boolean {
  return lon >= CHINA_EXTENT.lonMin && lon <= CHINA_EXTENT.lonMax && lat >= CHINA_EXTENT.latMin && lat <= CHINA_EXTENT.latMax;
}

export interface CoordinateWarning {
  id: 'swapped' | 'outside-china';
  message: LocalizedText;
  /** For `swapped`: the pair the other way round. */
  suggestion?: { lon: number; lat: number };
}

export type CoordinatePairResult =
  | { ok: true; lon: number; lat: number; warnings: CoordinateWarning[] }
  | { ok: false; error: LocalizedText; suggestion?: { lon: number; lat: number } };

/** A value for a message: decimals as needed, no trailing zeros. */
function shownNumber(value: number): string {
  return formatDecimal(value).replace(/\.?0+$/, '');
}

function swappedMessage(lon: number, lat: number): LocalizedText {
  return {
    zh: `看起来经度和纬度填反了：经度应是 ${shownNumber(lat)}，纬度应是 ${shownNumber(lon)}。经度在前（中国境内约 73.5–135.1），纬度在后（约 3.8–53.6）。`,
    en: `Longitude and latitude look swapped: longitude should be ${shownNumber(lat)} and latitude ${shownNumber(lon)}. Longitude comes first (about 73.5–135.1 in China), latitude second (about 3.8–53.6).`,
  };
}

const PAIR_HELP: LocalizedText = {
  zh: '请填写两个数：先经度、后纬度，用逗号隔开，例如 116.397428, 39.90923。',
  en: 'Enter two numbers, longitude first then latitude, separated by a comma, e.g. 116.397428, 39.90923.',
};

/** Splits a pair written as one string; `undefined` when no reading gives exactly two coordinates. */
function splitPair(text: string): [string, string] | undefined {
  const two = (pieces: string[]): [string, string] | undefined => {
    const kept = pieces.map((p) => p.trim()).filter((p) => p !== '');
    return kept.length === 2 ? [kept[0] ?? '', kept[1] ?? ''] : undefined;
  };
  const bothParse = (pair: [string, string] | undefined): pair is [string, string] =>
    pair !== undefined && parseCoordinate(pair[0]).ok && parseCoordinate(pair[1]).ok;

  // 、，； are separators only; split before full-width ， becomes an ASCII comma.
  if (/[、，；;|]/.test(text)) return two(text.split(/[、，；;|]/));
  const half = normalizeCoordinateText(text);
  const byComma = half.includes(',') ? two(half.split(',')) : undefined;
  if (bothParse(byComma)) return byComma;
  const tokens = half.split(/\s+/).filter((t) => t !== '');
  const candidates: { k: number; pair: [string, string] }[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const pair: [string, string] = [tokens.slice(0, k).join(' '), tokens.slice(k).join(' ')];
    if (bothParse(pair)) candidates.push({ k, pair });
  }
  if (candidates.length === 1) return candidates[0]?.pair;
  // A comma split that does not parse still names which value is wrong, which beats a generic message.
  return candidates.find((c) => c.k * 2 === tokens.length)?.pair ?? byComma;
}

function label(index: 0 | 1, axis: Axis | undefined): LocalizedText {
  if (axis === 'lon') return { zh: '经度', en: 'Longitude' };
  if (axis === 'lat') return { zh: '纬度', en: 'Latitude' };
  return index === 0 ? { zh: '第一个数', en: 'First value' } : { zh: '第二个数', en: 'Second value' };
}

/**
 * Reads a longitude/latitude pair, either as one string (「116.397428, 39.90923」「东经116°23′50″ 北纬39°54′26″」)
 * or as the two fields. Without markers the first value is the longitude, as the platform asks.
 */
export function parseCoordinatePair(input: string | { lon: string; lat: string }): CoordinatePairResult {
  let pieces: [string, string];
  let boxes: [Axis, Axis] | undefined;
  if (typeof input === 'string') {
    if (input.trim() === '') return { ok: false, error: { zh: `没有填写经纬度。${PAIR_HELP.zh}`, en: `No coordinates were entered. ${PAIR_HELP.en}` } };
    const split = splitPair(input);
    if (!split) {
      const single = parseCoordinate(input);
      const why = single.ok ? { zh: '只找到一个数。', en: 'Only one value was found.' } : { zh: '', en: '' };
      return { ok: false, error: { zh: `${why.zh}${PAIR_HELP.zh}`, en: `${why.en ? `${why.en} ` : ''}${PAIR_HELP.en}` } };
    }
    pieces = split;
  } else if (input && typeof input === 'object' && typeof input.lon === 'string' && typeof input.lat === 'string') {
    pieces = [input.lon, input.lat];
    boxes = ['lon', 'lat'];
  } else {
    return { ok: false, error: { zh: `没有填写经纬度。${PAIR_HELP.zh}`, en: `No coordinates were entered. ${PAIR_HELP.en}` } };
  }

  const a = parseCoordinate(pieces[0]);
  const b = parseCoordinate(pieces[1]);
  for (const [index, r] of [[0, a], [1, b]] as const) {
    if (!r.ok) {
      const name = label(index, boxes?.[index]);
      return { ok: false, error: { zh: `${name.zh}：${r.error.zh}`, en: `${name.en}: ${r.error.en}` } };
    }
  }
  if (!a.ok || !b.ok) return { ok: false, error: PAIR_HELP };

  let lon: number;
  let lat: number;
  if (boxes) {
    if ((a.axis && a.axis !== 'lon') || (b.axis && b.axis !== 'lat')) {
      return { ok: false, error: swappedMessage(a.value, b.value), suggestion: { lon: b.value, lat: a.value } };
    }
    [lon, lat] = [a.value, b.value];
  } else if (a.axis && b.axis && a.axis === b.axis) {
    const both = a.axis === 'lat' ? { zh: '纬度', en: 'latitudes' } : { zh: '经度', en: 'longitudes' };
    return {
      ok: false,
      error: { zh: `两个数都标成了${both.zh}，请一个写经度、一个写纬度。`, en: `Both values are marked as ${both.en}; give one longitude and one latitude.` },
    };
  } else if (a.axis === 'lat' || b.axis === 'lon') {
    [lon, lat] = [b.value, a.value];
  } else {
    [lon, lat] = [a.value, b.value];
  }

  if (Math.abs(lat) > 90) {
    if (isInChina(lat, lon)) return { ok: false, error: swappedMessage(lon, lat), suggestion: { lon: lat, lat: lon } };
    return { ok: false, error: { zh: '纬度必须在 -90 到 90 之间。', en: 'Latitude must be between -90 and 90.' } };
  }
  const warnings: CoordinateWarning[] = [];
  if (!isInChina(lon, lat)) {
    if (isInChina(lat, lon)) warnings.push({ id: 'swapped', message: swappedMessage(lon, lat), suggestion: { lon: lat, lat: lon } });
    else {
      warnings.push({
        id: 'outside-china',
        message: {
          zh: `经度 ${shownNumber(lon)}、纬度 ${shownNumber(lat)} 不在中国境内（经度约 73.5–135.1，纬度约 3.8–53.6），请再核对一下。`,
          en: `Longitude ${shownNumber(lon)}, latitude ${shownNumber(lat)} is outside China (longitude about 73.5–135.1, latitude about 3.8–53.6); please check.`,
        },
      });
    }
  }
  return { ok: true, lon, lat, warnings };
}

/** Decimal degrees as the platform's text inputs take them: a plain number with `digits` decimals, '' if not finite. */
export function formatDecimal(value: number, digits = 6): string {
  if (!Number.isFinite(value)) return '';
  const d = Number.isInteger(digits) ? Math.min(Math.max(digits, 0), 12) : 6;
  const text = value.toFixed(d);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** Degrees-minutes-seconds for display, e.g. 116°23′50.74″ (negative values keep a minus sign); '' if not finite. */
export function toDms(value: number, secondsDigits = 2): string {
  if (!Number.isFinite(value)) return '';
  const k = Number.isInteger(secondsDigits) ? Math.min(Math.max(secondsDigits, 0), 6) : 2;
  const scale = 10 ** k;
  const total = Math.round(Math.abs(value) * 3600 * scale);
  const perDegree = 3600 * scale;
  const perMinute = 60 * scale;
  const deg = Math.floor(total / perDegree);
  const min = Math.floor((total - deg * perDegree) / perMinute);
  const sec = (total - deg * perDegree - min * perMinute) / scale;
  const sign = value < 0 && total > 0 ? '-' : '';
  return `${sign}${deg}°${min}′${sec.toFixed(k)}″`;
}

/** DMS with the hemisphere written out: 「东经 116°23′50.74″」 / “116°23′50.74″ E”. */
export function toDmsText(value: number, axis: Axis): LocalizedText {
  const dms = toDms(Math.abs(value));
  if (dms === '') return { zh: '', en: '' };
  const negative = value < 0;
  const zh = axis === 'lat' ? (negative ? '南纬' : '北纬') : negative ? '西经' : '东经';
  const en = axis === 'lat' ? (negative ? 'S' : 'N') : negative ? 'W' : 'E';
  return { zh: `${zh} ${dms}`, en: `${dms} ${en}` };
}

/** A coordinate split into whole degrees, whole minutes and seconds (absolute value; the hemisphere is the axis's). */
export interface DmsParts {
  degrees: number;
  minutes: number;
  seconds: number;
}

/** The parts the platform's 度/分/秒 inputs take, seconds rounded to `secondsDigits` (carrying into minutes and degrees). */
export function toDmsParts(value: number, secondsDigits = 2): DmsParts | undefined {
  if (!Number.isFinite(value)) return undefined;
  const k = Number.isInteger(secondsDigits) ? Math.min(Math.max(secondsDigits, 0), 6) : 2;
  const scale = 10 ** k;
  const total = Math.round(Math.abs(value) * 3600 * scale);
  const degrees = Math.floor(total / (3600 * scale));
  const minutes = Math.floor((total - degrees * 3600 * scale) / (60 * scale));
  const seconds = (total - degrees * 3600 * scale - minutes * 60 * scale) / scale;
  return { degrees, minutes, seconds };
}

export type DmsTripleResult = { ok: true; value: number } | { ok: false; empty: boolean; error: LocalizedText };

const AXIS_NAMES: Record<Axis, LocalizedText> = { lon: { zh: '经度', en: 'Longitude' }, lat: { zh: '纬度', en: 'Latitude' } };

/**
 * Reads the three inputs of a coordinate kept as degrees, minutes and seconds (the platform's
 * `opelngd/opelngf/opelngm`): whole degrees within the axis's range, whole minutes below 60,
 * seconds (decimals allowed) below 60. Full-width digits are read; anything else is named.
 */
export function readDmsTriple(parts: { degrees: string; minutes: string; seconds: string }, axis: Axis): DmsTripleResult {
  const name = AXIS_NAMES[axis];
  const texts = [parts.degrees, parts.minutes, parts.seconds].map((text) => normalizeCoordinateText(typeof text === 'string' ? text : ''));
  if (texts.every((text) => text === '')) return { ok: false, empty: true, error: { zh: `${name.zh}的度、分、秒都还没有填。`, en: `${name.en}: degrees, minutes and seconds are all empty.` } };
  const slots: [LocalizedText, RegExp][] = [
    [{ zh: '度', en: 'degrees' }, /^\d{1,3}$/],
    [{ zh: '分', en: 'minutes' }, /^\d{1,2}$/],
    [{ zh: '秒', en: 'seconds' }, /^\d{1,2}(?:\.\d+)?$/],
  ];
  const values: number[] = [];
  for (let index = 0; index < 3; index++) {
    const [slot, pattern] = slots[index]!;
    const text = texts[index] ?? '';
    if (text === '') return { ok: false, empty: false, error: { zh: `${name.zh}的“${slot.zh}”没有填。`, en: `${name.en}: the ${slot.en} are empty.` } };
    if (!pattern.test(text)) {
      const whole = index < 2 ? { zh: '整数', en: 'a whole number' } : { zh: '数字', en: 'a number' };
      return { ok: false, empty: false, error: { zh: `${name.zh}的“${slot.zh}”应为${whole.zh}，现在是“${shorten(text)}”。`, en: `${name.en}: the ${slot.en} must be ${whole.en}, not “${shorten(text)}”.` } };
    }
    values.push(Number(text));
  }
  const [degrees = 0, minutes = 0, seconds = 0] = values;
  if (minutes >= 60) return { ok: false, empty: false, error: { zh: `${name.zh}的“分”不能大于等于60。`, en: `${name.en}: minutes must be less than 60.` } };
  if (seconds >= 60) return { ok: false, empty: false, error: { zh: `${name.zh}的“秒”不能大于等于60。`, en: `${name.en}: seconds must be less than 60.` } };
  const value = degrees + minutes / 60 + seconds / 3600;
  const limit = axis === 'lat' ? 90 : 180;
  if (value > limit) return { ok: false, empty: false, error: { zh: `${name.zh}不能超过 ${limit} 度。`, en: `${name.en} cannot exceed ${limit} degrees.` } };
  return { ok: true, value };
}

/** About how many metres apart two values of one axis are (at latitude `atLat` for longitudes); for telling a user how far off. */
export function axisDistanceMetres(a: number, b: number, axis: Axis, atLat = 35): number {
  const perDegree = 111_320 * (axis === 'lon' ? Math.cos((atLat * Math.PI) / 180) : 1);
  return Math.abs(a - b) * perDegree;
}

/** The 度分秒 and the decimal of one axis agree when within one second of arc (about 30 m): seconds are often kept whole. */
export function dmsAgreesWithDecimal(dms: number, decimal: number): boolean {
  return Math.abs(dms - Math.abs(decimal)) * 3600 <= 1;
}

/** Why a triple and the decimal value of the same axis disagree, with about how far apart they are. */
export function dmsDisagreement(axis: Axis, dms: number, decimal: number): LocalizedText {
  const metres = Math.round(axisDistanceMetres(dms, Math.abs(decimal), axis));
  const name = AXIS_NAMES[axis];
  return {
    zh: `${name.zh}的度分秒换算成小数是 ${formatDecimal(dms)}，本页的小数坐标是 ${formatDecimal(decimal)}，相差约 ${metres} 米。两处应是同一个位置，请核对后改正其中一处。`,
    en: `${name.en} in degrees, minutes, seconds is ${formatDecimal(dms)} as a decimal; the page's decimal value is ${formatDecimal(decimal)}: about ${metres} m apart. Both should be the same place; correct one of them.`,
  };
}
