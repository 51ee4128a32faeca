import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { startMockPlatform, type MockPlatform } from '../mock-platform/server';
import { mockRoutes } from '../mock-platform/routes';
import { platformHosts } from '../../platform/hosts';
import { chromiumPath } from '../../scripts/ensure-browsers';
import { chromiumArgs, launchWithExtension, panel, type ExtensionBrowser } from './support/chromium';
import { platformUrl } from './support/platform';

/**
 * No network but what the user asks for: every request made during a session on the mock platform
 * is recorded. The extension's own requests (service worker, extension pages) must not exist before
 * the diagnosis button is clicked, and after it only GETs to the platform's hosts. Requests made by
 * the pages are compared with the same session in a browser without the extension: the content
 * script adds none (other than loading its own files from the extension).
 */

const creditCodeMarker = '91PRIVACYMARKER7Q3';
const passwordMarker = 'pw-PRIVACY-MARKER-51c0';
const searchMarker = '忘记密码 PRIVACY-SEARCH';

type Origin = 'service-worker' | 'extension-page' | 'web-page';

interface Recorded {
  origin: Origin;
  method: string;
  url: string;
  /** The page (or worker) that made it. */
  from: string;
  phase: 'before-diagnosis' | 'after-diagnosis';
}

/** Routes visited in the session: one mock page of each page kind (main pages first), none that forwards elsewhere on load. */
const sessionRoutes = [...mockRoutes]
  .filter((route) => !['/', '/permitExt/outside/LicenseRedirect', '/cas/logout'].includes(route.path) && !route.path.includes('autologin'))
  .sort((a, b) => Number(!!b.main) - Number(!!a.main))
  .filter((route, index, all) => all.findIndex((other) => other.kind === route.kind && other.site === route.site) === index);

const isExtensionUrl = (url: string) => url.startsWith('chrome-extension://');

function classify(request: Request): { origin: Origin; from: string } {
  const worker = request.serviceWorker();
  if (worker) return { origin: 'service-worker', from: worker.url() };
  let frameUrl = '';
  try {
    frameUrl = request.frame().url();
  } catch {
    // A request without a frame (e.g. a worker's): attributed by its own URL below.
  }
  return { origin: isExtensionUrl(frameUrl) ? 'extension-page' : 'web-page', from: frameUrl };
}

function record(context: BrowserContext, phase: () => Recorded['phase']): Recorded[] {
  const seen: Recorded[] = [];
  context.on('request', (request) => {
    seen.push({ ...classify(request), method: request.method(), url: request.url(), phase: phase() });
  });
  return seen;
}

