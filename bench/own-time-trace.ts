import type { BrowserContext } from 'playwright-core';

/** An event of a Chromium trace, as far as the bench's trace readers use it. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; frame?: string; stackTrace?: { url?: string }[] } };
}

export interface OwnTime {
  /** Our scripts' main-thread time in the load, ms. */
  total: number;
  /** The same by trace event and script (`EvaluateScript content-scripts/content.js`). */
  parts: Map<string, number>;
  dcl: number;
  load: number;
}

const ourScript = /chrome-extension:\/\/[a-p]{32}\/(content-scripts\/[\w.-]+)/;

/**
 * Our outermost events on the renderer main threads of one trace: evaluating the injected scripts,
 * their callbacks, module compiles, each counted once (events inside a counted one are skipped).
 * The page's own work, and its noise, stay out.
 */
export function ownTime(events: readonly TraceEvent[]): Pick<OwnTime, 'total' | 'parts'> {
  const mainThreads = new Set(events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
  const ours = events
    .filter((event) => event.ph === 'X' && event.dur !== undefined && mainThreads.has(`${event.pid}:${event.tid}`) && ourScript.test(JSON.stringify(event.args ?? {})))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const parts = new Map<string, number>();
  const ends = new Map<string, number>();
  let total = 0;
  for (const event of ours) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ts < (ends.get(thread) ?? -1)) continue;
    ends.set(thread, event.ts + event.dur!);
    const key = `${event.name} ${ourScript.exec(JSON.stringify(event.args))![1]}`;
    parts.set(key, (parts.get(key) ?? 0) + event.dur! / 1000);
    total += event.dur! / 1000;
  }
  return { total, parts };
}

/**
 * One load of `url` in a new tab of `context`, traced (trace `categories`) until `settleMs` after its
 * load event: the trace's events and the navigation's DOMContentLoaded and load times.
 */
export async function traceLoad(
  context: BrowserContext,
  url: string,
  settleMs: number,
  categories = 'devtools.timeline,v8,v8.execute',
): Promise<{ events: TraceEvent[]; dcl: number; load: number }> {
  const tab = await context.newPage();
  try {
    const cdp = await context.newCDPSession(tab);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
    // The 3,000-row list takes seconds to load on a busy machine.
    await tab.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await tab.waitForTimeout(settleMs);
    await cdp.send('Tracing.end');
    await done;
    const timing = await tab.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { dcl: nav?.domContentLoadedEventStart ?? Number.NaN, load: nav?.loadEventStart ?? Number.NaN };
    });
    return { events, ...timing };
  } finally {
    await tab.close();
  }
}

/** One traced load (`traceLoad`): our own time in it. */
export async function tracedOwnLoad(context: BrowserContext, url: string, settleMs: number): Promise<OwnTime> {
  const { events, dcl, load } = await traceLoad(context, url, settleMs);
  return { ...ownTime(events), dcl, load };
}
