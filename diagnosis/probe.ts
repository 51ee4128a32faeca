import type { ProbeResult } from './snapshot';
import { errorMessage } from './text';

export interface ProbeOptions {
  timeoutMs?: number;
  slowMs?: number;
  /** Wall clock in epoch ms; also stamps `receivedAt` for the clock check. */
  now?: () => number;
  /**
   * The network error the browser logged for this request, when the caller could see it
   * (e.g. `webRequest.onErrorOccurred` gives `net::ERR_NAME_NOT_RESOLVED`). A page's fetch
   * only gets "Failed to fetch", so without a hint a DNS failure is reported as 'network'.
   */
  netErrorHint?: () => string | undefined;
}

const dnsMarkers = /ERR_NAME_NOT_RESOLVED|ENOTFOUND|EAI_AGAIN|getaddrinfo|NS_ERROR_UNKNOWN_HOST/i;
/** Marker of the script challenge some government sites serve before the real page. */
const challengeMarker = '$_ts';
const smallBodyLimit = 16_384;

function causeCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (!cause) return '';
  return [cause.code, cause.message].filter((v) => typeof v === 'string').join(' ');
}

function isAbort(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

function safeHint(hint: ProbeOptions['netErrorHint']): string {
  try {
    const value = hint?.();
    return typeof value === 'string' ? value : '';
  } catch {
    return '';
  }
}

function headerOf(response: Response, name: string): string | undefined {
  try {
    return response.headers?.get(name) ?? undefined;
  } catch {
    return undefined;
  }
}

function release(response: Response): void {
  try {
    void response.body?.cancel().catch(() => undefined);
  } catch {
    // The body is already used or locked: nothing to release.
  }
}

/**
 * GETs `url` once and classifies the answer. Never throws: every failure becomes an outcome.
 */
export async function probeReachability(
  fetchFn: typeof fetch,
  url: string,
  opts: ProbeOptions = {},
): Promise<ProbeResult> {
  const timeoutMs = opts.timeoutMs ?? 3000;
  const slowMs = opts.slowMs ?? 2000;
  const now = () => {
    try {
      const t = (opts.now ?? Date.now)();
      return Number.isFinite(t) ? t : Date.now();
    } catch {
      return Date.now();
    }
  };
  const started = now();
  const elapsed = () => Math.max(0, Math.round(now() - started));
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      controller?.abort();
      resolve('timeout');
    }, timeoutMs);
  });
  const timeoutResult = (): ProbeResult => ({ outcome: 'timeout', ms: elapsed(), detail: `no answer within ${timeoutMs} ms` });

  try {
    const response = await Promise.race([
      fetchFn(url, { method: 'GET', cache: 'no-store', credentials: 'omit', redirect: 'follow', signal: controller?.signal }),
      timedOut,
    ]);
    if (response === 'timeout') return timeoutResult();
    const receivedAt = now();
    const ms = Math.max(0, Math.round(receivedAt - started));
    const status = typeof response.status === 'number' ? response.status : 0;
    const serverDate = headerOf(response, 'date');
    const base = { status, ms, receivedAt, ...(serverDate ? { serverDate } : {}) };
    if (status === 412) {
      release(response);
      return { ...base, outcome: 'challenge', detail: 'HTTP 412' };
    }
    if (status >= 400) {
      release(response);
      return { ...base, outcome: 'http-error', detail: `HTTP ${status}` };
    }
    const length = Number(headerOf(response, 'content-length'));
    if (status === 200 && Number.isFinite(length) && length > 0 && length <= smallBodyLimit) {
      const body = await Promise.race([response.text().catch(() => ''), timedOut]);
      if (body === 'timeout') return timeoutResult();
      if (body.includes(challengeMarker)) return { ...base, outcome: 'challenge', detail: 'script challenge page' };
    } else {
      release(response);
    }
    const opaque = status === 0 ? { detail: 'opaque response: the server answered, its content is not readable here' } : {};
    return { ...base, ...opaque, outcome: ms > slowMs ? 'slow' : 'ok' };
  } catch (error) {
    if (isAbort(error)) return timeoutResult();
    const message = `${errorMessage(error)} ${causeCode(error)}`.trim();
    const hint = safeHint(opts.netErrorHint);
    const detail = hint ? `${message} (${hint})` : message;
    return { outcome: dnsMarkers.test(`${message} ${hint}`) ? 'dns' : 'network', ms: elapsed(), detail };
  } finally {
    clearTimeout(timer);
  }
}
