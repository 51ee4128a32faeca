/**
 * One page load under one condition, measured with CDP (`Performance.getMetrics`) and the
 * panel-ready probe, plus the loop that alternates conditions and pages.
 *
 * What "task time" is: the difference of the page target's TaskDuration (ScriptDuration) between
 * just before navigation and `settleMs` after the load event, in thread time (`timeDomain:
 * 'threadTicks'`, CPU time of the renderer's main thread, so time the thread waited for a CPU on a
 * busy machine does not count). Metrics are per renderer main thread: same-origin iframes (the
 * dashboard's mainFrame) run on it and are included, as are content scripts in every world; the
 * extension's service worker (another process) is not. Out-of-process iframes would not be
 * included: `oopifs` counts them so the report can say so. Heap is JSHeapUsedSize after a forced
 * garbage collection, after the timing was read.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { CDPSession } from 'playwright-core';
import { panelReadyProbe, panelTimesKey, type PanelTimes } from './panel-ready-probe';
import type { BenchBrowser, Condition } from './browsers';

export interface BenchPage {
  id: string;
  /** What the table calls it. */
  label: string;
  url: string;
  /** The page kind the panel must show when ours is loaded. */
  kind: string;
  /** Which budget applies: light (mock) pages, heavy pages (the platform's weight), or the flat-cost curve only. */
  weight: 'light' | 'heavy' | 'curve';
  /** Rows of the list, for the flat-cost curve. */
  rows?: number;
}

export interface LoadSample {
  taskMs: number;
  scriptMs: number;
  heapBytes: number;
  loadMs: number;
  dclMs: number;
  panel: PanelTimes;
  oopifs: number;
}

type Metrics = Record<string, number>;

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

/** A counter that restarted (new renderer process on navigation) counts from zero. */
const delta = (after: number, before: number): number => (after >= before ? after - before : after);

/** tsx (esbuild keepNames) wraps named inner functions in `__name(…)`; the page has no such helper. */
export async function installPanelProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: `(() => { const __name = (fn) => fn; (${panelReadyProbe.toString()})(); })();` });
}

async function countOopifs(context: BrowserContext, page: Page): Promise<number> {
  let count = 0;
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    try {
      const session = await context.newCDPSession(frame);
      count++;
      await session.detach();
    } catch {
      // In-process frame: its work is in the page's metrics.
    }
  }
  return count;
}

export async function measureLoad(context: BrowserContext, url: string, settleMs: number): Promise<LoadSample> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await metrics(cdp);
    // The 3,000-row list takes seconds to load on a busy machine.
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForTimeout(settleMs);
    const after = await metrics(cdp);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await metrics(cdp);
    const timing = await page.evaluate((key) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const panel = (window as unknown as Record<string, PanelTimes | undefined>)[key];
      return {
        loadMs: nav?.loadEventStart ?? Number.NaN,
        dclMs: nav?.domContentLoadedEventStart ?? Number.NaN,
        panel: panel ? { ...panel } : { dcl: -1, hostAt: -1, mountedAt: -1, readyAt: -1, kind: '' },
      };
    }, panelTimesKey);
    const oopifs = await countOopifs(context, page);
    await cdp.detach();
    return {
      taskMs: delta(after.TaskDuration ?? 0, before.TaskDuration ?? 0) * 1000,
      scriptMs: delta(after.ScriptDuration ?? 0, before.ScriptDuration ?? 0) * 1000,
      heapBytes: heap.JSHeapUsedSize ?? Number.NaN,
      ...timing,
      oopifs,
    };
  } finally {
    await page.close();
  }
}

export type LoadResults = Record<string, Partial<Record<Condition, LoadSample[]>>>;

/**
 * `iterations` rounds; in each, every page is loaded once in every context, the order of the
 * contexts rotating from page to page and round to round so none is always first or last. The
 * samples come back by page, then by context (in the order given).
 */
export async function alternateLoads(
  contexts: readonly BrowserContext[],
  pages: readonly BenchPage[],
  options: {
    iterations: number;
    settleMs: number;
    onProgress?: (done: number, total: number) => void;
    /** Which of the contexts load a page (default: all). */
    loadsIn?: (page: BenchPage, contextIndex: number) => boolean;
  },
): Promise<LoadSample[][][]> {
  const loadsIn = options.loadsIn ?? (() => true);
  const samples = pages.map(() => contexts.map((): LoadSample[] => []));
  const total = options.iterations * pages.reduce((sum, page) => sum + contexts.filter((_, index) => loadsIn(page, index)).length, 0);
  let done = 0;
  for (let round = 0; round < options.iterations; round++) {
    for (const [pageIndex, page] of pages.entries()) {
      for (let turn = 0; turn < contexts.length; turn++) {
        const index = (round + pageIndex + turn) % contexts.length;
        if (!loadsIn(page, index)) continue;
        samples[pageIndex]![index]!.push(await measureLoad(contexts[index]!, page.url, options.settleMs));
        options.onProgress?.(++done, total);
      }
    }
  }
  return samples;
}

/** The conditions a page loads in: the flat-cost curve's extra pages need only the no-op and ours. */
export const pageLoadsIn = (page: BenchPage, condition: Condition): boolean =>
  page.weight !== 'curve' || condition === 'noop' || condition === 'ours';

/** `alternateLoads` over the benchmark's browsers, the samples keyed by page id and condition. */
export async function runLoads(
  browsers: readonly BenchBrowser[],
  pages: readonly BenchPage[],
  options: { iterations: number; settleMs: number; onProgress?: (done: number, total: number) => void },
): Promise<LoadResults> {
  const samples = await alternateLoads(
    browsers.map((browser) => browser.context),
    pages,
    { ...options, loadsIn: (page, index) => pageLoadsIn(page, browsers[index]!.condition) },
  );
  return Object.fromEntries(
    pages.map((page, pageIndex) => [
      page.id,
      Object.fromEntries(browsers.map((browser, index) => [browser.condition, samples[pageIndex]![index]!])),
    ]),
  ) as LoadResults;
}
