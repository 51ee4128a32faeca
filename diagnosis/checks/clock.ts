import { conclude, defineCheck, skipped, type Verdict } from '../check';
import { isUnmeasured, type EnvironmentSnapshot, type ProbeResult } from '../snapshot';
import type { TargetId } from '../targets';
import { text } from '../text';

export const clockWarnMs = 2 * 60_000;
export const clockFailMs = 5 * 60_000;
const faq = [5];

function serverTimeProbe(snapshot: EnvironmentSnapshot): ProbeResult | undefined {
  const order: TargetId[] = ['platform', 'monitoring'];
  for (const id of order) {
    const probe = snapshot.network?.[id];
    if (!probe || isUnmeasured(probe) || !probe.serverDate || probe.receivedAt === undefined) continue;
    if (Number.isFinite(Date.parse(probe.serverDate))) return probe;
  }
  return undefined;
}

function duration(ms: number): { zh: string; en: string } {
  const totalSeconds = Math.round(Math.abs(ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const zh = `${hours ? `${hours} 小时 ` : ''}${hours || minutes ? `${minutes} 分 ` : ''}${seconds} 秒`;
  const en = `${hours ? `${hours} h ` : ''}${hours || minutes ? `${minutes} min ` : ''}${seconds} s`;
  return { zh, en };
}

const fixClock = text(
  '时间不准会让登录凭证和验证码失效。请在 Windows「设置 → 时间和语言 → 日期和时间」里打开「自动设置时间」，时区选「(UTC+08:00) 北京，重庆，香港特别行政区，乌鲁木齐」，再点「立即同步」。',
  'A wrong clock breaks login tickets and captchas. In Windows "Settings → Time & language → Date & time" turn on "Set time automatically", choose the time zone "(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi" and click "Sync now".',
);

/** Compares the local clock with the platform server's `Date` header from the reachability probe. */
export function checkClock(snapshot: EnvironmentSnapshot): Verdict {
  const probe = serverTimeProbe(snapshot);
  if (!probe?.serverDate || probe.receivedAt === undefined) {
    return skipped(text('没有取得平台服务器的时间（连接平台失败或服务器没有返回时间），无法比较。', 'The server time was not available (the platform could not be reached or sent no Date header); nothing to compare.'), faq);
  }
  const skew = probe.receivedAt - Date.parse(probe.serverDate);
  const d = duration(skew);
  const direction = skew >= 0 ? text('快', 'ahead of') : text('慢', 'behind');
  const evidence = text(
    `电脑时间比平台服务器${direction.zh} ${d.zh}（服务器时间 ${probe.serverDate}）。`,
    `The computer clock is ${d.en} ${direction.en} the platform server (server time ${probe.serverDate}).`,
  );
  const abs = Math.abs(skew);
  if (abs < clockWarnMs) return conclude('pass', evidence, text('', ''), faq);
  return conclude(abs < clockFailMs ? 'warn' : 'fail', evidence, fixClock, faq);
}

export const clockCheck = defineCheck({
  id: 'clock',
  order: 90,
  title: text('电脑时间', 'Computer clock'),
  needs: ['probe:platform', 'probe:monitoring'],
  needsMode: 'any',
  run: checkClock,
});
export default clockCheck;

declare module '../check' {
  interface CheckModules {
    clock: typeof clockCheck;
  }
}
