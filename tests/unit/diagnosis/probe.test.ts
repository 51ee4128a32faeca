import { afterEach, describe, expect, it, vi } from 'vitest';
import { probeReachability } from '../../../diagnosis/probe';

const url = 'https://permit.mee.gov.cn/permitExt/defaults/default-index!getInformation.action';
const date = 'Sat, 28 Nov 2026 04:00:00 GMT';

/** A fake clock that advances by the given steps on each read. */
function clock(...reads: number[]) {
  let i = 0;
  return () => reads[Math.min(i++, reads.length - 1)] ?? 0;
}

function respond(status: number, headers: Record<string, string> = {}, body = ''): typeof fetch {
  return vi.fn(async () => new Response(status === 204 ? null : body, { status, headers: { date, ...headers } }));
}

afterEach(() => {
  vi.useRealTimers();
});

describe('probeReachability', () => {
  it('asks without cookies or cache and reports ok with the server date', async () => {
    const fetchFn = respond(200, {}, '<html>平台</html>');
    const result = await probeReachability(fetchFn, url, { now: clock(1000, 1150) });
    expect(result).toEqual({ outcome: 'ok', status: 200, ms: 150, receivedAt: 1150, serverDate: date });
    const init = vi.mocked(fetchFn).mock.calls[0]?.[1];
    expect(init).toMatchObject({ method: 'GET', cache: 'no-store', credentials: 'omit' });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it('calls an answer after slowMs slow', async () => {
    const result = await probeReachability(respond(200), url, { now: clock(0, 2500) });
    expect(result.outcome).toBe('slow');
    expect(result.ms).toBe(2500);
  });

  it('reports HTTP errors with their status', async () => {
    const result = await probeReachability(respond(500), url, { now: clock(0, 40) });
    expect(result).toMatchObject({ outcome: 'http-error', status: 500, serverDate: date });
  });

  it('reports 412 as the anti-bot challenge', async () => {
    expect(await probeReachability(respond(412), url)).toMatchObject({ outcome: 'challenge', status: 412 });
  });

  it('recognises a small 200 page that is a script challenge', async () => {
    const body = "<html><meta content='x' r='m'><script>$_ts=window['$_ts'];</script></html>";
    const result = await probeReachability(respond(200, { 'content-length': String(body.length) }, body), url);
    expect(result.outcome).toBe('challenge');
  });

  it('does not read large bodies', async () => {
    const body = `${'x'.repeat(100)}$_ts`;
    const result = await probeReachability(respond(200, { 'content-length': '900000' }, body), url);
    expect(result.outcome).toBe('ok');
  });

  it('times out with fake timers when the server never answers, aborting the request', async () => {
    vi.useFakeTimers();
    let signal: AbortSignal | undefined;
    const fetchFn = vi.fn((_input: RequestInfo | URL, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return new Promise<Response>(() => undefined);
    }) as unknown as typeof fetch;
    const pending = probeReachability(fetchFn, url, { timeoutMs: 3000 });
    await vi.advanceTimersByTimeAsync(3000);
    const result = await pending;
    expect(result.outcome).toBe('timeout');
    expect(signal?.aborted).toBe(true);
  });

  it('treats an AbortError from fetch as a timeout', async () => {
    const fetchFn = (_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      });
    const result = await probeReachability(fetchFn as typeof fetch, url, { timeoutMs: 20 });
    expect(result.outcome).toBe('timeout');
  });

  it('reports a thrown TypeError honestly as a network failure', async () => {
    const fetchFn = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await probeReachability(fetchFn, url);
    expect(result.outcome).toBe('network');
    expect(result.detail).toContain('Failed to fetch');
  });

  it('tells DNS failures apart from the error cause or a browser hint', async () => {
    const nodeStyle = vi.fn(async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND permit.mee.gov.cn' } });
    });
    expect((await probeReachability(nodeStyle, url)).outcome).toBe('dns');
    const chromium = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const hinted = await probeReachability(chromium, url, { netErrorHint: () => 'net::ERR_NAME_NOT_RESOLVED' });
    expect(hinted.outcome).toBe('dns');
    expect(hinted.detail).toContain('ERR_NAME_NOT_RESOLVED');
    const otherHint = await probeReachability(chromium, url, { netErrorHint: () => 'net::ERR_CONNECTION_RESET' });
    expect(otherHint.outcome).toBe('network');
  });

  it('never throws, even when fetch itself throws synchronously or the hint throws', async () => {
    const broken = (() => {
      throw new Error('boom');
    }) as unknown as typeof fetch;
    const result = await probeReachability(broken, url, {
      netErrorHint: () => {
        throw new Error('hint broke');
      },
    });
    expect(result.outcome).toBe('network');
    expect(await probeReachability(undefined as unknown as typeof fetch, url)).toMatchObject({ outcome: 'network' });
  });
});
