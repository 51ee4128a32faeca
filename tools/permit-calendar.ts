import { buildCalendar, type CalendarEvent } from './ics';
import { permitCountdown, reminderDates, uncertaintyNote } from './permit-watch';
import { reportDueCaveat, reportDueDates } from './report-due-dates';
import type { ManagementCategory } from './report-obligations';

export interface WatchedPermitFacts {
  permitNumber?: string;
  expiry: string;
  category?: ManagementCategory;
}

/**
 * The deadlines of a remembered permit as calendar events: the reminders at 60, 30 and 10 working
 * days, the last day to apply for renewal, the expiry, and (when the management category is known)
 * the execution reports due in the next 12 months. Texts in Chinese: the calendar is the office's.
 */
export function permitCalendarEvents(permit: WatchedPermitFacts, today: string): CalendarEvent[] {
  const countdown = permitCountdown(permit.expiry, today);
  if ('error' in countdown) return [];
  const key = (permit.permitNumber ?? `expiry-${permit.expiry}`).replace(/[^0-9A-Za-z-]/g, '');
  const uid = (what: string) => `${key}-${what}@permit-self-check-helper`;
  const which = permit.permitNumber ? `（许可证 ${permit.permitNumber}）` : '';
  const note = countdown.certain ? '' : `\n${uncertaintyNote(countdown.unpublishedYears).zh}`;
  const events: CalendarEvent[] = reminderDates(countdown.renewalDeadline).map(({ threshold, date }) => ({
    uid: uid(`renewal-${threshold}`),
    date,
    summary: `排污许可证延续：还剩 ${threshold} 个工作日${which}`,
    description: `延续申请最晚 ${countdown.renewalDeadline} 在企业端“许可证延续”模块提交；许可证 ${permit.expiry} 到期。${note}`,
    alarm: true,
  }));
  events.push(
    {
      uid: uid('renewal-deadline'),
      date: countdown.renewalDeadline,
      summary: `排污许可证延续申请最晚提交日${which}`,
      description: `排污许可证 ${permit.expiry} 到期，延续申请要在届满 30 个工作日前提出（常见问题第 12 条）。${note}`,
      alarm: true,
    },
    {
      uid: uid('expiry'),
      date: permit.expiry,
      summary: `排污许可证到期${which}`,
      description: `有效期至 ${permit.expiry}。`,
    },
  );
  if (permit.category) {
    const reports = reportDueDates(permit.category, today);
    if (!('error' in reports)) {
      for (const report of reports) {
        events.push({
          uid: uid(`report-${report.period}`),
          date: report.due,
          summary: `提交${report.label.zh}${which}`,
          description: `${permit.category}单位：在执行报告模块提交${report.label.zh}，截止 ${report.due}。${reportDueCaveat.zh}`,
          alarm: true,
        });
      }
    }
  }
  return events.filter((event) => event.date >= today).sort((a, b) => a.date.localeCompare(b.date));
}

export function permitCalendar(permit: WatchedPermitFacts, today: string, now: Date): string {
  return buildCalendar({ name: '排污许可证期限', events: permitCalendarEvents(permit, today), now });
}
