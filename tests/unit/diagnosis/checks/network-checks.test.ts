import { describe, expect, it } from 'vitest';
import { checkClock } from '../../../../diagnosis/checks/clock';
import { checkReachMonitoring } from '../../../../diagnosis/checks/reach-monitoring';
import { checkReachPlatform } from '../../../../diagnosis/checks/reach-platform';
import { unmeasured, type ProbeResult } from '../../../../diagnosis/snapshot';

const serverDate = 'Sat, 28 Nov 2026 04:00:00 GMT';
const serverMs = Date.parse(serverDate);

function probeWithSkew(skewMs: number): ProbeResult {
  return { outcome: 'ok', status: 200, ms: 120, serverDate, receivedAt: serverMs + skewMs };
}

describe('clock check', () => {
  it.each([
    [0, 'pass'],
    [-119_000, 'pass'],
    [121_000, 'warn'],
    [-299_000, 'warn'],
    [300_000, 'fail'],
    [8 * 3600_000, 'fail'],
  ] as const)('skew %d ms → %s', (skew, status) => {
    const result = checkClock({ network: { platform: probeWithSkew(skew) } });
    expect(result.status).toBe(status);
    if (status !== 'pass') expect(result.advice.zh).toContain('自动设置时间');
  });

  it('states direction and size of the difference', () => {
    expect(checkClock({ network: { platform: probeWithSkew(192_000) } }).evidence.zh).toContain('快 3 分 12 秒');
    expect(checkClock({ network: { platform: probeWithSkew(-8 * 3600_000) } }).evidence.zh).toContain('慢 8 小时 0 分 0 秒');
    expect(checkClock({ network: { platform: probeWithSkew(-8 * 3600_000) } }).advice.zh).toContain('UTC+08:00');
  });

  it('falls back to the monitoring server when the platform gave no time', () => {
    const result = checkClock({ network: { platform: { outcome: 'timeout', ms: 3000 }, monitoring: probeWithSkew(400_000) } });
    expect(result.status).toBe('fail');
  });

  it('skips without a usable server time', () => {
    expect(checkClock({}).status).toBe('skip');
    expect(checkClock({ network: { platform: unmeasured({ zh: 'x', en: 'x' }) } }).status).toBe('skip');
    expect(checkClock({ network: { platform: { outcome: 'ok', ms: 10, serverDate: 'not a date', receivedAt: 1 } } }).status).toBe('skip');
    expect(checkClock({ network: { platform: { outcome: 'ok', ms: 10, serverDate } } }).status).toBe('skip');
  });
});

describe('reach checks', () => {
  const cases: [ProbeResult, string, string][] = [
    [{ outcome: 'ok', status: 200, ms: 180 }, 'pass', '180 ms'],
    [{ outcome: 'slow', status: 200, ms: 2600 }, 'warn', '较慢'],
    [{ outcome: 'challenge', status: 412, ms: 90 }, 'info', '防护'],
    [{ outcome: 'http-error', status: 500, ms: 90 }, 'fail', '错误 500'],
    [{ outcome: 'http-error', status: 404, ms: 90 }, 'warn', '返回 404'],
    [{ outcome: 'timeout', ms: 3000 }, 'fail', '超时'],
    [{ outcome: 'dns', ms: 20, detail: 'net::ERR_NAME_NOT_RESOLVED' }, 'fail', '域名解析失败'],
    [{ outcome: 'network', ms: 20, detail: 'TypeError: Failed to fetch' }, 'fail', 'Failed to fetch'],
  ];

  it.each(cases)('platform %j → %s', (probe, status, seen) => {
    const result = checkReachPlatform({ network: { platform: probe } });
    expect(result.status).toBe(status);
    expect(result.evidence.zh).toContain(seen);
    expect(result.evidence.zh).toContain('排污许可');
    if (status === 'pass') expect(result.advice.zh).toBe('');
    else expect(result.advice.zh).not.toBe('');
  });

  it('gives different advice for DNS, timeout and server errors', () => {
    const advice = (probe: ProbeResult) => checkReachPlatform({ network: { platform: probe } }).advice.zh;
    expect(advice({ outcome: 'dns', ms: 1 })).toContain('DNS');
    expect(advice({ outcome: 'timeout', ms: 3000 })).toContain('baidu');
    expect(advice({ outcome: 'http-error', status: 503, ms: 1 })).toContain('公告');
  });

  it('reads the monitoring probe for the monitoring check and says it only matters for 监测记录', () => {
    const result = checkReachMonitoring({ network: { platform: { outcome: 'ok', ms: 1 }, monitoring: { outcome: 'timeout', ms: 3000 } } });
    expect(result.status).toBe('fail');
    expect(result.advice.zh).toContain('监测记录');
  });

  it('skips when not probed, with the reason when unmeasured', () => {
    expect(checkReachPlatform({}).status).toBe('skip');
    const result = checkReachMonitoring({ network: { monitoring: unmeasured({ zh: '没有权限', en: 'no permission' }) } });
    expect(result.status).toBe('skip');
    expect(result.evidence.zh).toBe('没有权限');
  });
});
