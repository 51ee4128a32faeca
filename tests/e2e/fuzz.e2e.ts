import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pageKinds } from '../../platform/page-kinds';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { allMutations, fuzzHost, fuzzPage, startFuzzServer, type FuzzPage, type FuzzServer } from './support/fuzz-pages';

/**
 * Never break the page: at least 500 generated pages (mutated mock pages at platform paths) are
 * loaded in one tab with the extension. For each: no error attributable to the extension, the
 * page's own scripts ran, the panel is there with a valid page kind or cleanly absent, and no
 * 「助手出错」 box. Reproduce one page with FUZZ_SEEDS=<seed> (comma-separated) or
 * http://permit.mee.gov.cn/<path>?__fuzz=<seed> against the fuzz server.
 */
const pageCount = Number(process.env.FUZZ_PAGES ?? 500);
const seeds = process.env.FUZZ_SEEDS
  ? process.env.FUZZ_SEEDS.split(',').map(Number)
  : Array.from({ length: pageCount }, (_, index) => index);

interface Outcome {
  seed: number;
  url: string;
  mutations: string[];
  problems: string[];
  panel: 'present' | 'absent';
  pageErrors: number;
  ms: number;
}

let server: FuzzServer;
let browser: ExtensionBrowser;
let page: Page;
let current: { seed: number; extensionErrors: string[]; pageErrors: string[] } = { seed: -1, extensionErrors: [], pageErrors: [] };
const outcomes: Outcome[] = [];

const fromExtension = (text: string | undefined) => !!text && text.includes('chrome-extension://');

beforeAll(async () => {
  server = await startFuzzServer();
  browser = await launchWithExtension({ port: server.port });
  page = await freshPage();
  browser.serviceWorker.on('console', (message) => {
    if (message.type() === 'error') current.extensionErrors.push(`service worker: ${message.text()}`);
  });

  // Open the panel once: the state is remembered, so every page shows the panel's body, and with it any 「助手出错」 box.
  const first = fuzzPage(1_000_000);
  await page.goto(`http://${fuzzHost(first)}${first.route.path}`, { waitUntil: 'load' });
  await page.locator('[data-testid=panel-toggle]').click({ timeout: 10_000 });
  await page.locator('[data-testid=panel][data-state=open]').waitFor({ state: 'attached', timeout: 5000 });
}, 60_000);

async function freshPage(): Promise<Page> {
  const next = await browser.context.newPage();
  // Leave pages that ask before unloading (the platform's forms do), and close every alert.
  next.on('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()).catch(() => undefined));
  next.on('pageerror', (error) => {
    const text = `${error.name}: ${error.message}\n${error.stack ?? ''}`;
    if (fromExtension(error.stack) || fromExtension(error.message)) current.extensionErrors.push(`pageerror ${text}`);
    else current.pageErrors.push(text);
  });
  next.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    if (fromExtension(where) || fromExtension(message.text())) current.extensionErrors.push(`console ${where}: ${message.text()}`);
  });
  return next;
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Waits until the page that stays has loaded: pages that reload or navigate themselves get there on
 * their own. Read through attributes, with locators (Playwright's own world): a page that replaced
 * its globals (Promise, JSON…) cannot stall the check.
 */
async function settle(target: Page): Promise<void> {
  await target
    .locator('html[data-fuzz-loaded]:not([data-fuzz-leaving])')
    .waitFor({ state: 'attached', timeout: 10_000 })
    .catch(() => undefined);
}

const validKinds = new Set(Object.keys(pageKinds));

async function check(fuzz: FuzzPage): Promise<Outcome> {
  const started = Date.now();
  const url = `http://${fuzzHost(fuzz)}${fuzz.path}`;
  current = { seed: fuzz.seed, extensionErrors: [], pageErrors: [] };
  const problems: string[] = [];

  await page.goto(url, { waitUntil: 'load', timeout: 10_000 }).catch(() => undefined);
  await settle(page);
  const host = page.locator('permit-helper-panel');
  let present = await host
    .first()
    .waitFor({ state: 'attached', timeout: 2500 })
    .then(
      () => true,
      () => false,
    );
  if (present) {
    const kind = await page
      .locator('[data-testid=panel]')
      .first()
      .getAttribute('data-page-kind', { timeout: 2000 })
      .catch(() => null);
    // A page may remove the panel's host itself (dom-churn): then the panel is cleanly absent.
    const hosts = await host.count();
    if (hosts > 0 && (kind === null || !validKinds.has(kind))) problems.push(`panel host present but no valid data-page-kind (${String(kind)})`);
    if (hosts > 1) problems.push(`${hosts} panels in the top frame`);
    if (hosts === 0) present = false;
  }
  // A click reaches the helper's page-event path (it looks again shortly after).
  await page.mouse.click(3, 3).catch(() => undefined);
  await page.waitForTimeout(60);

  const ran = (await page.locator('html[data-fuzz-script]').count().catch(() => 0)) > 0;
  if (!ran) problems.push('the page’s own inline script did not run');
  if ((await page.locator('[data-testid=helper-error]').count()) > 0) {
    const detail = await page.locator('[data-testid=helper-error] pre').first().textContent().catch(() => '');
    problems.push(`「助手出错」 shown: ${detail}`);
  }
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const count = await frame.locator('permit-helper-panel').count().catch(() => 0);
    if (count > 0) problems.push(`a panel inside the sub-frame ${frame.url()}`);
  }
  problems.push(...current.extensionErrors);
  return {
    seed: fuzz.seed,
    url,
    mutations: fuzz.mutations,
    problems,
    panel: present ? 'present' : 'absent',
    pageErrors: current.pageErrors.length,
    ms: Date.now() - started,
  };
}

