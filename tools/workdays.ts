import chineseDaysData from 'chinese-days/dist/chinese-days.json';
import type { LocalizedText } from '../lib/localized';
import { type CivilDate, formatIsoDate, fromEpochDay, parseIsoDate, toEpochDay } from './iso-date';

export { type CivilDate, formatIsoDate, parseIsoDate } from './iso-date';

/**
 * Chinese working days (weekends, public holidays and make-up working days 调休) for the deadline tools.
 * chinese-days carries the State Council's arrangements year by year; a year it has no arrangement for is
 * counted with plain weekends and the answer is marked uncertain.
 *
 * We read chinese-days' generated date tables rather than call its functions: the functions build their
 * tables at load time by parsing dates as UTC and formatting them in local time, so on a machine set to a
 * time zone west of UTC every holiday moves one day earlier.
 */
const { holidays, workdays } = chineseDaysData as { holidays: Record<string, string>; workdays: Record<string, string> };
const YEARS_WITH_DATA = new Set(Object.keys(holidays).map((date) => Number(date.slice(0, 4))));

export type DayOverride = 'workday' | 'holiday';

/**
 * Corrections applied before chinese-days, keyed 'YYYY-MM-DD'. Empty while chinese-days agrees with the
 * State Council notices (checked for 2024–2026 by the tests); add a date here when a notice and the
 * package disagree, or when a new year's notice is out before the package has it.
 */
export const workdayOverrides: Readonly<Record<string, DayOverride>> = Object.freeze({});

export type WorkdayOverrides = Readonly<Record<string, DayOverride>>;

/** Counting further than this is not a deadline question; it also bounds the loop. */
export const MAX_WORKDAY_COUNT = 5000;

function dateError(text: unknown): { error: LocalizedText } {
  const shown = typeof text === 'string' ? text.slice(0, 40) : String(text);
  return {
    error: {
      zh: `“${shown}”不是有效的日期，请写成 年-月-日，例如 2027-03-15。`,
      en: `“${shown}” is not a valid date; write it as year-month-day, e.g. 2027-03-15.`,
    },
  };
}

/** Whether chinese-days lists any holiday for the year, i.e. knows that year's arrangement. */
export function hasHolidayData(year: number): boolean {
  return YEARS_WITH_DATA.has(year);
}

function workdayOn(date: CivilDate, overrides: WorkdayOverrides): boolean {
  const iso = formatIsoDate(date);
  const override = overrides[iso];
  if (override) return override === 'workday';
  if (workdays[iso]) return true;
  if (holidays[iso]) return false;
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

export type IsWorkdayResult = { workday: boolean; certain: boolean } | { error: LocalizedText };

export function isWorkday(date: string, overrides: WorkdayOverrides = workdayOverrides): IsWorkdayResult {
  const parsed = parseIsoDate(date);
  if (!parsed) return dateError(date);
  return { workday: workdayOn(parsed, overrides), certain: hasHolidayData(parsed.year) };
}

export type AddWorkdaysResult = { date: string; certain: boolean } | { error: LocalizedText };

/**
 * The n-th working day after `date` (n > 0) or before it (n < 0); `date` itself is not counted.
 * n = 0 gives `date` when it is a working day, else the next working day.
 * `certain` is false when any year the count passes through has no published arrangement in the data.
 */
export function addWorkdays(date: string, n: number, overrides: WorkdayOverrides = workdayOverrides): AddWorkdaysResult {
  const start = parseIsoDate(date);
  if (!start) return dateError(date);
  if (typeof n !== 'number' || !Number.isInteger(n)) {
    return { error: { zh: '工作日天数必须是整数。', en: 'The number of working days must be a whole number.' } };
  }
  if (Math.abs(n) > MAX_WORKDAY_COUNT) {
    return {
      error: { zh: `工作日天数太大（最多 ${MAX_WORKDAY_COUNT} 个）。`, en: `Too many working days (at most ${MAX_WORKDAY_COUNT}).` },
    };
  }
  let day = toEpochDay(start);
  let current = start;
  let certain = hasHolidayData(start.year);
  let remaining = n === 0 ? (workdayOn(start, overrides) ? 0 : 1) : Math.abs(n);
  const step = n < 0 ? -1 : 1;
  while (remaining > 0) {
    day += step;
    current = fromEpochDay(day);
    if (current.year < 1000 || current.year > 9999) {
      return { error: { zh: '算出的日期超出了可以计算的范围。', en: 'The resulting date is out of range.' } };
    }
    if (!hasHolidayData(current.year)) certain = false;
    if (workdayOn(current, overrides)) remaining--;
  }
  return { date: formatIsoDate(current), certain };
}

export type WorkdaysBetweenResult = { workdays: number; calendarDays: number; certain: boolean } | { error: LocalizedText };

/**
 * Working days in (from, to]: after `from`, up to and including `to`; negative when `to` is before `from`.
 * Also the plain calendar-day difference.
 */
export function workdaysBetween(from: string, to: string, overrides: WorkdayOverrides = workdayOverrides): WorkdaysBetweenResult {
  const a = parseIsoDate(from);
  if (!a) return dateError(from);
  const b = parseIsoDate(to);
  if (!b) return dateError(to);
  const start = toEpochDay(a);
  const end = toEpochDay(b);
  const calendarDays = end - start;
  if (Math.abs(calendarDays) > MAX_WORKDAY_COUNT * 2) {
    return { error: { zh: '两个日期相隔太远，无法计算。', en: 'The two dates are too far apart.' } };
  }
  const [low, high, sign] = calendarDays >= 0 ? [start, end, 1] : [end, start, -1];
  let count = 0;
  let certain = hasHolidayData(a.year) && hasHolidayData(b.year);
  for (let d = low + 1; d <= high; d++) {
    const civil = fromEpochDay(d);
    if (!hasHolidayData(civil.year)) certain = false;
    if (workdayOn(civil, overrides)) count++;
  }
  return { workdays: sign * count, calendarDays, certain };
}
