/**
 * `npx tsx bench/floors.ts [rounds]` (after `npm run build`): what the least a panel must do costs a
 * page, step by step, next to the no-op and ours. Each yardstick is the no-op's manifest with a few
 * lines of code; none reads settings or shows entries. They answer one question: how low can the
 * task-time ratio of any panel go on these pages? Loads alternate as in `npm run bench`; the
 * medians go to the console and to bench/floors.md. A tool for deciding budgets, not part of the
 * benchmark's run.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { startMockPlatform } from '../tests/mock-platform/server';
import { builtExtensionDir } from '../tests/e2e/support/chromium';
import { launchBenchBrowser, type BenchBrowser } from './browsers';
import { benchPages } from './bench-pages';
import { createNoopExtension, createTabOnlyExtension, createYardstickExtension, tabOnlyScript } from './noop-extension';
import { alternateLoads, measureLoad } from './page-load';
import { median } from './stats';

const rounds = Number.parseInt(process.argv[2] ?? '15', 10) || 15;
const settleMs = 1000;
const projectRoot = resolve(import.meta.dirname, '..');

/** Our own one look at a frame (detection, fields, messages, facts), bundled alone; the kind it found is left on <html> to prove it ran. */
async function pageLookScript(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { lookAtFrame } from './platform/frame-look';
        document.documentElement.setAttribute('data-bench-look', lookAtFrame(document, location.href, []).snapshot.detection.kind);`,
      resolveDir: projectRoot,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    define: { 'import.meta.env.BROWSER': '"chrome"' },
  });
  return result.outputFiles[0]!.text;
}

/** Asking the background and listening for it: the runtime messaging every panel with settings needs. */
const askBackground = `chrome.runtime.onMessage.addListener(() => undefined); chrome.runtime.sendMessage('bench').catch(() => undefined);`;
const watchStorage = `chrome.storage.onChanged.addListener(() => undefined);`;

interface Yardstick {
  label: string;
  dir: (work: string) => Promise<string>;
  condition: 'noop' | 'ours';
}

async function yardsticks(): Promise<Yardstick[]> {
  const look = await pageLookScript();
  const variant = (label: string, code: { isolated: string; topFrameStart?: string }): Yardstick => ({
    label,
    condition: 'noop',
    dir: (work) => createYardstickExtension(builtExtensionDir, join(work, label.replace(/\W+/g, '-')), label, code),
  });
  return [
    { label: 'no-op', condition: 'noop', dir: (work) => createNoopExtension(builtExtensionDir, join(work, 'noop')) },
    { label: 'tab at document_end', condition: 'noop', dir: (work) => createTabOnlyExtension(builtExtensionDir, join(work, 'tab-end')) },
    variant('tab at document_start', { isolated: '', topFrameStart: tabOnlyScript }),
    variant('tab at start + runtime messaging', { isolated: askBackground, topFrameStart: tabOnlyScript }),
    variant('tab at start + runtime + storage.onChanged', { isolated: askBackground + watchStorage, topFrameStart: tabOnlyScript }),
    variant('tab at start + page look', { isolated: look, topFrameStart: tabOnlyScript }),
    variant('tab at start + page look + runtime', { isolated: look + ';' + askBackground, topFrameStart: tabOnlyScript }),
    { label: 'ours', condition: 'ours', dir: async () => builtExtensionDir },
  ];
}

async function main() {
  const started = Date.now();
  const mock = await startMockPlatform();
  const work = await mkdtemp(join(tmpdir(), 'permit-helper-floors-'));
  const sticks = await yardsticks();
  const browsers: BenchBrowser[] = [];
  try {
    for (const stick of sticks) browsers.push(await launchBenchBrowser(stick.condition, mock.port, await stick.dir(work)));
    const looked = new Set<string>();
    for (const [index, stick] of sticks.entries()) {
      for (const page of benchPages) {
        // The warm-up load of each page (not counted); the page-look yardsticks also show what they found.
        await measureLoad(browsers[index]!.context, page.url, settleMs);
        if (!stick.label.includes('page look')) continue;
        const probe = await browsers[index]!.context.newPage();
        await probe.goto(page.url, { waitUntil: 'load' });
        looked.add(`${page.label}: ${await probe.evaluate(() => document.documentElement.getAttribute('data-bench-look'))}`);
        await probe.close();
      }
    }
    const samples = await alternateLoads(
      browsers.map((browser) => browser.context),
      benchPages,
      { iterations: rounds, settleMs, onProgress: (done, total) => process.stdout.write(`\rload ${done}/${total}`) },
    );
    const task = samples.map((byStick) => byStick.map((loads) => loads.map((sample) => sample.taskMs)));
    process.stdout.write('\n');
    const header = `| yardstick | ${benchPages.map((page) => page.label).join(' | ')} |`;
    const rule = `|---|${benchPages.map(() => '---:').join('|')}|`;
    const rows = sticks.map((stick, index) => {
      const cells = benchPages.map((_, pageIndex) => {
        const value = median(task[pageIndex]![index]!);
        const noop = median(task[pageIndex]![0]!);
        return `${value.toFixed(1)} ms (${(value / noop).toFixed(2)}×)`;
      });
      return `| ${stick.label} | ${cells.join(' | ')} |`;
    });
    const report = [
      '# Floors: what the least a panel must do costs a page',
      '',
      `Run ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} · ${cpus().length} cores · Node ${process.version} · ${browsers[0]!.version} · ${rounds} loads per page and yardstick, alternated · settle ${settleMs} ms after load · runtime ${Math.round((Date.now() - started) / 1000)} s. Produced by \`npx tsx bench/floors.ts\`.`,
      '',
      'Median main-thread task time (as in bench/results.md) and its ratio to the no-op. Every yardstick but ours is the no-op plus a few lines: "tab" is the tab-only yardstick of `npm run bench` (a fixed, labelled tab in a shadow root, top frame); "runtime messaging" adds a `runtime.onMessage` listener and one `runtime.sendMessage` in every frame; "storage.onChanged" adds that listener; "page look" runs our `lookAtFrame` (detection, fields, messages, facts) in every frame, bundled alone.',
      '',
      header,
      rule,
      ...rows,
      '',
      `The page look ran and found: ${[...looked].join('; ')}.`,
      '',
    ].join('\n');
    console.log(report);
    await writeFile(join(projectRoot, 'bench/floors.md'), report);
  } finally {
    for (const browser of browsers) await browser.close();
    await mock.close();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
