import { describe, expect, it } from 'vitest';
import { pendingReminders, permitBadge, permitCountdown, reminderDates, reminderMessage, type PermitCountdown } from '../../../tools/permit-watch';
import { addWorkdays, workdaysBetween } from '../../../tools/workdays';

function ok(result: PermitCountdown | { error: unknown }): PermitCountdown {
  if ('error' in result) throw new Error('unexpected error');
  return result;
}

describe('permitCountdown', () => {
  it('counts the working days to the renewal deadline across New Year (2026-01-04 was a make-up working Sunday)', () => {
    // Expiry 2026-03-20: apply by 2026-02-02 (back over the Spring Festival and its make-up Saturdays).
    const c = ok(permitCountdown('2026-03-20', '2026-01-05'));
    expect(c.renewalDeadline).toBe('2026-02-02');
    // 01-06..01-09 (4), three full weeks (15), 02-02 (1).
    expect(c.workdaysLeft).toBe(20);
    expect(c.calendarDaysLeft).toBe(28);
    expect(c.certain).toBe(true);
    expect(c.stage).toBe('soon');
    expect(c.summary.zh).toContain('还有 20 个工作日');
    expect(c.summary.zh).toContain('最晚 2026-02-02');
  });

  it('counts the make-up Sunday 2026-01-04 as a working day', () => {
    const from = ok(permitCountdown('2026-03-20', '2026-01-03'));
    const after = ok(permitCountdown('2026-03-20', '2026-01-04'));
    expect(from.workdaysLeft - after.workdaysLeft).toBe(1);
  });

  it('flags years whose holidays are not published yet', () => {
    const c = ok(permitCountdown('2027-03-15', '2026-12-05'));
    expect(c.certain).toBe(false);
    expect(c.unpublishedYears).toEqual([2027]);
    expect(permitBadge(c).text).toMatch(/^\d+\?$/);
    const note = reminderMessage(c, '91110108MA01C3XK2X001P');
    expect(note.message.zh).toContain('2027 年的放假安排国务院还没有公布');
    expect(note.title.zh).toContain('91110108MA01C3XK2X001P');
  });

  it.each([
    ['2026-02-02', 'last-day', '今天'],
    ['2026-02-03', 'late', '逾期'],
    ['2026-03-21', 'expired', '逾期'],
  ] as const)('on %s the stage is %s and the badge says %s', (today, stage, text) => {
    const c = ok(permitCountdown('2026-03-20', today));
    expect(c.stage).toBe(stage);
    expect(permitBadge(c).text).toBe(text);
  });

  it('badge colours follow the thresholds', () => {
    expect(permitBadge({ workdaysLeft: 61, stage: 'plenty', certain: true })).toEqual({ text: '61', color: '#2f7d32' });
    expect(permitBadge({ workdaysLeft: 60, stage: 'soon', certain: true }).color).toBe('#b35c00');
    expect(permitBadge({ workdaysLeft: 10, stage: 'urgent', certain: true }).color).toBe('#b42318');
  });

  it('answers a bad date with a Chinese message', () => {
    const r = permitCountdown('2026-02-30', '2026-01-01');
    expect('error' in r && r.error.zh).toContain('不是有效的日期');
  });
});

describe('reminders at 60, 30 and 10 working days', () => {
  it('fall on the working day with exactly that many working days left', () => {
    const dates = reminderDates('2026-02-02');
    expect(dates.map((d) => d.threshold)).toEqual([60, 30, 10]);
    // Counting back from 02-02: the last two weeks of January.
    expect(dates.find((d) => d.threshold === 10)?.date).toBe('2026-01-19');
    for (const { threshold, date } of dates) {
      const left = workdaysBetween(date, '2026-02-02');
      expect('error' in left ? NaN : left.workdays).toBe(threshold);
      expect(addWorkdays(date, 0)).toEqual({ date, certain: true });
    }
  });

  it('only those still to come and not yet shown are pending', () => {
    expect(pendingReminders('2026-02-02', '2026-01-19', []).map((r) => r.threshold)).toEqual([10]);
    expect(pendingReminders('2026-02-02', '2026-01-19', [10])).toEqual([]);
    expect(pendingReminders('2026-02-02', '2025-01-01', [60]).map((r) => r.threshold)).toEqual([30, 10]);
  });
});
