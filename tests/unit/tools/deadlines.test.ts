import { describe, expect, it } from 'vitest';
import {
  daysUntil,
  type DeadlineResult,
  findExpiryDate,
  monitoringSyncDate,
  renewalDeadline,
  reissueDeadline,
  reportSyncDate,
} from '../../../tools/deadlines';
import { addWorkdays, isWorkday } from '../../../tools/workdays';

function ok(r: DeadlineResult): Exclude<DeadlineResult, { error: unknown }> {
  if ('error' in r) throw new Error(r.error.en);
  return r;
}

describe('renewalDeadline (FAQ 12)', () => {
  it.each([
    // 2026-10-15 back over 国庆 (10-01..07 off, 10-10 worked), 中秋 (09-25 off) and 09-20 (worked).
    ['2026-10-15', '2026-08-28'],
    // Back over 春节 2026 (02-15..23 off, 02-14 and 02-28 worked).
    ['2026-03-20', '2026-02-02'],
    ['2025-12-31', '2025-11-19'],
  ])('expiry %s → apply by %s', (expiry, last) => {
    const r = ok(renewalDeadline(expiry));
    expect(r.date).toBe(last);
    expect(r.certain).toBe(true);
    expect(r.faq).toEqual([12]);
    expect(r.explanation.zh).toContain(`最晚 ${last}`);
    expect(r.explanation.zh).toContain('许可证延续');
    expect(r.explanation.zh).not.toContain('没有收录');
  });

  it('the deadline lies exactly 30 working days before the expiry date', () => {
    const r = ok(renewalDeadline('2026-10-15'));
    expect(addWorkdays(r.date, 30)).toEqual({ date: '2026-10-15', certain: true });
    expect(isWorkday(r.date)).toEqual({ workday: true, certain: true });
  });

  it('an expiry in a year without holiday data is uncertain and says so', () => {
    const r = ok(renewalDeadline('2027-03-15'));
    expect(r.certain).toBe(false);
    expect(r.date).toBe('2027-02-01');
    expect(r.explanation.zh).toContain('2027 年的节假日安排还没有收录');
    expect(r.explanation.en).toContain('2027');
  });

  it.each(['', '2027-02-30', '2027年3月15日', 'soon'])('%j → error', (expiry) => {
    expect(renewalDeadline(expiry)).toHaveProperty('error');
  });
});

describe('sync dates and the reissue deadline', () => {
  it('monitoringSyncDate: +10 working days (FAQ 22–23)', () => {
    const r = ok(monitoringSyncDate('2026-09-25'));
    expect(r.date).toBe('2026-10-15');
    expect(r.faq).toEqual([22, 23]);
    expect(r.explanation.zh).toContain('10 个工作日');
    expect(r.explanation.zh).toContain('监测记录');
  });

  it('reportSyncDate: +1 working day (FAQ 24)', () => {
    const r = ok(reportSyncDate('2024-09-30'));
    expect(r.date).toBe('2024-10-08');
    expect(r.faq).toEqual([24]);
    expect(r.explanation.zh).toContain('执行报告');
    expect(ok(reportSyncDate('2026-02-13')).date).toBe('2026-02-14');
  });

  it('reissueDeadline: +30 working days (FAQ 14), loss statement first', () => {
    const r = ok(reissueDeadline('2025-01-20'));
    expect(r.date).toBe('2025-03-07');
    expect(r.faq).toEqual([14]);
    expect(r.explanation.zh).toContain('遗失声明');
  });

  it('into 2027 the sync date is uncertain', () => {
    expect(ok(monitoringSyncDate('2026-12-28')).certain).toBe(false);
  });

  it.each([monitoringSyncDate, reportSyncDate, reissueDeadline])('%o → error on a bad date', (fn) => {
    expect(fn('2026-13-01')).toHaveProperty('error');
  });
});

describe('daysUntil', () => {
  it.each<[string, string, number, number, string]>([
    ['2026-11-27', '2026-11-30', 1, 3, '还剩 1 个工作日（共 3 天）'],
    ['2026-09-30', '2026-10-10', 3, 10, '还剩 3 个工作日（共 10 天）'],
    ['2026-11-28', '2026-11-28', 0, 0, '就是今天'],
    ['2026-11-30', '2026-11-27', -1, -3, '已经过了 3 天'],
  ])('%s → %s', (today, date, workdays, calendarDays, text) => {
    expect(daysUntil(today, date)).toEqual({ workdays, calendarDays, certain: true, text: expect.objectContaining({ zh: text }) });
  });

  it('errors on a bad date', () => {
    expect(daysUntil('2026-11-28', 'next week')).toHaveProperty('error');
  });
});

describe('findExpiryDate', () => {
  it.each<[string, string | undefined]>([
    ['有效期限：2022-03-16 至 2027-03-15', '2027-03-15'],
    ['有效期限：2022-03-16至2027-03-15', '2027-03-15'],
    ['2027年3月15日', '2027-03-15'],
    ['至2027/03/15', '2027-03-15'],
    ['自2022年03月16日至2027年03月15日止', '2027-03-15'],
    ['有效期：自２０２２年０３月１６日起至２０２７年０３月１５日止', '2027-03-15'],
    ['有效期限 2022.03.16 - 2027.03.15', '2027-03-15'],
    ['2027-03-15止 发证日期：2028-01-01', '2027-03-15'],
    ['发证日期：2022-03-16　有效期至：2027-3-15', '2027-03-15'],
    ['发证日期 2022-03-16 有效期 2027-03-15', '2027-03-15'],
    ['截止日期：2027年3月15日', '2027-03-15'],
    ['有效期限：长期', undefined],
    ['2027-02-30', undefined],
    ['编号 120220316001', undefined],
    ['', undefined],
  ])('%j → %s', (text, date) => {
    expect(findExpiryDate(text)).toBe(date);
  });
});
