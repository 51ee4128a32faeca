/**
 * One-click diagnosis time with the network stubbed: `runDiagnosis` with collectors that return
 * fixed local facts at once and probes that answer at once (a healthy platform), plus the text
 * report the user copies. What remains is the cost of our own checks and report: 50 runs after 5
 * warm-up runs, wall and CPU time.
 */
import type { DiagnosisCollectors } from '../diagnosis/run';
import { runDiagnosis } from '../diagnosis/run';
import { formatReportText, summarize } from '../diagnosis/report';
import type { ProbeResult } from '../diagnosis/snapshot';
import { ua, uaData } from '../tests/unit/diagnosis/fixtures';
import { median, percentile } from './stats';

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
  /** Process CPU time per run: what the wall time is minus waiting for a CPU on a busy machine. */
  cpuP50: number;
  cpuP99: number;
}

async function diagnoseOnce(): Promise<number> {
  const now = Date.now();
  const results = await runDiagnosis(instantCollectors(now));
  summarize(results);
  formatReportText(results, { generatedAt: new Date(now).toISOString(), extensionVersion: '0.1.0', pageKind: 'dashboard' }, 'zh');
  return results.length;
}

export async function benchDiagnosis(runs = 50): Promise<DiagnosisTime> {
  let checks = 0;
  for (let i = 0; i < 5; i++) checks = await diagnoseOnce();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await diagnoseOnce();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { checks, p50: median(wall), p99: percentile(wall, 99), cpuP50: median(cpu), cpuP99: percentile(cpu, 99) };
}
