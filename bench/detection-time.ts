/**
 * Page-detection time (`detectPage` on a frame's URL and Document) for the benchmark's pages and
 * their iframes, summed over the frames of a page as the content script runs it once per frame.
 * Two ways: in Node on happy-dom documents parsed from the mock's HTML (scripts not run), and in
 * Chromium on the live DOM, with detectPage bundled by esbuild and evaluated in each frame.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { Window } from 'happy-dom';
import type { BrowserContext } from 'playwright-core';
import { importGlob } from '../build/import-glob';
import { detectPage } from '../platform/detect';
import { findMockRoute } from '../tests/mock-platform/routes';
import { siteForHost } from '../tests/mock-platform/server';
import type { BenchPage } from './page-load';
import { median, timeRuns } from './stats';

const root = resolve(import.meta.dirname, '..');

interface FrameDocument {
  url: string;
  document: Document;
}

function renderMockPage(url: URL): string {
  const route = findMockRoute(siteForHost(url.host), url);
  if (!route) throw new Error(`the mock platform has no page at ${url.href}`);
  return route.render({ url, method: 'GET', body: '' }).html;
}

/** The page's document and those of its iframes (one level, as the mock's pages nest), parsed by happy-dom. */
function frameDocuments(pageUrl: string): FrameDocument[] {
  const window = new Window({
    url: pageUrl,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  const parse = (url: URL) =>
    new window.DOMParser().parseFromString(renderMockPage(url), 'text/html') as unknown as Document;
  const top = parse(new URL(pageUrl));
  const frames = [...top.querySelectorAll('iframe[src]')].map((frame) => new URL(frame.getAttribute('src')!, pageUrl));
  return [{ url: pageUrl, document: top }, ...frames.map((url) => ({ url: url.href, document: parse(url) }))];
}

export interface DetectionTime {
  frames: number;
  /** Sum over the page's frames of the median time per detection, ms. */
  nodeMs: number;
  chromiumMs: number;
}

export async function detectionTimeInNode(page: BenchPage, runs = 200): Promise<{ frames: number; ms: number }> {
  const docs = frameDocuments(page.url);
  let total = 0;
  for (const doc of docs) total += median(await timeRuns(runs, () => detectPage(doc)));
  return { frames: docs.length, ms: total };
}

let bundled: Promise<string> | undefined;

function detectBundle(): Promise<string> {
  bundled ??= build({
    stdin: {
      contents: "import { detectPage } from './platform/detect'; globalThis.__benchDetectPage = detectPage;",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    plugins: [importGlob],
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}

/**
 * In-page timing: the page's clock is coarsened (100 µs without cross-origin isolation), so each
 * sample is the mean of a batch of 10 detections; median of `runs / 10` batches.
 */
export async function detectionTimeInChromium(context: BrowserContext, page: BenchPage, runs = 200): Promise<{ frames: number; ms: number }> {
  const code = await detectBundle();
  const tab = await context.newPage();
  try {
    await tab.goto(page.url, { waitUntil: 'load' });
    let total = 0;
    for (const frame of tab.frames()) {
      await frame.evaluate(code);
      const batches = await frame.evaluate((count) => {
        const detect = (globalThis as unknown as { __benchDetectPage: (input: { url: string; document: Document }) => unknown }).__benchDetectPage;
        const input = { url: location.href, document };
        for (let i = 0; i < 5; i++) detect(input);
        const means: number[] = [];
        for (let batch = 0; batch < count; batch++) {
          const start = performance.now();
          for (let i = 0; i < 10; i++) detect(input);
          means.push((performance.now() - start) / 10);
        }
        return means;
      }, Math.max(1, Math.round(runs / 10)));
      total += median(batches);
    }
    return { frames: tab.frames().length, ms: total };
  } finally {
    await tab.close();
  }
}
