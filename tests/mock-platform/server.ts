import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { monitoringHosts } from '../../platform/hosts';
import { faviconPng, newCaptcha } from './captcha';
import { findMockRoute, mockRoutes, type MockSite } from './routes';
import {
  challengePage,
  isScenarioTarget,
  scenarioFromQuery,
  tomcatErrorPage,
  type Scenario,
  type ScenarioTarget,
} from './scenario';
import { platformCertificate } from './tls';

export type { Scenario, ScenarioTarget } from './scenario';

export interface MockPlatform {
  port: number;
  /** http://127.0.0.1:PORT (the same port also speaks HTTPS). */
  origin: string;
  close(): Promise<void>;
  setScenario(target: ScenarioTarget, scenario: Scenario): void;
  resetScenarios(): void;
}

export interface MockPlatformOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Loopback address to listen on; default 127.0.0.1. */
  host?: string;
}

const TLS_HANDSHAKE = 0x16;
/** Captcha codes remembered per session; the oldest are forgotten beyond this. */
const MAX_CAPTCHA_SESSIONS = 2000;
const MAX_BODY_BYTES = 32 * 1024 * 1024;
const HTML = 'text/html; charset=UTF-8';

/** Monitoring hosts get the monitoring platform; every other host (permit.*, 127.0.0.1, localhost) the permit platform. */
export function siteForHost(hostHeader: string | undefined): MockSite {
  const hostname = (hostHeader ?? '').replace(/:\d+$/, '').toLowerCase();
  return (monitoringHosts as readonly string[]).includes(hostname) ? 'monitoring' : 'permit';
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) cookies[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return cookies;
}

function newSessionId(): string {
  return Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('').toUpperCase();
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve(Buffer.alloc(0)));
  });
}

