/**
 * `npx tsx bench/trace-load.ts [page] [condition] [loads]`: where one page load's main-thread time
 * goes. Records a Chromium trace of `loads` loads (default 5) of a bench page (dashboard, card1,
 * upload) under a condition (none, noop, tab, ours; default ours) and prints the mean time per trace
 * event of the renderer's main thread (self time, children subtracted) and the script time per
 * URL. A tool for finding what to make cheaper, not a measurement for results.md.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockPlatform } from '../tests/mock-platform/server';
import { builtExtensionDir } from '../tests/e2e/support/chromium';
import { launchBenchBrowser, type Condition } from './browsers';
import { createNoopExtension, createTabMessagingExtension, createTabOnlyExtension } from './noop-extension';
import { benchPages } from './bench-pages';
import { traceLoad, type TraceEvent } from './own-time-trace';

const [pageId = 'card1', condition = 'ours', loadsText = '5'] = process.argv.slice(2);
const page = benchPages.find((candidate) => candidate.id === pageId);
if (!page) throw new Error(`unknown page ${pageId}; one of ${benchPages.map((p) => p.id).join(', ')}`);
const loads = Number.parseInt(loadsText, 10) || 5;

const categories = ['devtools.timeline', 'v8.execute', 'v8', 'blink', 'disabled-by-default-devtools.timeline', 'loading'].join(',');

/** The renderer main thread that did the most work: the loaded page's (a trace also holds other renderers, idle). */
function mainThreadOf(events: TraceEvent[]): { pid: number; tid: number } | undefined {
  const busy = new Map<string, number>();
  for (const event of events) if (event.ph === 'X' && event.dur !== undefined) busy.set(`${event.pid}:${event.tid}`, (busy.get(`${event.pid}:${event.tid}`) ?? 0) + event.dur);
  const mains = events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const main = mains.sort((a, b) => (busy.get(`${b.pid}:${b.tid}`) ?? 0) - (busy.get(`${a.pid}:${a.tid}`) ?? 0))[0];
  return main ? { pid: main.pid, tid: main.tid } : undefined;
}

/** Self time per event name, from complete events nested on one thread. */
function selfTimes(events: TraceEvent[]): Map<string, number> {
  const complete = events.filter((event) => event.ph === 'X' && event.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const totals = new Map<string, number>();
  const stack: { event: TraceEvent; end: number; childTime: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length && stack.at(-1)!.end <= upTo) {
      const done = stack.pop()!;
      const self = done.event.dur! - done.childTime;
      const key = done.event.name + (done.event.args?.data?.url ? ` ${shortUrl(done.event.args.data.url)}` : '');
      totals.set(key, (totals.get(key) ?? 0) + self);
      if (stack.length) stack.at(-1)!.childTime += done.event.dur!;
    }
  };
  for (const event of complete) {
    close(event.ts);
    stack.push({ event, end: event.ts + event.dur!, childTime: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return totals;
}

const shortUrl = (url: string) => url.replace(/^chrome-extension:\/\/[a-p]{32}/, 'ext:').replace(/^https?:\/\/[^/]+/, '');

async function main() {
  const mock = await startMockPlatform();
  const work = await mkdtemp(join(tmpdir(), 'permit-helper-trace-'));
  const baselines: Record<string, typeof createNoopExtension> = { noop: createNoopExtension, tab: createTabOnlyExtension, tabmsg: createTabMessagingExtension };
  const create = baselines[condition];
  const dir = condition === 'ours' ? builtExtensionDir : create ? await create(builtExtensionDir, join(work, condition)) : undefined;
  const browser = await launchBenchBrowser(condition as Condition, mock.port, dir);
  try {
    const totals = new Map<string, number>();
    for (let load = 0; load <= loads; load++) {
      const { events } = await traceLoad(browser.context, page!.url, 1000, categories);
      if (load === 0) continue; // warm-up
      const main = mainThreadOf(events);
      if (!main) throw new Error('no renderer main thread in the trace');
      for (const [name, ms] of selfTimes(events.filter((event) => event.pid === main.pid && event.tid === main.tid))) {
        totals.set(name, (totals.get(name) ?? 0) + ms / 1000);
      }
    }
    const rows = [...totals].map(([name, ms]) => [name, ms / loads] as const).sort((a, b) => b[1] - a[1]);
    const sum = rows.reduce((total, [, ms]) => total + ms, 0);
    console.log(`${page!.label}, ${condition}: ${sum.toFixed(1)} ms of traced main-thread time per load (mean of ${loads})`);
    for (const [name, ms] of rows.slice(0, 40)) console.log(`${ms.toFixed(2).padStart(8)} ms  ${name}`);
  } finally {
    await browser.close();
    await mock.close();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
