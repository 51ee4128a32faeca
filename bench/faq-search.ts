/**
 * FAQ search latency: index build time and per-query p50/p95/p99 over the test query set.
 * Run alone with `npx tsx bench/faq-search.ts`; bench/run.ts calls `benchFaqSearch()`.
 * Wall-clock percentiles include time the process waited for a CPU; on a busy machine the
 * CPU-time percentiles (`cpuP*`) show the cost of the search itself.
 */
import { pathToFileURL } from 'node:url';
import { faqEntries } from '../faq/entries';
import { faqIndexFor, searchFaq } from '../faq/search';
import { faqQueryCases } from '../tests/unit/faq/queries';

export interface FaqSearchBenchResult {
  entries: number;
  queries: number;
  rounds: number;
  buildMs: number;
  p50: number;
  p95: number;
  p99: number;
  maxMs: number;
  cpuP50: number;
  cpuP95: number;
  cpuP99: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round3 = (ms: number): number => Math.round(ms * 1000) / 1000;

export async function benchFaqSearch(rounds = 50): Promise<FaqSearchBenchResult> {
  // A fresh array, so the index is built here and not taken from the cache.
  const entries = [...faqEntries];
  const buildStart = performance.now();
  faqIndexFor(entries);
  const buildMs = performance.now() - buildStart;

  for (const { query } of faqQueryCases) searchFaq(query, { entries });

  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const { query } of faqQueryCases) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      searchFaq(query, { entries });
      times.push(performance.now() - start);
      const cpu = process.cpuUsage(cpuStart);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
    }
    // Let other work (timers, GC) run between rounds as it would in the panel.
    await new Promise((resolve) => setImmediate(resolve));
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  return {
    entries: entries.length,
    queries: faqQueryCases.length,
    rounds,
    buildMs: round3(buildMs),
    p50: round3(percentile(times, 50)),
    p95: round3(percentile(times, 95)),
    p99: round3(percentile(times, 99)),
    maxMs: round3(times[times.length - 1] ?? 0),
    cpuP50: round3(percentile(cpuTimes, 50)),
    cpuP95: round3(percentile(cpuTimes, 95)),
    cpuP99: round3(percentile(cpuTimes, 99)),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchFaqSearch();
  console.log(
    `FAQ search: ${result.entries} entries, ${result.queries} queries x ${result.rounds} rounds\n` +
      `  index build ${result.buildMs} ms\n` +
      `  per query   p50 ${result.p50} ms   p95 ${result.p95} ms   p99 ${result.p99} ms   max ${result.maxMs} ms\n` +
      `  CPU time    p50 ${result.cpuP50} ms   p95 ${result.cpuP95} ms   p99 ${result.cpuP99} ms`,
  );
}
