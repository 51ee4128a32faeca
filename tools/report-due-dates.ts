import type { LocalizedText } from '../lib/localized';
import { formatIsoDate, parseIsoDate } from './iso-date';
import { reportObligations, type ManagementCategory, type ReportKind } from './report-obligations';

/**
 * When the next execution reports (执行报告) are due. Which reports a permit holder files is FAQ 26
 * (reportObligations); when each is due follows the usual terms printed in the permit's 副本 after
 * the execution-report technical specifications: a monthly report by the 15th of the next month, a
 * quarterly one by the 15th of the quarter's next month, the annual one by 15 January of the next
 * year; the month that closes a quarter is reported in the quarterly report and the fourth quarter in
 * the annual one. The permit's own 副本 and the ministry's yearly notices (which have moved the annual
 * deadline) win over this; every result says so.
 */
export interface ReportDue {
  kind: ReportKind;
  /** The period reported on, e.g. 2026-11 (month), 2027-Q1 (quarter), 2026 (year). */
  period: string;
  /** The day the report is due by, 'YYYY-MM-DD'. */
  due: string;
  label: LocalizedText;
}

export const reportDueCaveat: LocalizedText = {
  zh: '截止日期按执行报告的一般规定推算（月报次月 15 日前、季报下季度首月 15 日前、年报次年 1 月 15 日前；3、6、9、12 月的月报并入季报，四季度季报并入年报）。以许可证副本载明的时间和生态环境部当年的通知为准；遇节假日请提前提交。',
  en: 'Due dates follow the usual terms (monthly by the 15th of the next month, quarterly by the 15th of the next quarter’s first month, annual by 15 January; the months closing a quarter go into the quarterly report and Q4 into the annual one). The permit’s 副本 and the ministry’s notices for the year win; submit early around holidays.',
};

function due(year: number, month: number): string {
  // month is 1-based and may be 13 (January of the next year).
  const y = month > 12 ? year + 1 : year;
  const m = month > 12 ? month - 12 : month;
  return formatIsoDate({ year: y, month: m, day: 15 });
}

/** Every report due from `today` (inclusive) for `months` months, for a category, earliest first. */
export function reportDueDates(
  category: ManagementCategory | string,
  today: string,
  months = 12,
): ReportDue[] | { error: LocalizedText } {
  const obligations = reportObligations({ category });
  if ('error' in obligations) return obligations;
  const start = parseIsoDate(today);
  if (!start) return { error: { zh: `“${String(today).slice(0, 20)}”不是有效的日期。`, en: `“${String(today).slice(0, 20)}” is not a valid date.` } };
  const found: ReportDue[] = [];
  // Look at the periods that end in the month before each due month: from a month back, so a report
  // for last month due this month is listed.
  for (let offset = 0; offset <= months; offset++) {
    const index = start.year * 12 + (start.month - 1) + offset; // the due month, 0-based months since year 0
    const dueYear = Math.floor(index / 12);
    const dueMonth = (index % 12) + 1;
    const periodIndex = index - 1;
    const periodYear = Math.floor(periodIndex / 12);
    const periodMonth = (periodIndex % 12) + 1;
    const date = due(dueYear, dueMonth);
    if (date < today) continue;
    const closesQuarter = periodMonth % 3 === 0;
    const quarter = Math.ceil(periodMonth / 3);
    if (periodMonth === 12 && obligations.reports.includes('annual')) {
      found.push({
        kind: 'annual',
        period: String(periodYear),
        due: date,
        label: { zh: `${periodYear} 年年度执行报告`, en: `${periodYear} annual execution report` },
      });
    } else if (closesQuarter && obligations.reports.includes('quarterly')) {
      found.push({
        kind: 'quarterly',
        period: `${periodYear}-Q${quarter}`,
        due: date,
        label: { zh: `${periodYear} 年第${quarter}季度执行报告`, en: `${periodYear} Q${quarter} execution report` },
      });
    } else if (!closesQuarter && obligations.reports.includes('monthly')) {
      found.push({
        kind: 'monthly',
        period: `${periodYear}-${String(periodMonth).padStart(2, '0')}`,
        due: date,
        label: { zh: `${periodYear} 年 ${periodMonth} 月执行报告`, en: `${periodYear}-${String(periodMonth).padStart(2, '0')} monthly execution report` },
      });
    }
  }
  return found;
}

/** The next due report of each kind the category files. */
export function nextReportDues(category: ManagementCategory | string, today: string): ReportDue[] | { error: LocalizedText } {
  const all = reportDueDates(category, today, 15);
  if ('error' in all) return all;
  const seen = new Set<ReportKind>();
  return all.filter((report) => (seen.has(report.kind) ? false : (seen.add(report.kind), true)));
}