interface Reply {
  status: number;
  body: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

export async function startMockPlatform(opts: MockPlatformOptions = {}): Promise<MockPlatform> {
  const host = opts.host ?? '127.0.0.1';
  const scenarios: Record<ScenarioTarget, Scenario> = { permit: { mode: 'ok' }, monitoring: { mode: 'ok' } };
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  /** JSESSIONID → the code of the last captcha image that session was shown (CAS keeps it in the session). */
  const captchas = new Map<string, string>();
  let closing = false;

  function rememberCaptcha(session: string, code: string): void {
    captchas.delete(session);
    captchas.set(session, code);
    if (captchas.size > MAX_CAPTCHA_SESSIONS) captchas.delete(captchas.keys().next().value as string);
  }

  function send(res: ServerResponse, reply: Reply, skewMinutes = 0): void {
    if (res.destroyed || res.headersSent) return;
    const body = typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body;
    res.statusCode = reply.status;
    res.setHeader('Date', new Date(Date.now() + skewMinutes * 60_000).toUTCString());
    res.setHeader('Content-Type', reply.contentType ?? HTML);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Length', body.length);
    for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
    res.end(body);
  }

  function control(url: URL, cookies: Record<string, string>): Reply {
    const json = (status: number, value: unknown): Reply => ({
      status,
      body: JSON.stringify(value, null, 2),
      contentType: 'application/json; charset=UTF-8',
    });
    if (url.pathname === '/__mock__/reset') {
      resetScenarios();
      return json(200, { scenarios });
    }
    if (url.pathname === '/__mock__/scenario') {
      const target = url.searchParams.get('target');
      const scenario = scenarioFromQuery(url.searchParams);
      if (!isScenarioTarget(target) || !scenario) {
        return json(400, {
          error: 'use ?target=permit|monitoring&mode=ok|skew&minutes=N|timeout|error500|challenge412|slow&ms=N',
        });
      }
      scenarios[target] = scenario;
      return json(200, { scenarios });
    }
    if (url.pathname === '/__mock__/routes') {
      return json(
        200,
        mockRoutes.map(({ path, site, kind, title, main, status, variant }) => ({ path, site, kind, title, main: !!main, status: status ?? 200, variant })),
      );
    }
    if (url.pathname === '/__mock__/captcha') {
      // Tests read the code a session's captcha image shows (?session=JSESSIONID, or the cookie).
      const session = url.searchParams.get('session') ?? cookies.JSESSIONID ?? '';
      const code = captchas.get(session);
      return code ? json(200, { session, code }) : json(404, { error: 'no captcha shown to this session' });
    }
    return json(404, { error: 'unknown control path' });
  }

  async function answer(req: IncomingMessage, url: URL, site: MockSite): Promise<Reply> {
    const rawBody = await readBody(req);
    const body = rawBody.toString('utf8');
    const cookies = parseCookies(req.headers.cookie);
    // CAS pages open a session (the captcha lives in it); blocked cookies mean a new one each time.
    const casPath = site === 'permit' && url.pathname.startsWith('/cas/');
    const session = cookies.JSESSIONID ?? (casPath ? newSessionId() : undefined);
    const sessionCookie: Record<string, string> =
      casPath && !cookies.JSESSIONID && session ? { 'Set-Cookie': `JSESSIONID=${session}; Path=/cas; HttpOnly` } : {};
    if (site === 'permit' && url.pathname === '/cas/kaptcha.jpg') {
      const captcha = newCaptcha();
      if (session) rememberCaptcha(session, captcha.code);
      return { status: 200, body: captcha.png, contentType: 'image/png', headers: sessionCookie };
    }
    if (url.pathname === '/favicon.ico') return { status: 200, body: faviconPng, contentType: 'image/png' };
    const route = findMockRoute(site, url);
    if (!route) return { status: 404, body: tomcatErrorPage(404, url.pathname) };
    try {
      const captcha = session ? captchas.get(session) : undefined;
      const out = route.render({ url, method: req.method ?? 'GET', body, rawBody, cookies, ...(captcha ? { captcha } : {}) });
      const headers = { ...sessionCookie, ...(out.headers ?? {}) };
      return {
        status: out.status ?? 200,
        body: out.html,
        headers,
        ...(out.contentType ? { contentType: out.contentType } : {}),
      };
    } catch (error) {
      console.error('[mock-platform] page failed', url.href, error);
      return { status: 500, body: tomcatErrorPage(500, url.pathname) };
    }
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const encrypted = 'encrypted' in req.socket && req.socket.encrypted === true;
    const hostHeader = req.headers.host ?? `${host}:${port}`;
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `${encrypted ? 'https' : 'http'}://${hostHeader}`);
    } catch {
      send(res, { status: 400, body: tomcatErrorPage(404, req.url ?? '') });
      return;
    }
    if (url.pathname.startsWith('/__mock__/')) {
      send(res, control(url, parseCookies(req.headers.cookie)));
      return;
    }
    const site = siteForHost(hostHeader);
    const scenario = scenarios[site];
    switch (scenario.mode) {
      case 'timeout':
        // Never answer; the socket is destroyed by close().
        req.resume();
        return;
      case 'error500':
        req.resume();
        send(res, { status: 500, body: tomcatErrorPage(500, url.pathname) });
        return;
      case 'challenge412':
        req.resume();
        send(res, { status: 412, body: challengePage() });
        return;
      case 'slow': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          void answer(req, url, site).then((reply) => send(res, reply));
        }, scenario.ms);
        timers.add(timer);
        return;
      }
      case 'skew':
        void answer(req, url, site).then((reply) => send(res, reply, scenario.minutes));
        return;
      case 'ok':
        void answer(req, url, site).then((reply) => send(res, reply));
    }
  }

  function resetScenarios(): void {
    scenarios.permit = { mode: 'ok' };
    scenarios.monitoring = { mode: 'ok' };
  }

  const httpServer = createHttpServer(handle);
  const tls = await platformCertificate();
  const httpsServer = tls ? createHttpsServer({ key: tls.key, cert: tls.cert }, handle) : undefined;
  httpsServer?.on('tlsClientError', () => undefined);
  for (const server of [httpServer, httpsServer]) server?.on('clientError', (_error, socket) => socket.destroy());

  // One port, two protocols: peek at the first byte (0x16 opens a TLS ClientHello).
  const front = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    if (closing) {
      socket.destroy();
      return;
    }
    socket.once('data', (first: Buffer) => {
      socket.pause();
      socket.unshift(first);
      const target = first[0] === TLS_HANDSHAKE && httpsServer ? httpsServer : httpServer;
      target.emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });

  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(opts.port ?? 0, host, () => {
      front.off('error', reject);
      resolve();
    });
  });
  const port = (front.address() as AddressInfo).port;

  return {
    port,
    origin: `http://${host}:${port}`,
    setScenario(target, scenario) {
      scenarios[target] = scenario;
    },
    resetScenarios,
    close() {
      closing = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return new Promise<void>((resolve) => {
        front.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}