/** What a page request is compared by: method, host and path (queries carry timestamps). */
function requestKey(method: string, url: string): string {
  try {
    const parsed = new URL(url);
    return `${method} ${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return `${method} ${url}`;
  }
}

async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  // Long enough for the content script (document_idle) to start, detect, mount and load its parts.
  await page.waitForTimeout(500);
}

let mock: MockPlatform;
/** Per route path: the page requests a browser without the extension makes on a visit. */
const baseline = new Map<string, Set<string>>();
let extension: ExtensionBrowser;
let phase: Recorded['phase'] = 'before-diagnosis';
let recorded: Recorded[] = [];
/** Per route path: the page requests made on the visit with the extension. */
const withExtension = new Map<string, Recorded[]>();
let popup: Page;
/** The platform page with the panel open. */
let platformPage: Page;

beforeAll(async () => {
  mock = await startMockPlatform();

  const profile = await mkdtemp(join(tmpdir(), 'permit-helper-baseline-'));
  const plain = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs(mock.port),
  });
  try {
    const page = await plain.newPage();
    for (const route of sessionRoutes) {
      const keys = new Set<string>();
      const listener = (request: Request) => keys.add(requestKey(request.method(), request.url()));
      plain.on('request', listener);
      await visit(page, platformUrl(route));
      plain.off('request', listener);
      baseline.set(route.path, keys);
    }
  } finally {
    await plain.close();
    await rm(profile, { recursive: true, force: true });
  }

  extension = await launchWithExtension({ port: mock.port });
  recorded = record(extension.context, () => phase);
  const page = await extension.context.newPage();
  for (const route of sessionRoutes) {
    const start = recorded.length;
    await visit(page, platformUrl(route));
    withExtension.set(route.path, recorded.slice(start));
  }

  // Type into the platform's own fields: a credit code and passwords.
  await visit(page, platformUrl(mockRoutes.find((route) => route.kind === 'apply-basic-info')!));
  await page.locator('#tyshxydm').fill(creditCodeMarker);
  await page.locator('#tyshxydm').blur();
  await page.waitForTimeout(500);
  await visit(page, platformUrl(mockRoutes.find((route) => route.path === '/cas/login')!));
  await page.locator('#password').fill(passwordMarker);
  await page.locator('#password').blur();

  // Use the panel: open it, search the FAQ.
  const root = panel(page);
  await root.waitFor({ state: 'attached', timeout: 8000 });
  if ((await root.getAttribute('data-state')) !== 'open') await page.locator('[data-testid=panel-toggle]').click();
  await page.locator('[data-testid=panel-section-search]').click();
  const search = root.locator('input[type=search], input[type=text]').first();
  await search.fill(searchMarker);
  await page.waitForTimeout(500);
  // Looking at the panel's 「环境检测」 section without pressing its button sends nothing either.
  await page.locator('[data-testid=panel-section-checks]').click();
  await page.waitForTimeout(500);
  platformPage = page;

  // Open the popup without running anything.
  popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
  await popup.waitForTimeout(1000);
}, 240_000);

afterAll(async () => {
  await extension?.close();
  await mock?.close();
});

const extensionMade = (requests: Recorded[]) =>
  requests.filter((request) => request.origin !== 'web-page' && !isExtensionUrl(request.url));

describe('before the user asks for a diagnosis', () => {
  it('the session visited every page and saw their requests', () => {
    expect(withExtension.size).toBe(sessionRoutes.length);
    expect(recorded.filter((request) => request.origin === 'web-page').length).toBeGreaterThan(sessionRoutes.length);
  });

  it('the service worker and the extension pages make no network request at all', () => {
    expect(extensionMade(recorded)).toEqual([]);
  });

  it('the pages make no request a browser without the extension does not make (other than the extension’s own files)', () => {
    const added = [...withExtension].flatMap(([path, requests]) =>
      requests
        .filter((request) => request.origin === 'web-page' && !isExtensionUrl(request.url))
        .filter((request) => !baseline.get(path)!.has(requestKey(request.method, request.url)))
        .map((request) => `${path}: ${request.method} ${request.url}`),
    );
    expect(added).toEqual([]);
  });

  it('nothing at all goes to a host other than the platform’s', () => {
    const elsewhere = recorded.filter((request) => {
      if (isExtensionUrl(request.url) || request.url.startsWith('data:') || request.url.startsWith('blob:')) return false;
      return !(platformHosts as readonly string[]).includes(new URL(request.url).hostname);
    });
    expect(elsewhere.map((request) => `${request.origin} ${request.method} ${request.url}`)).toEqual([]);
  });
});

describe('after the diagnosis click', () => {
  let afterClick: Recorded[];

  beforeAll(async () => {
    phase = 'after-diagnosis';
    const start = recorded.length;
    await popup.locator('[data-testid=diagnose]').click();
    await popup.locator('[data-testid=report][data-state=done]').waitFor({ timeout: 20_000 });
    // The same diagnosis from the panel on the platform page: its probes go through the service worker.
    await platformPage.locator('[data-testid=diagnose]').click();
    await platformPage.locator('[data-testid=report][data-state=done]').waitFor({ state: 'attached', timeout: 20_000 });
    await popup.waitForTimeout(300);
    afterClick = recorded.slice(start);
  }, 40_000);

  it('the extension makes only GET requests to the platform’s hosts', () => {
    const made = extensionMade(afterClick);
    expect(made.filter((request) => request.origin === 'extension-page').length).toBeGreaterThan(0);
    expect(made.filter((request) => request.origin === 'service-worker').length).toBeGreaterThan(0);
    for (const request of made) {
      expect(request.method, request.url).toBe('GET');
      expect(platformHosts as readonly string[], request.url).toContain(new URL(request.url).hostname);
    }
  });

  it('the recorder sees a service worker’s requests (so an empty list above means none were made)', async () => {
    const start = recorded.length;
    await extension.serviceWorker.evaluate(async (url) => {
      await fetch(url).then((response) => response.text()).catch(() => undefined);
    }, 'https://permit.mee.gov.cn/favicon.ico');
    await expect
      .poll(() => recorded.slice(start).filter((request) => request.origin === 'service-worker').length, { timeout: 5000 })
      .toBeGreaterThan(0);
  });
});

describe('what the extension stores', () => {
  it('holds nothing the user typed into the platform’s fields', async () => {
    const stored = await extension.serviceWorker.evaluate(async () => {
      type Area = { get(keys: null): Promise<Record<string, unknown>> };
      const storage = (globalThis as unknown as { chrome: { storage: Record<'local' | 'sync' | 'session', Area> } }).chrome.storage;
      const areas = { local: storage.local, sync: storage.sync, session: storage.session };
      const out: Record<string, unknown> = {};
      for (const [name, area] of Object.entries(areas)) out[name] = await area.get(null).catch((error: unknown) => String(error));
      return out;
    });
    const pageStorage = await popup.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage } }));
    const text = JSON.stringify({ stored, pageStorage });
    expect(text).not.toContain(creditCodeMarker);
    expect(text).not.toContain(passwordMarker);
    expect(text).not.toContain('PRIVACY-SEARCH');
    // The panel state it does keep is in there: the check reads the real storage.
    expect(text).toMatch(/panel/i);
  });
});
