import { describe, expect, it, vi } from 'vitest';
import type { CheckResult } from '../../../diagnosis/check-result';
import { conclude, defineCheck, type AnyCheck } from '../../../diagnosis/check';
import { diagnosisChecks } from '../../../diagnosis/checks';
import { collectLocalFacts } from '../../../diagnosis/collect-page';
import { runDiagnosis, type DiagnosisCollectors } from '../../../diagnosis/run';
import type { ProbeResult } from '../../../diagnosis/snapshot';
import { ua } from './fixtures';

const serverDate = 'Sat, 28 Nov 2026 04:00:00 GMT';
const okProbe: ProbeResult = { outcome: 'ok', status: 200, ms: 100, serverDate, receivedAt: Date.parse(serverDate) + 1000 };

function delay<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

function collectors(overrides: Partial<DiagnosisCollectors> = {}): DiagnosisCollectors {
  return {
    collectLocal: () => ({ ua: ua.chrome120Win10, cookieEnabled: true, plugins: [], storage: { local: { ok: true }, session: { ok: true } }, innerWidth: 1400 }),
    probe: async () => okProbe,
    extensionInfo: () => ({ version: '0.1.0', activeOnTab: true }),
    ...overrides,
  };
}

describe('runDiagnosis', () => {
  it('reports every check once, returning them in list order', async () => {
    const seen: CheckResult[] = [];
    const results = await runDiagnosis(collectors(), { onResult: (r) => seen.push(r) });
    expect(results.map((r) => r.id)).toEqual(diagnosisChecks.map((c) => c.id));
    expect(seen).toHaveLength(results.length);
    expect(new Set(seen.map((r) => r.id)).size).toBe(results.length);
    expect(results.find((r) => r.id === 'browser')?.status).toBe('pass');
    expect(results.find((r) => r.id === 'clock')?.status).toBe('pass');
    expect(results.find((r) => r.id === 'reach-platform')?.status).toBe('pass');
    expect(results.find((r) => r.id === 'extension')?.status).toBe('pass');
  });

  it('emits local checks first even when the network answers before local facts', async () => {
    const seen: string[] = [];
    await runDiagnosis(
      collectors({
        collectLocal: () => delay(30, { ua: ua.edge120 }),
        probe: async () => okProbe,
      }),
      { onResult: (r) => seen.push(r.id) },
    );
    const localIds = diagnosisChecks.filter((c) => c.needs.every((n) => n === 'local')).map((c) => c.id);
    expect(seen.slice(0, localIds.length)).toEqual(localIds);
  });

  it('reports network results as each probe finishes', async () => {
    const seen: string[] = [];
    await runDiagnosis(
      collectors({ probe: (target) => delay(target.id === 'platform' ? 60 : 5, okProbe) }),
      { onResult: (r) => seen.push(r.id) },
    );
    expect(seen.indexOf('reach-monitoring')).toBeLessThan(seen.indexOf('reach-platform'));
    // The clock may use either server's time, so it waits for both probes.
    expect(seen.indexOf('reach-monitoring')).toBeLessThan(seen.indexOf('clock'));
    expect(seen.length).toBe(diagnosisChecks.length);
  });

  it('turns a throwing check into skip with the error, and the others still report', async () => {
    const throwing: AnyCheck = {
      id: 'cookies',
      title: { zh: 'Cookie（登录需要）', en: 'Cookies' },
      needs: ['local'],
      run: () => {
        throw new Error('kaputt');
      },
    };
    const checks = diagnosisChecks.map((c) => (c.id === 'cookies' ? throwing : c));
    const results = await runDiagnosis(collectors(), { checks });
    const cookies = results.find((r) => r.id === 'cookies');
    expect(cookies?.status).toBe('skip');
    expect(cookies?.evidence.zh).toContain('kaputt');
    expect(cookies?.title.zh).toContain('Cookie');
    expect(results.filter((r) => r.status === 'pass').length).toBeGreaterThan(3);
  });

  it('turns a check that returns no verdict into skip', async () => {
    const wrong = defineCheck({ id: 'screen', title: { zh: '屏幕', en: 'Screen' }, needs: ['local'], run: () => ({ status: 'great' }) as never });
    const results = await runDiagnosis(collectors(), { checks: [wrong] });
    expect(results).toEqual([expect.objectContaining({ id: 'screen', status: 'skip' })]);
  });

  it('hands a check the fact it collects itself, and an unmeasured one when its collector throws', async () => {
    const sees = defineCheck({
      id: 'cookies',
      title: { zh: '甲', en: 'A' },
      needs: ['local'],
      collect: (env) => env.context,
      run: (_snapshot, own) => conclude('info', { zh: String(own), en: String(own) }),
    });
    const broken = defineCheck({
      id: 'screen',
      title: { zh: '乙', en: 'B' },
      needs: ['local'],
      collect: (): string => {
        throw new Error('no Intl');
      },
      run: (_snapshot, own) => conclude(typeof own === 'string' ? 'pass' : 'skip', { zh: '', en: '' }),
    });
    const checks = [sees, broken];
    const results = await runDiagnosis(
      collectors({ collectLocal: () => collectLocalFacts({ context: 'extension-popup' }, checks) }),
      { checks },
    );
    expect(results.map((r) => [r.id, r.status, r.evidence.en])).toEqual([
      ['cookies', 'info', 'extension-popup'],
      ['screen', 'skip', ''],
    ]);
  });

  it('skips local checks when the local collector throws, keeping network results', async () => {
    const results = await runDiagnosis(
      collectors({
        collectLocal: () => {
          throw new Error('no navigator');
        },
      }),
    );
    const browser = results.find((r) => r.id === 'browser');
    expect(browser?.status).toBe('skip');
    expect(browser?.evidence.zh).toContain('no navigator');
    expect(results.find((r) => r.id === 'reach-platform')?.status).toBe('pass');
  });

  it('bounds a hanging local collector to localTimeoutMs', async () => {
    const started = Date.now();
    const results = await runDiagnosis(collectors({ collectLocal: () => new Promise(() => undefined) }), { localTimeoutMs: 40 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(results.find((r) => r.id === 'browser')?.evidence.zh).toContain('超过 40 毫秒');
  });

  it('bounds a hanging probe; the clock still uses the other server', async () => {
    const results = await runDiagnosis(
      collectors({ probe: (target) => (target.id === 'platform' ? new Promise<ProbeResult>(() => undefined) : Promise.resolve(okProbe)) }),
      { networkTimeoutMs: 50 },
    );
    const platform = results.find((r) => r.id === 'reach-platform');
    expect(platform?.status).toBe('skip');
    expect(platform?.evidence.zh).toContain('超过 50 毫秒');
    expect(results.find((r) => r.id === 'reach-monitoring')?.status).toBe('pass');
    expect(results.find((r) => r.id === 'clock')?.status).toBe('pass');
  });

  it('skips the clock only when every probe failed', async () => {
    const results = await runDiagnosis(collectors({ probe: () => Promise.reject(new Error('offline')) }));
    const clock = results.find((r) => r.id === 'clock');
    expect(clock?.status).toBe('skip');
    expect(clock?.evidence.zh).toContain('offline');
  });

  it('skips the extension check when its collector rejects, and reports it as not collected without one', async () => {
    const failing = await runDiagnosis(collectors({ extensionInfo: () => Promise.reject(new Error('no runtime')) }));
    expect(failing.find((r) => r.id === 'extension')?.evidence.zh).toContain('no runtime');
    const { extensionInfo: _, ...withoutExtension } = collectors();
    const missing = await runDiagnosis(withoutExtension);
    expect(missing.find((r) => r.id === 'extension')?.status).toBe('skip');
  });

  it('survives a throwing onResult listener', async () => {
    const listener = vi.fn(() => {
      throw new Error('ui broke');
    });
    const results = await runDiagnosis(collectors(), { onResult: listener });
    expect(listener).toHaveBeenCalledTimes(results.length);
  });
});
