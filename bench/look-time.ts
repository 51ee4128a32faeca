/**
 * `npx tsx bench/look-time.ts [runs] [page to profile]`: what one page look costs on the live DOM in Chromium, page by
 * page (no extension loaded): `lookAtFrame` per frame, and the field tools' `find`s as the in-page
 * layer runs them (`findTools`). The look bundle is evaluated in each frame after the load event;
 * each sample is the mean of a batch (the page's clock is coarsened), the fastest batch counts
 * (other work on a shared machine only adds time). A tool
 * for finding what to make cheaper and for checking that the cost stays flat with the list's rows,
 * not a measurement for results.md.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { importGlob } from '../build/import-glob';
import { startMockPlatform } from '../tests/mock-platform/server';
import { launchBenchBrowser } from './browsers';
import { benchPages } from './bench-pages';

// LOOK_ROOT: another checkout's sources (main, say) to compare with, under the same load.
const root = process.env.LOOK_ROOT ? resolve(process.env.LOOK_ROOT) : resolve(import.meta.dirname, '..');
const runs = Number.parseInt(process.argv[2] ?? '', 10) || 30;
/** `npx tsx bench/look-time.ts 30 list300`: also a CPU profile of 50 looks on that page (self time by function). */
const profilePage = process.argv[3];

const entry = `
import { lookAtFrame } from './platform/frame-look';
import { findTools } from './components/field-tools/FieldToolsLayer';
import { detectPage } from './platform/detect';
import { readDocument } from './platform/dom-text';
import { findPlatformFields } from './platform/fields';
import { collectPageMessages } from './platform/page-messages';
import { readPageFacts } from './platform/page-facts';
import { readPermitOnPage } from './tools/permit-on-page';
import { fieldTools } from './components/field-tools/registry';
function sample(count, run) {
  for (let i = 0; i < 3; i++) run();
  const means = [];
  for (let batch = 0; batch < count; batch++) {
    const start = performance.now();
    for (let i = 0; i < 5; i++) run();
    means.push((performance.now() - start) / 5);
  }
  means.sort((a, b) => a - b);
  // The fastest batch: the machine is shared, and other work only ever adds time.
  return means[0];
}
globalThis.__benchLookRepeat = (count) => { for (let i = 0; i < count; i++) lookAtFrame(document, location.href, []); };
globalThis.__benchLook = (count) => {
  const kind = lookAtFrame(document, location.href, []).snapshot.detection.kind;
  return {
    lookMs: sample(count, () => lookAtFrame(document, location.href, [])),
    findMs: sample(count, () => findTools(document, kind)),
    parts: (() => {
      const parts = {};
      const time = (name, run) => { parts[name] = sample(count, run); };
      time('detect', () => detectPage({ url: location.href, document, reader: readDocument(document) }));
      time('fields', () => findPlatformFields(document, readDocument(document)));
      time('messages', () => collectPageMessages(document));
      time('facts', () => { const r = readDocument(document); readPageFacts(document, r, findPlatformFields(document, r)); });
      time('permit', () => readPermitOnPage(document, kind));
      for (const tool of fieldTools) if (tool.find) time('tool:' + tool.id, () => tool.find(document, { kind }));
      return Object.entries(parts).filter(([, ms]) => ms >= 0.3).map(([name, ms]) => name + ' ' + ms.toFixed(1)).join(', ');
    })(),
    elements: document.getElementsByTagName('*').length,
    kind,
  };
};`;

async function lookBundle(): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'tsx' },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: !profilePage,
    write: false,
    logLevel: 'silent',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    plugins: [importGlob],
    alias: { '#i18n': resolve(root, '.wxt/i18n/index.ts') },
  });
  return result.outputFiles[0]!.text;
}

interface Timing {
  parts: string;
  lookMs: number;
  findMs: number;
  elements: number;
  kind: string;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

/** Self time of 50 looks by function (the bundle is minified: names are esbuild's, positions point into it). */
async function profile(tab: import('playwright-core').Page) {
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await tab.evaluate('__benchLookRepeat(50)');
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((id, index) => {
    const node = byId.get(id)!;
    const key = `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`profile of 50 looks, ${total.toFixed(0)} ms sampled:`);
  for (const [key, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(ms / 50).toFixed(3)} ms/look  ${key}`);
}

async function main() {
  const code = await lookBundle();
  const mock = await startMockPlatform();
  const browser = await launchBenchBrowser('none', mock.port);
  try {
    console.log(`| page | frame | elements | kind | lookAtFrame ms | findTools ms | parts (ms) |`);
    console.log(`|---|---|---:|---|---:|---:|---|`);
    for (const page of benchPages) {
      const tab = await browser.context.newPage();
      await tab.goto(page.url, { waitUntil: 'load' });
      await tab.waitForTimeout(300);
      for (const frame of tab.frames()) {
        await frame.evaluate(code);
        const timing = (await frame.evaluate(`__benchLook(${Math.max(3, Math.round(runs / 5))})`)) as Timing;
        const name = frame === tab.mainFrame() ? 'top' : new URL(frame.url()).pathname.split('/').pop();
        console.log(`| ${page.id} | ${name} | ${timing.elements} | ${timing.kind} | ${timing.lookMs.toFixed(2)} | ${timing.findMs.toFixed(2)} | ${timing.parts} |`);
      }
      if (page.id === profilePage) await profile(tab);
      await tab.close();
    }
  } finally {
    await browser.close();
    await mock.close();
  }
}

await main();
