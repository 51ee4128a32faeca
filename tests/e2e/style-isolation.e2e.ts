import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startMockPlatform, type MockPlatform } from '../mock-platform/server';
import { mockRoutes } from '../mock-platform/routes';
import { cardUrl } from '../mock-platform/data/cards';
import { uploadPageUrl } from '../mock-platform/data/attachments';
import { reportViewPaths } from '../mock-platform/pages/reports';
import { chromiumPath } from '../../scripts/ensure-browsers';
import { chromiumArgs, launchWithExtension, panel, type ExtensionBrowser } from './support/chromium';
import { platformUrl } from './support/platform';

/**
 * The page looks the same with the extension: the computed styles of a sample of the page's own
 * elements are equal in a browser without the extension, with it (panel closed), and with the
 * panel open. The panel lives in a shadow root and must not leak styles into the page.
 */
const properties = [
  'display',
  'position',
  'font-size',
  'font-family',
  'color',
  'background-color',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'width',
  'height',
  'z-index',
  'box-sizing',
  'line-height',
] as const;

const pagePaths = [
  '/permitExt/defaults/default-index!getInformation.action',
  '/cas/login',
  '/permitExt/outside/registration.jsp',
  '/permitExt/outside/main',
  cardUrl('card1'),
  uploadPageUrl,
  reportViewPaths.list,
];
const routes = pagePaths.map((path) => mockRoutes.find((route) => route.path === path)!);
const elementsPerPage = 45;
const uiLanguage = process.env.UI_LANG ?? 'zh-CN';

/** Selectors (a tag:nth-of-type chain from <html>) of every nth element of the page's own DOM. */
async function sampleSelectors(page: Page, count: number): Promise<string[]> {
  return page.evaluate((wanted) => {
    const own = [...document.querySelectorAll('*')].filter((element) => !element.tagName.includes('-'));
    const step = Math.max(1, Math.floor(own.length / wanted));
    const pathOf = (element: Element): string => {
      const parts: string[] = [];
      for (let node: Element | null = element; node && node !== document.documentElement; node = node.parentElement) {
        const tag = node.tagName.toLowerCase();
        const index = [...(node.parentElement?.children ?? [])].filter((sibling) => sibling.tagName === node!.tagName).indexOf(node) + 1;
        parts.unshift(`${tag}:nth-of-type(${index})`);
      }
      return ['html', ...parts].join(' > ');
    };
    return own.filter((_, index) => index % step === 0).slice(0, wanted).map(pathOf);
  }, count);
}

async function stylesOf(page: Page, selectors: string[]): Promise<Record<string, Record<string, string> | null>> {
  return page.evaluate(
    ([list, names]) => {
      const out: Record<string, Record<string, string> | null> = {};
      for (const selector of list) {
        const element = document.querySelector(selector);
        if (!element) {
          out[selector] = null;
          continue;
        }
        const style = getComputedStyle(element);
        out[selector] = Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
      }
      return out;
    },
    [selectors, [...properties]] as const,
  );
}

let mock: MockPlatform;
let extension: ExtensionBrowser;
let plain: BrowserContext;
let plainProfile: string;

beforeAll(async () => {
  mock = await startMockPlatform();
  extension = await launchWithExtension({ port: mock.port });
  plainProfile = await mkdtemp(join(tmpdir(), 'permit-helper-plain-'));
  plain = await chromium.launchPersistentContext(plainProfile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs(mock.port),
    viewport: { width: 1280, height: 720 },
    locale: 'zh-CN',
    // The same language environment as launchWithExtension: on Linux it picks the CJK fallback fonts, and so text widths.
    env: { ...process.env, LANGUAGE: uiLanguage.replace('-', '_'), LANG: `${uiLanguage.replace('-', '_')}.UTF-8` },
  });
});

afterAll(async () => {
  await extension?.close();
  await plain?.close();
  if (plainProfile) await rm(plainProfile, { recursive: true, force: true });
  await mock?.close();
});

describe('the page keeps its computed styles', () => {
  let compared = 0;

  it.each(routes.map((route) => [route.path, route] as const))('%s', async (_path, route) => {
    const url = platformUrl(route);
    const without = await plain.newPage();
    await without.goto(url, { waitUntil: 'load' });
    const selectors = await sampleSelectors(without, elementsPerPage);
    const expected = await stylesOf(without, selectors);
    await without.close();

    const page = await extension.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const root = panel(page);
    await expect.poll(() => root.getAttribute('data-page-kind'), { timeout: 8000 }).toBe(route.kind);
    if ((await root.getAttribute('data-state')) === 'open') await page.locator('[data-testid=panel-toggle]').click();
    await expect.poll(() => root.getAttribute('data-state')).toBe('closed');
    expect(await stylesOf(page, selectors), 'panel closed').toEqual(expected);

    await page.locator('[data-testid=panel-toggle]').click();
    await expect.poll(() => root.getAttribute('data-state')).toBe('open');
    await page.waitForTimeout(200);
    expect(await stylesOf(page, selectors), 'panel open').toEqual(expected);
    await page.locator('[data-testid=panel-toggle]').click();
    await page.close();

    expect(Object.values(expected).filter(Boolean).length).toBeGreaterThan(20);
    compared += selectors.length;
  });

  it('compared at least 200 elements in all', () => {
    expect(compared).toBeGreaterThanOrEqual(200);
  });
});
