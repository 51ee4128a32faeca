/**
 * `npm run bench`: the performance benchmark (a benchmark, not a test). Builds the extension
 * (unless --no-build), loads the mock's light pages and the pages of the platform's weight in headless
 * Chromium under four conditions (a no-op extension, the tab-only and tab + messaging yardsticks,
 * ours), prints the flat-cost curve (a list at 1×, 3×, 10×), measures sizes, detection, FAQ search and
 * diagnosis, prints a Markdown report, writes it to bench/results.md and exits non-zero when a
 * budget (bench/budgets.ts) is missed.
 *
 * Options: --no-build, --iterations N (default 6: about 60 s a round on 2 cores, so the run stays under 10 minutes), --settle MS (default 700),
 * --no-composition (skip the source-map build), --out FILE (default bench/results.md), --pages ID,ID (only these
 * bench pages, e.g. card1,heavy-card: for trying a change; the budgets of the pages left out are not checked).
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startMockPlatform, type MockPlatform } from '../tests/mock-platform/server';
import { builtExtensionDir } from '../tests/e2e/support/chromium';
import { conditions, launchBenchBrowser, type BenchBrowser, type Condition } from './browsers';
import { budgets, checkAtMost, type BudgetCheck } from './budgets';
import { contentScriptComposition } from './bundle-composition';
import { kb, measureBundle } from './bundle-sizes';
import { detectionTimeInChromium, detectionTimeInNode } from './detection-time';
import { benchDiagnosis } from './diagnosis-time';
import { benchFaqSearch } from './faq-search';
import { describeFacts, injectionFacts, nothingInjected, type InjectionFacts } from './injection-check';
import { summarizeLoads } from './load-summary';
import { installPanelProbe, measureLoad, pageLoadsIn, runLoads } from './page-load';
import { benchPages as allBenchPages } from './bench-pages';
import { createNoopExtension, createTabMessagingExtension, createTabOnlyExtension } from './noop-extension';
import { renderReport, type BenchReport } from './report';
import { tracedOwnLoad } from './own-time-trace';
import { median } from './stats';

const root = resolve(import.meta.dirname, '..');

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    'no-composition': { type: 'boolean', default: false },
    iterations: { type: 'string', default: '6' },
    settle: { type: 'string', default: '700' },
    out: { type: 'string', default: join(root, 'bench/results.md') },
    pages: { type: 'string' },
  },
});
const iterations = Math.max(1, Number.parseInt(args.iterations, 10) || 6);
const settleMs = Math.max(0, Number.parseInt(args.settle, 10) || 0);
const pageIds = args.pages?.split(',').map((id) => id.trim());
const unknownPages = pageIds?.filter((id) => !allBenchPages.some((page) => page.id === id)) ?? [];
if (unknownPages.length) throw new Error(`unknown bench pages ${unknownPages.join(', ')}; one of ${allBenchPages.map((page) => page.id).join(', ')}`);
const benchPages = pageIds ? allBenchPages.filter((page) => pageIds.includes(page.id)) : allBenchPages;
if (pageIds) console.warn(`Only the pages ${pageIds.join(', ')}: fine for trying, not for results.md.`);
if (iterations < 6) console.warn(`Only ${iterations} loads per page and condition: fine for trying, too few for results.md.`);

const log = (message: string) => console.log(`[bench] ${message}`);

/** Each condition must be what it claims: none injects nothing, no-op injects without a panel, ours shows the panel. */
function checkCondition(condition: Condition, facts: InjectionFacts): void {
  const expected: Record<Condition, boolean> = {
    none: nothingInjected(facts),
    noop: facts.extensionWorlds > 0 && !facts.panelHost && !facts.tabOnlyHost && !facts.alertHooked,
    tab: facts.extensionWorlds > 0 && facts.tabOnlyHost && !facts.panelHost && !facts.alertHooked,
    tabmsg: facts.extensionWorlds > 0 && facts.tabOnlyHost && !facts.panelHost && !facts.alertHooked,
    ours: facts.extensionWorlds > 0 && facts.panelHost,
  };
  if (!expected[condition]) throw new Error(`condition "${condition}" is not what it claims: ${describeFacts(facts)}`);
  log(`condition ${condition}: ${describeFacts(facts)}`);
}

