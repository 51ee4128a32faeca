/**
 * The browsers the benchmark compares. All start the same way (the e2e harness's
 * flags from `chromiumArgs`, the same viewport, locale and UI language as `launchWithExtension`);
 * only the extension differs. Our own launcher, because the no-op extension has no service
 * worker for `launchWithExtension` to wait for, and "none" loads no extension at all.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumPath } from '../scripts/ensure-browsers';
import { chromiumArgs } from '../tests/e2e/support/chromium';

/**
 * "none" loads no extension (trace-load.ts only); the benchmark compares the no-op, the two yardsticks
 * (a tab only; a tab plus one runtime message from every frame) and ours.
 */
export type Condition = 'none' | 'noop' | 'tab' | 'tabmsg' | 'ours';
export const conditions: readonly Condition[] = ['noop', 'tab', 'tabmsg', 'ours'];

export interface BenchBrowser {
  condition: Condition;
  context: BrowserContext;
  version: string;
  close(): Promise<void>;
}

export async function launchBenchBrowser(condition: Condition, port: number, extensionDir?: string): Promise<BenchBrowser> {
  if (condition !== 'none' && !extensionDir) throw new Error(`condition ${condition} needs an extension directory`);
  const profile = await mkdtemp(join(tmpdir(), `permit-helper-bench-${condition}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs(port, condition === 'none' ? undefined : extensionDir),
    viewport: { width: 1280, height: 720 },
    locale: 'zh-CN',
    env: { ...process.env, LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' },
  });
  if (condition === 'ours' && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  // A throwaway page gives the browser version (a persistent context has no Browser object).
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const { product } = (await cdp.send('Browser.getVersion')) as { product: string };
  await cdp.detach();
  await page.close();
  return {
    condition,
    context,
    version: product,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
