import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { platformHosts } from '../../../platform/hosts';
import { chromiumPath } from '../../../scripts/ensure-browsers';

/** The browser UI language for tests and screenshots: Chinese, as our users have it (UI_LANG=en for English). */
const uiLanguage = process.env.UI_LANG ?? 'zh-CN';

export const builtExtensionDir = resolve(import.meta.dirname, '../../..', process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');

/** Chromium flags proven on these machines (see the engineering notes), plus the host mapping to the mock. */
export function chromiumArgs(port: number, extensionDir?: string, extraRules: string[] = []): string[] {
  const rules = [...extraRules, ...platformHosts.map((host) => `MAP ${host} 127.0.0.1:${port}`)];
  return [
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    `--host-resolver-rules=${rules.join(', ')}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--disable-dev-shm-usage',
    `--lang=${uiLanguage}`,
  ];
}

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The browser's --user-data-dir (it also names the browser's processes). */
  profileDir: string;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

export async function launchWithExtension(options: {
  port: number;
  extensionDir?: string;
  headless?: boolean;
  extraHostRules?: string[];
  viewport?: { width: number; height: number };
  /** Further Chromium switches for one test file. */
  extraArgs?: string[];
}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? builtExtensionDir;
  const profile = await mkdtemp(join(tmpdir(), 'permit-helper-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: options.headless ?? true,
    args: [...chromiumArgs(options.port, extensionDir, options.extraHostRules), ...(options.extraArgs ?? [])],
    viewport: options.viewport ?? { width: 1280, height: 720 },
    locale: 'zh-CN',
    // On Linux the browser's (and so the extension's) UI language comes from the environment, not --lang.
    env: { ...process.env, LANGUAGE: uiLanguage.replace('-', '_'), LANG: `${uiLanguage.replace('-', '_')}.UTF-8` },
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    profileDir: profile,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Opens a platform page by its real URL (mapped to the mock) and waits for the panel. */
export async function openPlatformPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

export const panel = (page: Page) => page.locator('[data-testid=panel]');
