import type { LocalizedText } from '../lib/localized';
import { renewalDeadline } from './deadlines';
import type { ManagementCategory } from './report-obligations';
import { parseIsoDate } from './iso-date';
import { addWorkdays, hasHolidayData, workdaysBetween } from './workdays';

/** Where the helper read a permit's validity: the public detail, the dashboard, the renewal (延续) list. */
export type PermitSource = 'public-detail' | 'dashboard' | 'renewal-list';

/** A permit's validity as the platform shows it; what the user may choose to remember. */
export interface PermitSighting {
  /** 许可证编号, when the page shows it next to the dates. */
  permitNumber?: string;
  /** First day of validity, 'YYYY-MM-DD', when shown. */
  validFrom?: string;
  /** Last day of validity, 'YYYY-MM-DD'. */
  expiry: string;
  source: PermitSource;
  /** 管理类别, when the page shows it (for the execution-report due dates). */
  category?: ManagementCategory;
}

/** The optional permissions the reminders need, asked for when the user turns them on. */
export const reminderPermissions = ['alarms', 'notifications'] as const;

/** The working days left at which the optional reminders fire. */
export const reminderThresholds = [60, 30, 10] as const;
export type ReminderThreshold = (typeof reminderThresholds)[number];

export type CountdownStage = 'plenty' | 'soon' | 'urgent' | 'last-day' | 'late' | 'expired';

export interface PermitCountdown {
  expiry: string;
  /** The last day to apply for renewal (FAQ 12: 30 working days before expiry). */
  renewalDeadline: string;
  /** Working days after today up to and including the deadline; negative once it has passed. */
  workdaysLeft: number;
  calendarDaysLeft: number;
  /** False when a year the count passes through has no published holiday arrangement yet. */
  certain: boolean;
  /** The years counted with plain weekends because their arrangement is not published. */
  unpublishedYears: number[];
  stage: CountdownStage;
  /** One line for the popup: how long is left and until when. */
  summary: LocalizedText;
}

function yearsWithoutData(from: string, to: string): number[] {
  const a = parseIsoDate(from)?.year;
  const b = parseIsoDate(to)?.year;
  if (a === undefined || b === undefined) return [];
  const years: number[] = [];
  for (let year = Math.min(a, b); year <= Math.max(a, b); year++) if (!hasHolidayData(year)) years.push(year);
  return years;
}

function stageOf(workdaysLeft: number, calendarDaysLeft: number, expiryPassed: boolean): CountdownStage {
  if (expiryPassed) return 'expired';
  if (calendarDaysLeft < 0) return 'late';
  if (calendarDaysLeft === 0) return 'last-day';
  if (workdaysLeft <= 10) return 'urgent';
  if (workdaysLeft <= 60) return 'soon';
  return 'plenty';
}

function summaryOf(stage: CountdownStage, c: { expiry: string; deadline: string; workdaysLeft: number }): LocalizedText {
  switch (stage) {
    case 'expired':
      return {
        zh: `许可证已于 ${c.expiry} 到期。请尽快联系核发部门，了解重新申请的办法。`,
        en: `The permit expired on ${c.expiry}. Contact the issuing authority about applying again.`,
      };
    case 'late':
      return {
        zh: `延续申请的最晚日期 ${c.deadline} 已经过了（许可证 ${c.expiry} 到期）。请马上联系核发部门。`,
        en: `The last day to apply for renewal, ${c.deadline}, has passed (the permit expires on ${c.expiry}). Contact the issuing authority now.`,
      };
    case 'last-day':
      return {
        zh: `今天（${c.deadline}）是提交延续申请的最后一天。`,
        en: `Today (${c.deadline}) is the last day to apply for renewal.`,
      };
    default:
      return {
        zh: `距延续申请截止还有 ${c.workdaysLeft} 个工作日（最晚 ${c.deadline} 提交，许可证 ${c.expiry} 到期）。`,
        en: `${c.workdaysLeft} working days left to apply for renewal (by ${c.deadline}; the permit expires on ${c.expiry}).`,
      };
  }
}

