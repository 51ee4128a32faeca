/**
 * `npx tsx --import ./build/import-glob-register.ts bench/own-time.ts [pages] [loads] [extensionDirs]`:
 * the main-thread time our scripts themselves take in a page load, read from a Chromium trace:
 * every outermost event on a renderer main thread that names one of the extension's scripts
 * (evaluating the injected scripts, their callbacks, module compiles). Pages are bench page ids,
 * comma-separated (default card1,heavy-dashboard); loads per page default 8, after one warm-up;
 * the extension defaults to the last build; several builds (comma-separated directories) are loaded
 * in turn, each in its own browser, so they share the machine's ups and downs. Medians per page and
 * per event. Unlike the page's whole task time in `npm run bench`, this leaves out the page's own
 * work and its noise, so two builds can be compared on a few loads; it does not see costs the
 * browser bills elsewhere (style, layout, IPC). A tool for deciding a change, not a measurement for
 * results.md.
 */
import { startMockPlatform } from '../tests/mock-platform/server';
import { builtExtensionDir } from '../tests/e2e/support/chromium';
import { launchBenchBrowser, type BenchBrowser } from './browsers';
import { benchPages } from './bench-pages';
import { median } from './stats';
import { tracedOwnLoad } from './own-time-trace';

const [pagesText = 'card1,heavy-dashboard', loadsText = '8', extensionDirs = builtExtensionDir] = process.argv.slice(2);
const loads = Number.parseInt(loadsText, 10) || 8;
const pages = pagesText.split(',').map((id) => {
  const page = benchPages.find((candidate) => candidate.id === id.trim());
  if (!page) throw new Error(`unknown bench page ${id}; one of ${benchPages.map((candidate) => candidate.id).join(', ')}`);
  return page;
});
const mock = await startMockPlatform();
const dirs = extensionDirs.split(',');
const browsers: BenchBrowser[] = [];
try {
  for (const dir of dirs) browsers.push(await launchBenchBrowser('ours', mock.port, dir));
  for (const page of pages) {
    const totals = dirs.map((): number[] => []);
    const dcls = dirs.map((): number[] => []);
    const loadEvents = dirs.map((): number[] => []);
    const parts = dirs.map(() => new Map<string, number[]>());
    for (let load = 0; load <= loads; load++) {
      for (const [index, browser] of browsers.entries()) {
        const own = await tracedOwnLoad(browser.context, page.url, 800);
        if (load === 0) continue; // warm-up: module caches are made here
        totals[index]!.push(own.total);
        dcls[index]!.push(own.dcl);
        loadEvents[index]!.push(own.load);
        for (const [key, ms] of own.parts) parts[index]!.set(key, [...(parts[index]!.get(key) ?? []), ms]);
      }
    }
    for (const [index, dir] of dirs.entries()) {
      console.log(`${page.label}${dirs.length > 1 ? ` [${dir}]` : ''}: our main-thread time ${median(totals[index]!).toFixed(1)} ms median (${totals[index]!.map((ms) => ms.toFixed(0)).join(', ')}); DOMContentLoaded ${median(dcls[index]!).toFixed(0)} ms, load event ${median(loadEvents[index]!).toFixed(0)} ms`);
      for (const [key, values] of [...parts[index]!].sort((a, b) => median(b[1]) - median(a[1]))) {
        console.log(`  ${median(values).toFixed(2).padStart(7)} ms  ${key}${values.length < loads ? ` (in ${values.length} of ${loads} loads)` : ''}`);
      }
    }
  }
} finally {
  for (const browser of browsers) await browser.close();
  await mock.close();
}
