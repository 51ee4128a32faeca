import type { LocalizedText } from '../lib/localized';
import { addWorkdays, formatIsoDate, hasHolidayData, parseIsoDate, workdaysBetween, type WorkdayOverrides, workdayOverrides } from './workdays';

export { findExpiryDate } from './expiry-date';

/** Dates that the FAQ ties to working days: renewal (12), reissue (14), monitoring sync (22–23), report sync (24). */
export type DeadlineResult = { date: string; certain: boolean; explanation: LocalizedText; faq: number[] } | { error: LocalizedText };

function uncertainNote(from: string, to: string): LocalizedText {
  const a = parseIsoDate(from)?.year ?? 0;
  const b = parseIsoDate(to)?.year ?? 0;
  const missing: number[] = [];
  for (let y = Math.min(a, b); y <= Math.max(a, b); y++) if (!hasHolidayData(y)) missing.push(y);
  const years = missing.join('、');
  return {
    zh: `（${years} 年的节假日安排还没有收录，这里按普通周末推算，放假调休可能让日期前后差几天，请以国务院公布的安排为准。）`,
    en: ` (The ${missing.join(', ')} holiday arrangement is not in our data yet; weekends only were counted, so public holidays may shift this by a few days.)`,
  };
}

function deadline(
  from: string,
  n: number,
  faq: number[],
  explain: (date: string, from: string) => LocalizedText,
  overrides: WorkdayOverrides,
): DeadlineResult {
  const result = addWorkdays(from, n, overrides);
  if ('error' in result) return result;
  const start = parseIsoDate(from);
  const text = explain(result.date, start ? formatIsoDate(start) : from);
  const explanation = result.certain
    ? text
    : { zh: text.zh + uncertainNote(from, result.date).zh, en: text.en + uncertainNote(from, result.date).en };
  return { date: result.date, certain: result.certain, explanation, faq };
}

/**
 * Last day to apply for renewal (延续, FAQ 12): 「应当在排污许可证届满三十个工作日前」 提出申请.
 * Read as: the application must be filed no later than the working day that lies 30 working days before
 * the expiry date, counting back from the expiry date (which itself is not counted). So the result is
 * addWorkdays(expiry, -30); filing on that day is in time, the next working day is late.
 */
export function renewalDeadline(expiry: string, overrides: WorkdayOverrides = workdayOverrides): DeadlineResult {
  return deadline(
    expiry,
    -30,
    [12],
    (date, expiryDate) => ({
      zh: `许可证 ${expiryDate} 到期。延续申请要在到期前 30 个工作日提出，最晚 ${date} 在企业端“许可证延续”模块提交。需要变更其他许可事项的，要先办完变更，再申请延续。`,
      en: `The permit expires on ${expiryDate}. Renewal must be applied for 30 working days before expiry: submit it in the enterprise side’s renewal module (许可证延续) by ${date} at the latest. Finish any other change (变更) first.`,
    }),
    overrides,
  );
}

/** When the monitoring platform has the permit (FAQ 22–23): 10 working days after issue, change, renewal or reissue. */
export function monitoringSyncDate(issueOrChangeDate: string, overrides: WorkdayOverrides = workdayOverrides): DeadlineResult {
  return deadline(
    issueOrChangeDate,
    10,
    [22, 23],
    (date) => ({
      zh: `许可证核发（或变更、延续、补办办结）后 10 个工作日，监测平台才同步许可证信息。预计 ${date} 起可以从“监测记录”自动跳转进入监测平台、看到更新后的排放口信息；在这之前进不去或信息没更新是正常的。`,
      en: `The monitoring platform receives the permit 10 working days after it is issued (or changed, renewed, reissued). Expect the 监测记录 jump and updated outlets from ${date}; before that, not getting in is normal.`,
    }),
    overrides,
  );
}

/** When the execution-report module has the permit (FAQ 24): 1 working day after issue. */
export function reportSyncDate(date: string, overrides: WorkdayOverrides = workdayOverrides): DeadlineResult {
  return deadline(
    date,
    1,
    [24],
    (ready) => ({
      zh: `许可证发证后 1 个工作日，执行报告模块才同步许可证信息。预计 ${ready} 起可以进入执行报告模块。`,
      en: `The execution-report module receives the permit 1 working day after issue. Expect to get in from ${ready}.`,
    }),
    overrides,
  );
}

/**
 * Last day to apply for a replacement of a lost or damaged permit (补办, FAQ 14): 「三十个工作日内」,
 * read as up to and including the 30th working day after the loss date.
 */
export function reissueDeadline(lossDate: string, overrides: WorkdayOverrides = workdayOverrides): DeadlineResult {
  return deadline(
    lossDate,
    30,
    [14],
    (date) => ({
      zh: `许可证遗失或损毁后，要在 30 个工作日内向核发部门申请补领，最晚 ${date}。申请补领前，先在全国排污许可证管理信息平台上发布遗失声明。`,
      en: `After a permit is lost or damaged, apply to the issuing authority for a replacement within 30 working days, by ${date} at the latest. Publish a loss statement (遗失声明) on the platform first.`,
    }),
    overrides,
  );
}

export type DaysUntilResult = { workdays: number; calendarDays: number; certain: boolean; text: LocalizedText } | { error: LocalizedText };

/** How long until `date` from `today`, for 「还剩 N 个工作日」: working days after today up to and including `date`. */
export function daysUntil(today: string, date: string, overrides: WorkdayOverrides = workdayOverrides): DaysUntilResult {
  const between = workdaysBetween(today, date, overrides);
  if ('error' in between) return between;
  const { workdays, calendarDays, certain } = between;
  let text: LocalizedText;
  if (calendarDays === 0) text = { zh: '就是今天', en: 'today' };
  else if (calendarDays > 0) {
    text = { zh: `还剩 ${workdays} 个工作日（共 ${calendarDays} 天）`, en: `${workdays} working days left (${calendarDays} days)` };
  } else {
    text = { zh: `已经过了 ${-calendarDays} 天`, en: `${-calendarDays} days ago` };
  }
  return { workdays, calendarDays, certain, text };
}
