import { afterEach, describe, expect, it } from 'vitest';
import { addWorkdays, hasHolidayData, isWorkday, parseIsoDate, workdayOverrides, workdaysBetween } from '../../../tools/workdays';

// 春节 and 国庆 with their make-up working days (调休), from the State Council notices for 2024–2026.
const DAYS: [string, boolean, string][] = [
  ['2024-02-04', true, '2024 春节调休上班（周日）'],
  ['2024-02-09', true, '2024 除夕（周五）照常上班'],
  ['2024-02-10', false, '2024 春节'],
  ['2024-02-17', false, '2024 春节最后一天（周六）'],
  ['2024-02-18', true, '2024 春节调休上班（周日）'],
  ['2024-09-29', true, '2024 国庆调休上班（周日）'],
  ['2024-10-01', false, '2024 国庆'],
  ['2024-10-07', false, '2024 国庆最后一天（周一）'],
  ['2024-10-12', true, '2024 国庆调休上班（周六）'],
  ['2025-01-26', true, '2025 春节调休上班（周日）'],
  ['2025-01-28', false, '2025 除夕'],
  ['2025-02-04', false, '2025 春节最后一天（周二）'],
  ['2025-02-08', true, '2025 春节调休上班（周六）'],
  ['2025-09-28', true, '2025 国庆调休上班（周日）'],
  ['2025-10-06', false, '2025 中秋'],
  ['2025-10-08', false, '2025 国庆最后一天（周三）'],
  ['2025-10-11', true, '2025 国庆调休上班（周六）'],
  ['2026-02-14', true, '2026 春节调休上班（周六）'],
  ['2026-02-15', false, '2026 春节'],
  ['2026-02-23', false, '2026 春节最后一天（周一）'],
  ['2026-02-28', true, '2026 春节调休上班（周六）'],
  ['2026-09-20', true, '2026 国庆调休上班（周日）'],
  ['2026-10-01', false, '2026 国庆'],
  ['2026-10-07', false, '2026 国庆最后一天（周三）'],
  ['2026-10-10', true, '2026 国庆调休上班（周六）'],
  ['2026-11-28', false, '普通周六'],
  ['2026-11-30', true, '普通周一'],
];

describe('isWorkday', () => {
  it.each(DAYS)('%s → %s (%s)', (date, workday) => {
    expect(isWorkday(date)).toEqual({ workday, certain: true });
  });

  it('counts plain weekends in a year without data and says it is uncertain', () => {
    expect(isWorkday('2027-01-01')).toEqual({ workday: true, certain: false });
    expect(isWorkday('2027-01-02')).toEqual({ workday: false, certain: false });
    expect(isWorkday('2003-10-01')).toEqual({ workday: true, certain: false });
  });

  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '20240101', '2024/01/01', 'abc', '', '0999-01-01'])(
    '%j → error',
    (date) => {
      const r = isWorkday(date);
      expect('error' in r && r.error.zh).toContain('不是有效的日期');
    },
  );

  it('accepts single-digit month and day and surrounding spaces', () => {
    expect(isWorkday(' 2024-2-4 ')).toEqual({ workday: true, certain: true });
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('applies overrides before the data', () => {
    expect(isWorkday('2024-02-09', { '2024-02-09': 'holiday' })).toEqual({ workday: false, certain: true });
    expect(isWorkday('2024-02-10', { '2024-02-10': 'workday' })).toEqual({ workday: true, certain: true });
  });
});

describe('hasHolidayData', () => {
  it.each([
    [2004, true],
    [2024, true],
    [2025, true],
    [2026, true],
    [2003, false],
    [2027, false],
    [Number.NaN, false],
  ])('%s → %s', (year, known) => {
    expect(hasHolidayData(year)).toBe(known);
  });
});