/** Working days from `today` to the renewal deadline of a permit expiring on `expiry`. */
export function permitCountdown(expiry: string, today: string): PermitCountdown | { error: LocalizedText } {
  const deadline = renewalDeadline(expiry);
  if ('error' in deadline) return deadline;
  const left = workdaysBetween(today, deadline.date);
  if ('error' in left) return left;
  const unpublishedYears = yearsWithoutData(today, expiry);
  const stage = stageOf(left.workdays, left.calendarDays, today > expiry);
  return {
    expiry,
    renewalDeadline: deadline.date,
    workdaysLeft: left.workdays,
    calendarDaysLeft: left.calendarDays,
    certain: unpublishedYears.length === 0,
    unpublishedYears,
    stage,
    summary: summaryOf(stage, { expiry, deadline: deadline.date, workdaysLeft: left.workdays }),
  };
}

/** Said wherever a count passes through a year whose holidays are not yet published. */
export function uncertaintyNote(years: readonly number[]): LocalizedText {
  return {
    zh: `${years.join('、')} 年的放假安排国务院还没有公布（或本扩展还没有收录），这几年按普通周末计算，实际日期可能相差几天，请以公布的安排为准。`,
    en: `The ${years.join(', ')} holiday arrangement is not published (or not in our data) yet; weekends only were counted, so the dates may move by a few days.`,
  };
}

/** The toolbar badge: working days left to the renewal deadline, coloured by how close it is. */
export function permitBadge(countdown: Pick<PermitCountdown, 'workdaysLeft' | 'stage' | 'certain'>): { text: string; color: string } {
  const colors: Record<CountdownStage, string> = {
    plenty: '#2f7d32',
    soon: '#b35c00',
    urgent: '#b42318',
    'last-day': '#b42318',
    late: '#b42318',
    expired: '#b42318',
  };
  const color = colors[countdown.stage];
  if (countdown.stage === 'late' || countdown.stage === 'expired') return { text: '逾期', color };
  if (countdown.stage === 'last-day') return { text: '今天', color };
  const days = Math.min(countdown.workdaysLeft, 9999);
  return { text: `${days}${countdown.certain || days >= 1000 ? '' : '?'}`, color };
}

/** The day each reminder is due: the working day on which `threshold` working days are left to the deadline. */
export function reminderDates(renewalDeadlineDate: string): { threshold: ReminderThreshold; date: string; certain: boolean }[] {
  const dates: { threshold: ReminderThreshold; date: string; certain: boolean }[] = [];
  for (const threshold of reminderThresholds) {
    const result = addWorkdays(renewalDeadlineDate, -threshold);
    if (!('error' in result)) dates.push({ threshold, date: result.date, certain: result.certain });
  }
  return dates;
}

/** The reminders still to come: on or after today, and not yet shown. */
export function pendingReminders(
  renewalDeadlineDate: string,
  today: string,
  alreadyShown: readonly number[],
): { threshold: ReminderThreshold; date: string; certain: boolean }[] {
  return reminderDates(renewalDeadlineDate).filter(
    (reminder) => reminder.date >= today && !alreadyShown.includes(reminder.threshold),
  );
}

/** The text of a reminder notification. */
export function reminderMessage(countdown: PermitCountdown, permitNumber: string | undefined): { title: LocalizedText; message: LocalizedText } {
  const left = Math.max(0, countdown.workdaysLeft);
  const note = countdown.certain ? { zh: '', en: '' } : uncertaintyNote(countdown.unpublishedYears);
  return {
    title: {
      zh: `${permitNumber ? `许可证 ${permitNumber}` : '排污许可证'}：延续申请还剩 ${left} 个工作日`,
      en: `${permitNumber ? `Permit ${permitNumber}` : 'Discharge permit'}: ${left} working days left to apply for renewal`,
    },
    message: { zh: countdown.summary.zh + note.zh, en: `${countdown.summary.en} ${note.en}`.trim() },
  };
}
