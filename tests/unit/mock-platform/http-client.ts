import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
}

export interface RawRequest {
  port: number;
  path: string;
  /** The Host header (and TLS server name); default permit.mee.gov.cn. */
  host?: string;
  tls?: boolean;
  method?: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** Abort after this many ms (rejects with an error whose message is 'timeout'). */
  timeoutMs?: number;
}

/** One request to the mock on 127.0.0.1, as a browser mapped there by host-resolver rules would send it. */
export function rawRequest(req: RawRequest): Promise<RawResponse> {
  const host = req.host ?? 'permit.mee.gov.cn';
  return new Promise((resolve, reject) => {
    const options = {
      host: '127.0.0.1',
      port: req.port,
      path: req.path,
      method: req.method ?? 'GET',
      headers: { Host: host, ...(req.headers ?? {}) },
      agent: false as const,
    };
    const onResponse = (res: import('node:http').IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
      });
      res.on('error', reject);
    };
    const client = req.tls
      ? httpsRequest({ ...options, servername: host, rejectUnauthorized: false }, onResponse)
      : httpRequest(options, onResponse);
    client.on('error', reject);
    if (req.timeoutMs !== undefined) {
      client.setTimeout(req.timeoutMs, () => {
        client.destroy(new Error('timeout'));
      });
    }
    client.end(req.body);
  });
}

/** Follows up to five redirects (relative Location headers only, as the mock sends). */
export async function followRequest(req: RawRequest): Promise<RawResponse & { path: string }> {
  let path = req.path;
  for (let hop = 0; hop < 5; hop++) {
    const res = await rawRequest({ ...req, path, ...(hop > 0 ? { method: 'GET', body: undefined } : {}) });
    const location = res.headers.location;
    if (res.status < 300 || res.status >= 400 || !location) return { ...res, path };
    const next = new URL(location, `http://mock${path}`);
    path = next.pathname + next.search;
  }
  throw new Error(`too many redirects from ${req.path}`);
}

export function titleOf(html: string): string | undefined {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1];
}
