/**
 * One-click diagnosis time with the network stubbed: `runDiagnosis` with collectors that return
 * fixed local facts at once and probes that answer at once (a healthy platform), plus the text
 * report the user copies. What remains is the cost of our own checks and report, median of 50.
 */
import type { DiagnosisCollectors } from '../diagnosis/run';
import { runDiagnosis } from '../diagnosis/run';
import { formatReportText, summarize } from '../diagnosis/report';
import type { ProbeResult } from '../diagnosis/snapshot';
import { ua, uaData } from '../tests/unit/diagnosis/fixtures';
import { median, percentile, timeRuns } from './stats';

function instantCollectors(now: number): DiagnosisCollectors {
  const probe: ProbeResult = { outcome: 'ok', status: 200, ms: 80, serverDate: new Date(now).toUTCString(), receivedAt: now };
  return {
    collectLocal: () => ({
      ua: ua.chrome120Win10,
      uaData: uaData.chromeWin10,
      plugins: ['PDF Viewer'],
      cookieEnabled: true,
      storage: { local: { ok: true }, session: { ok: true } },
      popups: { blocked: false },
      screen: { width: 1920, height: 1080, availWidth: 1920 },
      innerWidth: 1600,
      localTime: now,
    }),
    probe: async () => probe,
    extensionInfo: () => ({ version: '0.1.0', activeOnTab: true }),
  };
}

export interface DiagnosisTime {
  checks: number;
  p50: number;
  p99: number;
}

export async function benchDiagnosis(runs = 50): Promise<DiagnosisTime> {
  let checks = 0;
  const times = await timeRuns(runs, async () => {
    const now = Date.now();
    const results = await runDiagnosis(instantCollectors(now));
    summarize(results);
    formatReportText(results, { generatedAt: new Date(now).toISOString(), extensionVersion: '0.1.0', pageKind: 'dashboard' }, 'zh');
    checks = results.length;
  });
  return { checks, p50: median(times), p99: percentile(times, 99) };
}