describe('addWorkdays', () => {
  it.each<[string, number, string]>([
    ['2024-02-08', 1, '2024-02-09'],
    ['2024-02-09', 1, '2024-02-18'],
    ['2024-02-08', 2, '2024-02-18'],
    ['2024-02-18', 1, '2024-02-19'],
    ['2024-09-27', 1, '2024-09-29'],
    ['2024-09-30', 1, '2024-10-08'],
    ['2025-01-24', 1, '2025-01-26'],
    ['2025-01-27', 1, '2025-02-05'],
    ['2025-02-07', 1, '2025-02-08'],
    ['2025-09-30', 1, '2025-10-09'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-13', 2, '2026-02-24'],
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-10-09', 1, '2026-10-10'],
    ['2024-02-19', -1, '2024-02-18'],
    ['2024-02-18', -1, '2024-02-09'],
    ['2026-10-08', -1, '2026-09-30'],
    ['2025-02-05', -1, '2025-01-27'],
    ['2024-02-10', 0, '2024-02-18'],
    ['2024-02-09', 0, '2024-02-09'],
    ['2024-12-30', 2, '2025-01-02'],
    ['2026-12-01', 10, '2026-12-15'],
  ])('%s %+i working days → %s', (date, n, expected) => {
    expect(addWorkdays(date, n)).toEqual({ date: expected, certain: true });
  });

  it('into a year without data: weekends only, certain=false', () => {
    expect(addWorkdays('2026-12-25', 10)).toEqual({ date: '2027-01-08', certain: false });
    expect(addWorkdays('2027-01-05', -3)).toEqual({ date: '2026-12-31', certain: false });
    expect(addWorkdays('2027-06-01', 0)).toEqual({ date: '2027-06-01', certain: false });
  });

  it('applies overrides', () => {
    expect(addWorkdays('2024-02-08', 1, { '2024-02-09': 'holiday' })).toEqual({ date: '2024-02-18', certain: true });
    expect(addWorkdays('2026-12-31', 1, { '2027-01-01': 'holiday' })).toEqual({ date: '2027-01-04', certain: false });
  });

  it('ships an override table that holds only valid dates', () => {
    for (const [date, kind] of Object.entries(workdayOverrides)) {
      expect(parseIsoDate(date)).toBeDefined();
      expect(['workday', 'holiday']).toContain(kind);
    }
  });

  it.each<[string, number, string]>([
    ['2024-02-30', 1, '不是有效的日期'],
    ['tomorrow', 1, '不是有效的日期'],
    ['2024-02-08', 1.5, '整数'],
    ['2024-02-08', Number.NaN, '整数'],
    ['2024-02-08', Number.POSITIVE_INFINITY, '整数'],
    ['2024-02-08', 1_000_000, '太大'],
    ['9999-12-31', 1, '超出'],
  ])('%s, %f → error (%s)', (date, n, phrase) => {
    const r = addWorkdays(date, n);
    expect('error' in r && r.error.zh).toContain(phrase);
  });
});

describe('workdaysBetween', () => {
  it.each<[string, string, number, number]>([
    ['2026-11-27', '2026-11-30', 1, 3],
    ['2026-11-30', '2026-11-27', -1, -3],
    ['2024-02-09', '2024-02-18', 1, 9],
    ['2026-09-30', '2026-10-10', 3, 10],
    ['2025-03-03', '2025-03-03', 0, 0],
  ])('(%s, %s] → %i working days, %i days', (from, to, workdays, calendarDays) => {
    expect(workdaysBetween(from, to)).toEqual({ workdays, calendarDays, certain: true });
  });

  it('is uncertain across a year without data and errors on bad input', () => {
    expect(workdaysBetween('2026-12-30', '2027-01-04')).toMatchObject({ workdays: 3, certain: false });
    expect(workdaysBetween('x', '2026-01-01')).toHaveProperty('error');
    expect(workdaysBetween('2026-01-01', '2026-02-31')).toHaveProperty('error');
    expect(workdaysBetween('1000-01-01', '9999-01-01')).toHaveProperty('error');
  });
});

describe('time zone', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it.each(['America/New_York', 'Asia/Shanghai', 'Pacific/Kiritimati'])('gives the same answers with TZ=%s', (tz) => {
    process.env.TZ = tz;
    for (const [date, workday] of DAYS) expect(isWorkday(date)).toEqual({ workday, certain: true });
    expect(addWorkdays('2024-09-30', 1)).toEqual({ date: '2024-10-08', certain: true });
  });
});
