import type { LocalizedText } from '../../lib/localized';
import { conclude, defineCheck, skipped, type Verdict } from '../check';
import type { PageEnv } from '../env';
import { isUnmeasured, unmeasured, type EnvironmentSnapshot, type Unmeasured } from '../snapshot';
import { joinText, text } from '../text';

/** The computer's time zone as the browser reports it. */
export interface TimeZoneFact {
  /** IANA name, e.g. 'Asia/Shanghai'; absent when the browser does not say. */
  name?: string;
  /** Minutes east of UTC now (Beijing time: 480). */
  offsetMinutes: number;
}

/** Beijing time, which the platform's dates, deadlines and working days are in. */
export const beijingOffsetMinutes = 8 * 60;

/** Reads the time zone from the realm's `Intl` and `Date`; unmeasured where they are missing. */
export function readTimeZone(env: PageEnv): TimeZoneFact | Unmeasured {
  const scope = env.window;
  const DateCtor = scope?.Date;
  if (typeof DateCtor !== 'function') return unmeasured(text('没有取得电脑的时区。', 'The time zone was not available.'));
  const offsetMinutes = -new DateCtor().getTimezoneOffset();
  if (!Number.isFinite(offsetMinutes)) return unmeasured(text('浏览器没有给出时区偏移。', 'The browser gave no time zone offset.'));
  let name: string | undefined;
  try {
    const resolved = scope?.Intl?.DateTimeFormat().resolvedOptions().timeZone;
    if (typeof resolved === 'string' && resolved !== '') name = resolved;
  } catch {
    // Old cores without Intl time zones: the offset alone still answers the question.
  }
  return { offsetMinutes, ...(name ? { name } : {}) };
}

function utcLabel(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const minutes = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

const setZone = text(
  '请在 Windows「设置 → 时间和语言 → 日期和时间」里打开「自动设置时区」，或把时区选为「(UTC+08:00) 北京，重庆，香港特别行政区，乌鲁木齐」，然后重新打开浏览器。',
  'In Windows "Settings → Time & language → Date & time" turn on "Set time zone automatically", or choose "(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi", then restart the browser.',
);

function seen(fact: TimeZoneFact): LocalizedText {
  const utc = utcLabel(fact.offsetMinutes);
  return fact.name
    ? text(`电脑时区：${fact.name}（${utc}）。`, `Time zone: ${fact.name} (${utc}).`)
    : text(`电脑时区：${utc}（浏览器没有给出时区名称）。`, `Time zone: ${utc} (the browser gave no zone name).`);
}

/**
 * The platform counts dates and deadlines in Beijing time. A computer in another zone shows the
 * wrong date near midnight in the platform's date pickers and in the helper's deadlines, and
 * staff who "fix" the clock by hand without the zone end up with a clock hours off.
 */
export function checkTimeZone(_snapshot: EnvironmentSnapshot, own: TimeZoneFact | Unmeasured | undefined): Verdict {
  if (own === undefined) return skipped(text('没有读取电脑的时区。', 'The time zone was not read.'));
  if (isUnmeasured(own)) return skipped(own.reason);
  if (own.offsetMinutes === beijingOffsetMinutes) {
    return conclude('pass', joinText([seen(own), text('与平台使用的北京时间一致。', 'It matches the Beijing time the platform uses.')], text('', ' ')));
  }
  const hours = (beijingOffsetMinutes - own.offsetMinutes) / 60;
  const gap = text(
    `比北京时间${hours > 0 ? '慢' : '快'} ${Math.abs(hours)} 小时：平台和助手按北京时间计算日期和期限，午夜前后显示的日期会差一天。`,
    `${Math.abs(hours)} h ${hours > 0 ? 'behind' : 'ahead of'} Beijing time: the platform and the helper count dates and deadlines in Beijing time, so near midnight the date shown is a day off.`,
  );
  return conclude('warn', joinText([seen(own), gap], text('', ' ')), setZone);
}

export const timeZoneCheck = defineCheck({
  id: 'time-zone',
  order: 80,
  title: text('电脑时区', 'Time zone'),
  needs: ['local'],
  collect: readTimeZone,
  run: checkTimeZone,
  examples: [
    { own: { name: 'Asia/Shanghai', offsetMinutes: 480 }, status: 'pass', says: 'Asia/Shanghai（UTC+8）' },
    { own: { name: 'Asia/Urumqi', offsetMinutes: 360 }, status: 'warn', says: '比北京时间慢 2 小时' },
    { own: { name: 'UTC', offsetMinutes: 0 }, status: 'warn', says: '慢 8 小时' },
    { own: { offsetMinutes: 330 }, status: 'warn', says: 'UTC+5:30' },
    { own: undefined, status: 'skip', says: '没有读取电脑的时区' },
  ],
});
export default timeZoneCheck;

declare module '../check' {
  interface CheckModules {
    'time-zone': typeof timeZoneCheck;
  }
}
