import { describe, expect, it } from 'vitest';
import { normalizeCategory, type ReportKind, reportObligations } from '../../../tools/report-obligations';

describe('reportObligations (FAQ 26)', () => {
  it.each<[string, ReportKind[]]>([
    ['重点管理', ['annual', 'quarterly', 'monthly']],
    ['重点', ['annual', 'quarterly', 'monthly']],
    [' 管理类别：重点管理 ', ['annual', 'quarterly', 'monthly']],
    ['简化管理', ['annual', 'quarterly']],
    ['简化', ['annual', 'quarterly']],
    ['简化　管理', ['annual', 'quarterly']],
  ])('%j → %j', (category, reports) => {
    const r = reportObligations({ category });
    expect('error' in r).toBe(false);
    if ('error' in r) return;
    expect(r.reports).toEqual(reports);
    expect(r.explanation.zh).toContain(reports.includes('monthly') ? '月报' : '不用交月报');
  });

  it.each<[string | undefined, boolean, string]>([
    ['2017-06-30', true, '首次|第一次填写执行报告时'],
    ['2018-01-09', true, '执行报告在线客服'],
    // The FAQ says 「前」 and 「后」; the cut-off day itself counts as 「后」.
    ['2018-01-10', false, '变更'],
    ['2019-05-20', false, '变更'],
    [undefined, false, '要看许可证的发证日期'],
    ['', false, '要看许可证的发证日期'],
  ])('issued %s → category on first report: %s', (issueDate, needs, phrase) => {
    const r = reportObligations({ category: '重点管理', ...(issueDate === undefined ? {} : { issueDate }) });
    if ('error' in r) throw new Error(r.error.en);
    expect(r.needsCategoryOnFirstReport).toBe(needs);
    expect(r.correction.zh).toMatch(new RegExp(phrase));
  });

  it('before the cut-off the correction goes through the online service, after it through a change', () => {
    const before = reportObligations({ category: '简化管理', issueDate: '2017-12-01' });
    const after = reportObligations({ category: '简化管理', issueDate: '2018-02-01' });
    if ('error' in before || 'error' in after) throw new Error('unexpected error');
    expect(before.correction.zh).toContain('在线客服');
    expect(before.correction.zh).not.toContain('变更');
    expect(after.correction.zh).toContain('变更');
    expect(after.correction.zh).not.toContain('在线客服');
  });

  it.each<[string, string]>([
    ['', '看不出管理类别'],
    ['一般', '看不出管理类别'],
    ['重点简化', '看不出管理类别'],
    ['登记管理', '排污登记'],
  ])('category %j → error (%s)', (category, phrase) => {
    const r = reportObligations({ category });
    expect('error' in r && r.error.zh).toContain(phrase);
  });

  it('a bad issue date is an error', () => {
    const r = reportObligations({ category: '重点管理', issueDate: '2018-02-30' });
    expect('error' in r && r.error.zh).toContain('发证日期');
  });

  it('normalizeCategory reads full-width and labelled text', () => {
    expect(normalizeCategory('重点管理')).toBe('重点管理');
    expect(normalizeCategory('管理类别: 简化')).toBe('简化管理');
    expect(normalizeCategory('重点管理单位')).toBeUndefined();
  });
});
