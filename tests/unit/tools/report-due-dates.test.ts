import { describe, expect, it } from 'vitest';
import { nextReportDues, reportDueDates, type ReportDue } from '../../../tools/report-due-dates';

const list = (r: ReportDue[] | { error: unknown }) => {
  if ('error' in r) throw new Error('unexpected error');
  return r.map((d) => `${d.kind} ${d.period} ${d.due}`);
};

describe('execution-report due dates (FAQ 26 reports, usual terms)', () => {
  it('重点管理: monthly by the 15th, quarter-closing months in the quarterly report, Q4 and December in the annual one', () => {
    expect(list(reportDueDates('重点管理', '2026-12-05', 4))).toEqual([
      'monthly 2026-11 2026-12-15',
      'annual 2026 2027-01-15',
      'monthly 2027-01 2027-02-15',
      'monthly 2027-02 2027-03-15',
      'quarterly 2027-Q1 2027-04-15',
    ]);
  });

  it('简化管理 files no monthly reports', () => {
    expect(list(reportDueDates('简化管理', '2026-01-16', 12))).toEqual([
      'quarterly 2026-Q1 2026-04-15',
      'quarterly 2026-Q2 2026-07-15',
      'quarterly 2026-Q3 2026-10-15',
      'annual 2026 2027-01-15',
    ]);
  });

  it('a report due today is still listed', () => {
    expect(list(reportDueDates('简化', '2026-04-15', 0))).toEqual(['quarterly 2026-Q1 2026-04-15']);
  });

  it('next of each kind', () => {
    expect(list(nextReportDues('重点管理', '2026-12-16'))).toEqual([
      'annual 2026 2027-01-15',
      'monthly 2027-01 2027-02-15',
      'quarterly 2027-Q1 2027-04-15',
    ]);
  });

  it('登记管理 and nonsense get the FAQ 26 message', () => {
    const r = reportDueDates('登记管理', '2026-01-01');
    expect('error' in r && r.error.zh).toContain('排污登记');
    const bad = reportDueDates('重点管理', 'soon');
    expect('error' in bad && bad.error.zh).toContain('不是有效的日期');
  });
});