async function main(): Promise<number> {
  const started = performance.now();
  const work = await mkdtemp(join(tmpdir(), 'permit-helper-bench-'));
  const browsers: BenchBrowser[] = [];
  let mock: MockPlatform | undefined;
  try {
    if (!args['no-build']) {
      log('building with `npx wxt build`…');
      execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    }
    // A private copy: other builds in this tree must not change the extension under test mid-run.
    const oursDir = join(work, 'ours');
    await cp(builtExtensionDir, oursDir, { recursive: true });
    const noopDir = await createNoopExtension(oursDir, join(work, 'noop'));
    const tabDir = await createTabOnlyExtension(oursDir, join(work, 'tab'));
    const tabMessagingDir = await createTabMessagingExtension(oursDir, join(work, 'tabmsg'));
    const sizes = measureBundle(oursDir);
    log(`content script ${kb(sizes.contentTotal.gzip)} gzip (eager ${kb(sizes.contentEager.gzip)}, lazy ${kb(sizes.contentLazy.gzip)})`);
    // Right after the build, so both builds see the same sources (others may edit them meanwhile).
    let composition: BenchReport['composition'];
    if (!args['no-composition']) {
      log('content script composition (second build, with source maps)…');
      composition = await contentScriptComposition();
    }

    mock = await startMockPlatform();
    const dirs: Record<Condition, string | undefined> = { none: undefined, noop: noopDir, tab: tabDir, tabmsg: tabMessagingDir, ours: oursDir };
    for (const condition of conditions) {
      const browser = await launchBenchBrowser(condition, mock.port, dirs[condition]);
      await installPanelProbe(browser.context);
      browsers.push(browser);
    }
    const ours = browsers.find((browser) => browser.condition === 'ours')!;
    for (const browser of browsers) checkCondition(browser.condition, await injectionFacts(browser.context, benchPages[0]!.url, settleMs));

    log('warm-up: one load per page and condition (not counted)');
    for (const page of benchPages) {
      for (const browser of browsers) if (pageLoadsIn(page, browser.condition)) await measureLoad(browser.context, page.url, settleMs);
    }

    log(`${iterations} rounds × ${benchPages.length} pages × up to ${browsers.length} conditions…`);
    const loads = await runLoads(browsers, benchPages, {
      iterations,
      settleMs,
      onProgress: (done, total) => {
        if (done % 30 === 0 || done === total) log(`  ${done}/${total} loads, ${Math.round((performance.now() - started) / 1000)} s`);
      },
    });

    // Our extra time on the lists, read from traces: on a 3-second page the no-op's own spread is larger than all of ours.
    log('our own main-thread time on the lists (traced)…');
    const ownCurve: BenchReport['ownCurve'] = [];
    for (const page of benchPages.filter((candidate) => candidate.rows !== undefined).sort((a, b) => a.rows! - b.rows!)) {
      await tracedOwnLoad(ours.context, page.url, settleMs);
      const totals: number[] = [];
      for (let round = 0; round < iterations; round++) totals.push((await tracedOwnLoad(ours.context, page.url, settleMs)).total);
      ownCurve.push({ label: page.label, rows: page.rows!, ms: median(totals) });
    }

    const otherHostUrl = `http://127.0.0.1:${mock.port}${new URL(benchPages[0]!.url).pathname}`;
    const otherHostFacts = await injectionFacts(ours.context, otherHostUrl, settleMs);
    log(`other host ${otherHostUrl}: ${describeFacts(otherHostFacts)}`);

    log('page detection time (Node + happy-dom, Chromium)…');
    const none = browsers.find((browser) => browser.condition === 'noop')!;
    const detection = [];
    for (const page of benchPages.filter((candidate) => candidate.weight === 'light')) {
      const node = await detectionTimeInNode(page);
      const chromium = await detectionTimeInChromium(none.context, page);
      detection.push({ label: page.label, time: { frames: chromium.frames, nodeMs: node.ms, chromiumMs: chromium.ms } });
    }
    const chromiumVersion = ours.version;
    for (const browser of browsers.splice(0)) await browser.close();

    log('FAQ search and diagnosis…');
    const faq = await benchFaqSearch();
    const diagnosis = await benchDiagnosis();

    const pages = summarizeLoads(benchPages, loads);
    const times = (v: number) => `${v.toFixed(3)}×`;
    const measured = pages.filter((page) => page.page.weight !== 'curve');
    const heavy = pages.filter((page) => page.page.weight === 'heavy');
    const curve = pages.filter((page) => page.page.rows !== undefined).sort((a, b) => a.page.rows! - b.page.rows!);
    const flatCost = ownCurve.length >= 2 ? ownCurve.at(-1)!.ms / ownCurve[0]!.ms : Number.NaN;
    const checks: BudgetCheck[] = [
      ...measured.map((page) =>
        checkAtMost(
          `main-thread task time, ours ÷ no-op: ${page.page.label} (tab only ${times(page.tabTaskRatio)}, tab + messaging ${times(page.tabMessagingTaskRatio)})`,
          page.taskRatio,
          page.page.weight === 'heavy' ? budgets.heavyTaskTimeRatio : budgets.lightTaskTimeRatio,
          times,
        ),
      ),
      ...heavy.map((page) => checkAtMost(`load event, ours ÷ no-op: ${page.page.label}`, page.loadRatio, budgets.heavyLoadEventRatio, times)),
      checkAtMost(
        `flat cost: our own main-thread time (traced) on the ${ownCurve.at(-1)?.rows ?? '?'}-row list ÷ on the ${ownCurve[0]?.rows ?? '?'}-row list (${ownCurve.map((point) => `${point.ms.toFixed(1)} ms`).join(' → ')}; ours − no-op task time ${curve.map((page) => `${page.extraTaskMs.toFixed(1)} ms`).join(' → ')})`,
        flatCost > 0 ? flatCost : Number.NaN,
        budgets.flatCostRatio,
        times,
      ),
      ...measured.map((page) =>
        checkAtMost(`panel ready after DOMContentLoaded (median): ${page.page.label}`, page.panelReadyMs, budgets.panelReadyMs, (v) => `${v.toFixed(1)} ms`),
      ),
      checkAtMost('content script gzip (injected on every page)', sizes.contentEager.gzip, budgets.contentScriptGzip, kb),
      checkAtMost('lazily imported module gzip (panel body, search, diagnosis, field tips)', sizes.contentLazy.gzip, budgets.lazyModuleGzip, kb),
      checkAtMost('popup gzip', sizes.popup.gzip, budgets.popupGzip, kb),
      checkAtMost('background gzip', sizes.background.gzip, budgets.backgroundGzip, kb),
      {
        name: 'nothing injected on other hosts',
        limit: 'nothing',
        measured: describeFacts(otherHostFacts),
        ok: nothingInjected(otherHostFacts),
        ...(nothingInjected(otherHostFacts) ? {} : { miss: 'the extension touched a page that is not the platform' }),
      },
    ];
    for (const page of pages) {
      if (!page.kinds[page.page.kind]) log(`warning: the panel never showed "${page.page.kind}" on ${page.page.label}: ${JSON.stringify(page.kinds)}`);
    }

    const report: BenchReport = {
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      machine: { cores: cpus().length, cpu: cpus()[0]?.model.trim() ?? 'unknown CPU', node: process.version, chromium: chromiumVersion },
      settings: { iterations, settleMs },
      runtimeSeconds: (performance.now() - started) / 1000,
      pages,
      ownCurve,
      sizes,
      detection,
      faq,
      diagnosis,
      otherHost: { url: otherHostUrl, description: describeFacts(otherHostFacts) },
      ...(composition ? { composition } : {}),
      budgets: checks,
    };
    const markdown = renderReport(report);
    console.log(`\n${markdown}`);
    await writeFile(args.out, markdown);
    log(`written to ${args.out}`);

    const missed = checks.filter((check) => !check.ok);
    for (const check of missed) console.error(`[bench] BUDGET MISSED: ${check.name}: ${check.measured} (limit ${check.limit}), ${check.miss}`);
    return missed.length === 0 ? 0 : 1;
  } finally {
    for (const browser of browsers) await browser.close().catch(() => undefined);
    await mock?.close();
    await rm(work, { recursive: true, force: true });
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error('[bench] the benchmark could not run:', error);
  return 2;
});