/** Pages are checked in batches: each batch is its own test, so progress and failures show as they come. */
const batchSize = 50;
const batches = Array.from({ length: Math.ceil(seeds.length / batchSize) }, (_, index) => seeds.slice(index * batchSize, (index + 1) * batchSize));
const hungMs = 20_000;
let startedAt = 0;

async function checkWithLimit(seed: number): Promise<Outcome> {
  const fuzz = fuzzPage(seed);
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<Outcome>((resolve) => {
    timer = setTimeout(
      () => resolve({ seed, url: fuzz.path, mutations: fuzz.mutations, problems: [`the page check hung for ${hungMs / 1000} s`], panel: 'absent', pageErrors: 0, ms: hungMs }),
      hungMs,
    );
  });
  const outcome = await Promise.race([check(fuzz), hung]);
  clearTimeout(timer);
  if (outcome.ms >= hungMs) {
    await page.close().catch(() => undefined);
    page = await freshPage();
  }
  if (process.env.FUZZ_VERBOSE) console.log(seed, outcome.ms, outcome.panel, fuzz.mutations.join('+'), outcome.problems.join(' | ').slice(0, 300));
  return outcome;
}

const describeFailures = (list: readonly Outcome[]) =>
  list.filter((outcome) => outcome.problems.length > 0).map((outcome) => `seed ${outcome.seed} [${outcome.mutations.join('+')}] ${outcome.url}\n  ${outcome.problems.join('\n  ')}`);

describe('the extension on generated pages', () => {
  it.each(batches.map((batch) => [batch[0]!, batch[batch.length - 1]!, batch] as const))(
    'seeds %i–%i: no extension error, page scripts ran, panel valid or absent, no 「助手出错」',
    async (_first, _last, batch) => {
      startedAt ||= Date.now();
      const results: Outcome[] = [];
      for (const seed of batch) results.push(await checkWithLimit(seed));
      outcomes.push(...results);
      expect(describeFailures(results)).toEqual([]);
    },
    240_000,
  );

  it('covered every mutation on enough pages, most of them with the panel', () => {
    const seconds = (Date.now() - startedAt) / 1000;
    const absent = outcomes.filter((outcome) => outcome.panel === 'absent');
    console.log(
      `fuzz: ${outcomes.length} pages in ${seconds.toFixed(1)} s (${((seconds * 1000) / Math.max(1, outcomes.length)).toFixed(0)} ms/page); ` +
        `panel absent on ${absent.length} (${[...new Set(absent.flatMap((outcome) => outcome.mutations))].join(', ')}); ` +
        `pages with their own script errors: ${outcomes.filter((outcome) => outcome.pageErrors > 0).length}`,
    );
    expect(outcomes.length).toBe(seeds.length);
    if (process.env.FUZZ_SEEDS || process.env.FUZZ_PAGES) return;
    expect(outcomes.length).toBeGreaterThanOrEqual(500);
    for (const mutation of allMutations) expect(outcomes.some((outcome) => outcome.mutations.includes(mutation))).toBe(true);
    expect(outcomes.length - absent.length).toBeGreaterThan(outcomes.length * 0.8);
  });
});
