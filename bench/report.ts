/** The benchmark's results as a Markdown report (printed and written to bench/results.md). */
import type { BudgetCheck } from './budgets';
import { kb, type BundleSizes, type SizeGroup } from './bundle-sizes';
import { compositionTable, type Composition } from './bundle-composition';
import type { DetectionTime } from './detection-time';
import type { DiagnosisTime } from './diagnosis-time';
import type { FaqSearchBenchResult } from './faq-search';
import type { ConditionSummary, PageSummary } from './load-summary';

export interface BenchReport {
  date: string;
  machine: { cores: number; cpu: string; node: string; chromium: string };
  settings: { iterations: number; settleMs: number };
  runtimeSeconds: number;
  pages: PageSummary[];
  /** Our own main-thread time (traced, median) on the lists of the flat-cost curve. */
  ownCurve: { label: string; rows: number; ms: number }[];
  sizes: BundleSizes;
  detection: { label: string; time: DetectionTime }[];
  faq: FaqSearchBenchResult;
  diagnosis: DiagnosisTime;
  otherHost: { url: string; description: string };
  composition?: { compositions: Composition[]; unmapped: string[] };
  budgets: BudgetCheck[];
}

const ms = (value: number, digits = 1): string => (Number.isFinite(value) ? `${value.toFixed(digits)} ms` : 'never');
const ratio = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(3)}×` : '–');
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

function loadTable(pages: readonly PageSummary[]): string {
  const rows: string[] = [];
  for (const summary of pages) {
    const { noop, tab, tabmsg, ours } = summary.conditions;
    const row = (metric: string, pick: (c: ConditionSummary) => number, format: (v: number) => string, oursRatio: number) => {
      const cell = (c: ConditionSummary | undefined) => (c ? format(pick(c)) : '–');
      const over = (c: ConditionSummary | undefined) => (c && noop ? ratio(pick(c) / pick(noop)) : '–');
      rows.push(
        `| ${summary.page.label} | ${metric} | ${cell(noop)} | ${cell(tab)} | ${cell(tabmsg)} | ${cell(ours)} | ${ratio(oursRatio)} | ${over(tab)} | ${over(tabmsg)} |`,
      );
    };
    row('main-thread task time', (c) => c.taskMs, ms, summary.taskRatio);
    row('script time', (c) => c.scriptMs, ms, summary.scriptRatio);
    row('JS heap after GC', (c) => c.heapBytes, mb, summary.heapRatio);
    row('DOMContentLoaded', (c) => c.dclMs, ms, ours && noop ? ours.dclMs / noop.dclMs : Number.NaN);
    row('load event', (c) => c.loadMs, ms, summary.loadRatio);
    rows.push(
      `| ${summary.page.label} | panel ready after DOMContentLoaded | | | | ${ms(summary.panelReadyMs)} (first render ${ms(summary.panelMountedMs)}; ready in ${summary.readyLoads}/${ours?.loads ?? 0} loads) | | | |`,
    );
  }
  return [
    '| page | metric | no-op | tab only | tab + messaging | ours | ours / no-op | tab only / no-op | tab + messaging / no-op |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

/**
 * The flat-cost curve on the list at 1×, 3× and 10× the platform's 300 rows: our own main-thread time
 * read from traces (the budget), and beside it ours − no-op of the pages' whole task time, whose
 * spread on the long lists is larger than our whole cost.
 */
function curveTable(pages: readonly PageSummary[], own: BenchReport['ownCurve']): string {
  const curve = pages.filter((page) => page.page.rows !== undefined).sort((a, b) => a.page.rows! - b.page.rows!);
  const base = curve[0];
  const ownBase = own[0];
  return [
    '| list | DOM | our own time (traced) | own ÷ own at 1× | no-op task time | ours task time | ours − no-op (median per round) | that ÷ at 1× |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...curve.map((page) => {
      const ownMs = own.find((point) => point.rows === page.page.rows)?.ms ?? Number.NaN;
      return `| ${page.page.label} | ${page.page.rows! / (base?.page.rows ?? 1)}× | ${ms(ownMs)} | ${ownBase ? ratio(ownMs / ownBase.ms) : '–'} | ${ms(page.conditions.noop?.taskMs ?? Number.NaN)} | ${ms(page.conditions.ours?.taskMs ?? Number.NaN)} | ${ms(page.extraTaskMs)} | ${base ? ratio(page.extraTaskMs / base.extraTaskMs) : '–'} |`;
    }),
  ].join('\n');
}

function sizeRow(name: string, group: SizeGroup): string {
  const files = group.files.map((file) => `${file.file} (${kb(file.gzip)})`).join(', ') || '–';
  return `| ${name} | ${kb(group.raw)} | ${kb(group.gzip)} | ${files} |`;
}

function sizeTable(sizes: BundleSizes): string {
  return [
    '| part | raw | gzip -9 | files (gzip) |',
    '|---|---:|---:|---|',
    sizeRow('content script, injected (eager)', sizes.contentEager),
    sizeRow('content script, lazily imported', sizes.contentLazy),
    sizeRow('**content script, total**', sizes.contentTotal),
    sizeRow('content script CSS (shadow root)', sizes.contentCss),
    sizeRow('popup (HTML + JS + CSS)', sizes.popup),
    sizeRow('background', sizes.background),
  ].join('\n');
}

function timingTables(report: BenchReport): string {
  const detection = report.detection.map(
    ({ label, time }) =>
      `| ${label} | ${time.frames} | ${ms(time.nodeMs, 2)} | ${ms(time.chromiumMs, 2)} |`,
  );
  const faq = report.faq;
  return [
    '| page detection (`detectPage`, summed over frames) | frames | Node + happy-dom | Chromium |',
    '|---|---:|---:|---:|',
    ...detection,
    '',
    '| what | p50 | p99 | notes |',
    '|---|---:|---:|---|',
    `| FAQ search, wall time | ${ms(faq.p50, 3)} | ${ms(faq.p99, 3)} | ${faq.entries} entries, ${faq.queries} queries × ${faq.rounds} rounds (bench/faq-search.ts) |`,
    `| FAQ search, CPU time | ${ms(faq.cpuP50, 3)} | ${ms(faq.cpuP99, 3)} | wall p99 includes waiting for a CPU; index build ${ms(faq.buildMs, 1)} |`,
    `| one-click diagnosis, wall time | ${ms(report.diagnosis.p50, 2)} | ${ms(report.diagnosis.p99, 2)} | ${report.diagnosis.checks} checks + text report, network stubbed to answer at once, 50 runs |`,
    `| one-click diagnosis, CPU time | ${ms(report.diagnosis.cpuP50, 2)} | ${ms(report.diagnosis.cpuP99, 2)} | process CPU time per run |`,
  ].join('\n');
}

function budgetTable(checks: readonly BudgetCheck[]): string {
  return [
    '| budget | limit | measured | result |',
    '|---|---:|---:|---|',
    ...checks.map((check) => `| ${check.name} | ${check.limit} | ${check.measured} | ${check.ok ? 'met' : `**missed**: ${check.miss}`} |`),
  ].join('\n');
}

export function renderReport(report: BenchReport): string {
  const { machine, settings } = report;
  const oopifs = Math.max(0, ...report.pages.map((page) => page.oopifs));
  const kinds = report.pages
    .map((page) => `${page.page.label}: ${Object.entries(page.kinds).map(([kind, count]) => `${kind} ×${count}`).join(', ')}`)
    .join('; ');
  const sections = [
    '# Performance benchmark results',
    '',
    `Run ${report.date} · ${machine.cores} cores (${machine.cpu}) · Node ${machine.node} · ${machine.chromium} · ` +
      `${settings.iterations} loads per page and condition · settle ${settings.settleMs} ms after load · ` +
      `runtime ${Math.round(report.runtimeSeconds)} s. Produced by \`npm run bench\` (bench/run.ts).`,
    '',
    '## Budgets',
    '',
    budgetTable(report.budgets),
    '',
    '## Page loads (medians)',
    '',
    'Headless Chromium on the mock platform (real host names mapped to it), conditions alternated per load. ' +
      '"no-op": an extension whose content scripts (same matches, all_frames, run_at, world as ours) are empty; ' +
      '"tab only": the no-op plus, in the top frame, a fixed tab with a label in a shadow root and nothing else (no detection, no storage, no messages): ' +
      'the least any panel could cost; "tab + messaging": the tab plus one `runtime.sendMessage` and a `runtime.onMessage` listener in every frame, ' +
      'what any panel with settings must do (the floor the browser forces); "ours": the built extension. ' +
      'Light pages are the mock\'s own; heavy pages load jQuery 1.12, jQuery UI and an easyui-like layer that builds menus, tabs, grids and form widgets at load (tests/mock-platform/heavy/).',
    '',
    loadTable(report.pages),
    '',
    '## Flat cost',
    '',
    'The renewal list of the platform\'s weight at 300 rows and at 3× and 10× that DOM (the larger two load with the no-op and ours only). The budget reads our own main-thread time from traces of the same loads repeated (bench/own-time-trace.ts): the pages\' whole task time varies between rounds by more than all of ours.',
    '',
    curveTable(report.pages, report.ownCurve),
    '',
    `Page kinds the panel showed (ours): ${kinds}.`,
    '',
    '## Sizes',
    '',
    sizeTable(report.sizes),
    '',
    '## Other timings',
    '',
    timingTables(report),
    '',
    `Other hosts: ${report.otherHost.url} with ours loaded: ${report.otherHost.description}.`,
    '',
  ];
  if (report.composition) {
    sections.push('## What the content script is made of', '', 'Attributed through source maps from a second build with `build.sourcemap` (see bench/bundle-composition.ts).', '');
    for (const entry of report.composition.compositions) {
      const measured = report.sizes.contentTotal.files.find((file) => file.file === entry.file);
      if (measured && Math.abs(measured.gzip - entry.gzip) > measured.gzip * 0.01) {
        sections.push(`Note: the sources changed between the two builds (${entry.file} measured ${kb(measured.gzip)} gzip above).`, '');
      }
      sections.push(compositionTable(entry), '');
    }
    if (report.composition.unmapped.length > 0) {
      sections.push(`Built without a source map, not attributed: ${report.composition.unmapped.join(', ')}.`, '');
    }
  }
  sections.push(
    '## How it was measured',
    '',
    '- Task / script time: CDP `Performance.getMetrics` TaskDuration / ScriptDuration of the page target, thread time ' +
      '(`timeDomain: threadTicks`), from just before navigation to the settle time after the load event. The renderer main ' +
      'thread runs the page, its same-origin iframes and every content script, so all of them are included; the ' +
      `extension's service worker is not. Out-of-process iframes seen: ${oopifs}.`,
    '- JS heap: JSHeapUsedSize of the page after `HeapProfiler.collectGarbage`, read after the timing.',
    '- Load event: `loadEventStart` of the navigation entry. Panel ready: an init script in the main world takes ' +
      '`performance.now()` at DOMContentLoaded and when `permit-helper-panel`\'s open shadow root holds `[data-testid=panel]` ' +
      'with a `data-page-kind` other than `unknown` (MutationObservers, or found at the probe\'s start or at DOMContentLoaded; ' +
      '3 s limit, "never" counts as a miss). Our content script runs at `document_start` and draws the tab (with the kind ' +
      'the URL says) at once, before the page is parsed, so this time is negative: the panel is ready before DOMContentLoaded.',
    '- The tab-only yardstick and the no-op are built by the benchmark from our manifest (bench/noop-extension.ts); ' +
      '`npx tsx --import ./build/import-glob-register.ts bench/trace-load.ts [page] [condition]` shows where a load\'s main-thread time goes, event by event.',
    '- Page detection: `detectPage` per frame, median of 200 runs, summed over the page\'s frames; in Node on happy-dom ' +
      'documents of the mock\'s HTML, and in Chromium on the live DOM (batches of 10, as the page clock is coarse).',
    '- Sizes: gzip level 9 (node:zlib) of the files the built manifest and popup.html name.',
  );
  return `${sections.join('\n')}\n`;
}
