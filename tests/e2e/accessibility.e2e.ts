import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startMockPlatform, type MockPlatform } from '../mock-platform/server';
import { pickerUrl } from '../mock-platform/pages/lnglat-picker';
import { launchWithExtension, panel, type ExtensionBrowser } from './support/chromium';
import { permitUrl } from './support/platform';

/**
 * Keyboard use and axe (WCAG 2 A/AA) on everything a user reads: the panel's four sections on
 * platform pages, the popup with a report, the FAQ page, tools.html and the options page.
 * Serious and critical findings fail the test; moderate and minor ones are printed.
 */

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let mock: MockPlatform;
let browser: ExtensionBrowser;

beforeAll(async () => {
  mock = await startMockPlatform();
  browser = await launchWithExtension({ port: mock.port });
});
afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

interface AxeFindings {
  /** `rule (impact): target` for serious and critical violations. */
  blocking: string[];
  /** The same for moderate and minor violations. */
  other: string[];
  /** Rules that passed, to prove the context reached something. */
  passed: string[];
  /** Colour-contrast nodes axe could not decide (text over a fixed box it cannot see behind). */
  undecidedContrast: string[];
}

/** Runs axe in `target` on `context` (a document, or our panel's shadow root). */
async function runAxe(target: Page, context: 'document' | 'panel'): Promise<AxeFindings> {
  // Extension pages forbid injected <script> tags (script-src 'self'); evaluation through the debugger is not subject to CSP.
  await target.evaluate(await axeSource);
  return target.evaluate(
    async ({ context, tags }) => {
      type Node = { target: unknown[] };
      type Rule = { id: string; impact?: string | null; nodes: Node[] };
      type Result = { violations: Rule[]; passes: Rule[]; incomplete: Rule[] };
      const axe = (window as unknown as { axe: { run(context: unknown, options: object): Promise<Result> } }).axe;
      const where = context === 'document' ? document : { include: [{ fromShadowDom: ['permit-helper-panel', '.ph-root'] }] };
      const result = await axe.run(where, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
      const describe = (rule: Rule) => `${rule.id} (${rule.impact ?? 'n/a'}): ${rule.nodes.map((node) => JSON.stringify(node.target)).join(' ')}`;
      return {
        blocking: result.violations.filter((rule) => rule.impact === 'serious' || rule.impact === 'critical').map(describe),
        other: result.violations.filter((rule) => rule.impact !== 'serious' && rule.impact !== 'critical').map(describe),
        passed: result.passes.map((rule) => rule.id),
        undecidedContrast: result.incomplete.filter((rule) => rule.id === 'color-contrast').flatMap((rule) => rule.nodes.map((node) => JSON.stringify(node.target))),
      };
    },
    { context, tags: wcagTags },
  );
}

/**
 * Contrast axe left undecided on an extension page, decided again with each element scrolled into
 * view (text at the edge of a scrolled box counts as "obscured"). Returns what stays undecided or fails.
 */
async function contrastAfterScrolling(target: Page, selectors: string[]): Promise<string[]> {
  const left: string[] = [];
  for (const selector of selectors) {
    const outcome = await target.evaluate(async (path) => {
      type Result = { violations: unknown[]; incomplete: unknown[]; passes: unknown[] };
      const axe = (window as unknown as { axe: { run(context: unknown, options: object): Promise<Result> } }).axe;
      const element = document.querySelector(path[0]!);
      element?.scrollIntoView({ block: 'center' });
      const result = await axe.run(element, { runOnly: { type: 'rule', values: ['color-contrast'] } });
      return result.passes.length > 0 ? 'pass' : result.violations.length > 0 ? 'fail' : 'undecided';
    }, JSON.parse(selector) as string[]);
    if (outcome !== 'pass') left.push(`${selector}: ${outcome}`);
  }
  return left;
}

/**
 * Text colour against the nearest opaque background of each text element in the panel, computed
 * the WCAG way: axe leaves text over a fixed-position box undecided, so the panel's colours are
 * checked here directly. Returns the elements below 4.5:1 (3:1 for large text).
 */
async function lowContrastInPanel(target: Page): Promise<{ checked: number; low: string[] }> {
  return target.evaluate(() => {
    const root = document.querySelector('permit-helper-panel')?.shadowRoot;
    if (!root) return { checked: 0, low: [] };
    const parse = (color: string) => {
      const match = /rgba?\(([^)]+)\)/.exec(color);
      const [r = 0, g = 0, b = 0, a = 1] = (match?.[1] ?? '0,0,0,0').split(/[ ,/]+/).map(Number);
      return { r, g, b, a: match ? a : 0 };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const channel = (value: number) => {
        const v = value / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const background = (element: Element | null) => {
      for (let node = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
        const color = parse(getComputedStyle(node).backgroundColor);
        if (color.a >= 0.99) return color;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const low: string[] = [];
    let checked = 0;
    for (const element of root.querySelectorAll<HTMLElement>('*')) {
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
      if (!ownText || element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || (element as HTMLButtonElement).disabled) continue;
      checked += 1;
      const fg = parse(style.color);
      const bg = background(element);
      const blended = { r: fg.r * fg.a + bg.r * (1 - fg.a), g: fg.g * fg.a + bg.g * (1 - fg.a), b: fg.b * fg.a + bg.b * (1 - fg.a) };
      const [light, dark] = [luminance(blended), luminance(bg)].sort((x, y) => y - x) as [number, number];
      const ratio = (light + 0.05) / (dark + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) low.push(`${element.tagName.toLowerCase()}.${element.className} "${element.textContent!.trim().slice(0, 20)}" ${ratio.toFixed(2)}`);
    }
    return { checked, low };
  });
}

/** The focused element, looking into our shadow root. */
function deepFocus(target: Page) {
  return target.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element) return null;
    const style = getComputedStyle(element);
    return {
      id: element.id,
      testid: element.getAttribute('data-testid'),
      role: element.getAttribute('role'),
      text: (element.textContent ?? '').trim().slice(0, 40),
      outline: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
    };
  });
}

async function openPanel(target: Page) {
  const root = panel(target);
  await root.waitFor({ state: 'attached' });
  // The panel may open by itself on a page that shows a problem; a click racing it would close it again.
  for (let attempt = 0; attempt < 3 && (await root.getAttribute('data-state')) !== 'open'; attempt++) {
    await target.locator('[data-testid=panel-toggle]').click();
    await target.waitForTimeout(300);
  }
  await expect.poll(() => root.getAttribute('data-state'), { timeout: 5000 }).toBe('open');
  await panel(target).locator('[data-testid=panel-section-help]').waitFor();
}

const report: string[] = [];
function note(where: string, findings: AxeFindings) {
  for (const line of findings.other) report.push(`${where}: ${line}`);
}
afterAll(() => {
  if (report.length > 0) console.info(`axe moderate/minor findings:\n${report.join('\n')}`);
});

describe('the panel passes axe in each section', () => {
  const pages = [
    { name: 'login with an error', path: '/cas/login?error=true' },
    { name: 'registration', path: '/permitExt/outside/registration.jsp?state=exists' },
    { name: 'coordinate card', path: pickerUrl('a') },
    { name: 'renewal', path: '/permitExt/syssb/ckxm/ckxm!listBcyx.action?itemTypeID=XZXKTYPE_D&itemtype=TYPED' },
  ];

  it.each(pages.map((entry) => [entry.name, entry.path] as const))('%s', async (name, path) => {
    const page = await browser.context.newPage();
    await page.goto(permitUrl(path), { waitUntil: 'load' });
    await openPanel(page);
    const sections = ['help', 'checks', 'tools', 'search'] as const;
    for (const section of sections) {
      await panel(page).locator(`[data-testid=panel-section-${section}]`).click();
      if (section === 'help') {
        await panel(page).locator('li[data-faq]').first().waitFor();
      } else if (section === 'checks') {
        await panel(page).locator('[data-testid=diagnose]').click();
        await expect.poll(() => panel(page).locator('[data-testid=report]').getAttribute('data-state'), { timeout: 15_000 }).toBe('done');
      } else if (section === 'tools') {
        await panel(page).locator('[data-testid=panel-tools]').waitFor();
      } else {
        await panel(page).locator('input[type=search]').fill('密码忘了');
        await panel(page).locator('button[data-faq-item]').first().waitFor();
      }
      const findings = await runAxe(page, 'panel');
      note(`panel ${section} on ${name}`, findings);
      expect(findings.passed, 'axe reached the panel').toContain('button-name');
      expect(findings.blocking, `${section} on ${name}`).toEqual([]);
      const contrast = await lowContrastInPanel(page);
      expect(contrast.checked).toBeGreaterThan(5);
      expect(contrast.low, `contrast in ${section} on ${name}`).toEqual([]);
    }
    await page.close();
  });
});

describe('extension pages pass axe', () => {
  const extensionPage = async (path: string) => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`, { waitUntil: 'load' });
    return page;
  };

  it('the popup after a diagnosis', async () => {
    const page = await extensionPage('popup.html');
    await page.locator('[data-testid=diagnose]').click();
    await expect.poll(() => page.locator('[data-testid=report]').getAttribute('data-state'), { timeout: 15_000 }).toBe('done');
    const findings = await runAxe(page, 'document');
    note('popup', findings);
    expect(findings.blocking).toEqual([]);
    expect(await contrastAfterScrolling(page, findings.undecidedContrast)).toEqual([]);
    await page.close();
  });

  it('the FAQ page: the list, and entry 14 open', async () => {
    const page = await extensionPage('faq.html');
    await page.locator('button[data-faq-item]').first().waitFor();
    const list = await runAxe(page, 'document');
    note('faq list', list);
    expect(list.blocking).toEqual([]);
    expect(await contrastAfterScrolling(page, list.undecidedContrast)).toEqual([]);
    await page.locator('button[data-faq-item="14"]').click();
    await page.locator('[data-faq="14"] .faq-entry__question').waitFor();
    const entry = await runAxe(page, 'document');
    note('faq entry 14', entry);
    expect(entry.blocking).toEqual([]);
    expect(await contrastAfterScrolling(page, entry.undecidedContrast)).toEqual([]);
    await page.close();
  });

  it.each([['tools.html'], ['options.html']])('%s', async (path) => {
    const page = await extensionPage(path);
    if (path === 'options.html') await expect.poll(() => page.locator('[data-testid=options]').getAttribute('data-ready'), { timeout: 15_000 }).toBe('true');
    const findings = await runAxe(page, 'document');
    note(path, findings);
    expect(findings.blocking).toEqual([]);
    expect(await contrastAfterScrolling(page, findings.undecidedContrast)).toEqual([]);
    await page.close();
  });
});

describe('keyboard alone', () => {
  it('reaches the panel tab, opens it onto its title, moves between sections, and Escape returns focus to the tab', async () => {
    const page = await browser.context.newPage();
    await page.goto(permitUrl('/cas/login'), { waitUntil: 'load' });
    const root = panel(page);
    await root.waitFor({ state: 'attached' });
    if ((await root.getAttribute('data-state')) === 'open') {
      await page.locator('[data-testid=panel-toggle]').click();
      await expect.poll(() => root.getAttribute('data-state')).toBe('closed');
      // A fresh load, so that nothing starts out focused by the mouse.
      await page.reload({ waitUntil: 'load' });
      await root.waitFor({ state: 'attached' });
    }
    expect(await root.getAttribute('data-state')).toBe('closed');
    // Screen readers read the panel in the browser's language, not the page's.
    expect(await root.getAttribute('lang')).toMatch(process.env.UI_LANG === 'en' ? /^en\b/ : /^zh-CN$/);

    // The tab sits at the end of the document: Tab through the page until it is reached.
    let focused = await deepFocus(page);
    for (let presses = 0; presses < 80 && focused?.testid !== 'panel-toggle'; presses++) {
      await page.keyboard.press('Tab');
      focused = await deepFocus(page);
    }
    expect(focused?.testid).toBe('panel-toggle');
    expect(focused?.outline).toBe('solid');
    expect(focused?.outlineWidth).toBeGreaterThanOrEqual(2);
    expect(await page.locator('[data-testid=panel-toggle]').getAttribute('aria-expanded')).toBe('false');

    await page.keyboard.press('Enter');
    await expect.poll(() => root.getAttribute('data-state')).toBe('open');
    await expect.poll(async () => (await deepFocus(page))?.id).toBe('ph-title');
    expect(await page.locator('[data-testid=panel-toggle]').getAttribute('aria-expanded')).toBe('true');

    // Tab moves into the panel: the close button, then the selected section tab.
    await page.keyboard.press('Tab');
    expect((await deepFocus(page))?.text).toBe('×');
    await page.keyboard.press('Tab');
    focused = await deepFocus(page);
    expect(focused).toMatchObject({ testid: 'panel-section-help', role: 'tab', outline: 'solid' });
    await page.keyboard.press('ArrowRight');
    expect((await deepFocus(page))?.testid).toBe('panel-section-checks');
    expect(await root.locator('[data-testid=panel-section-checks]').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect((await deepFocus(page))?.testid).toBe('panel-section-search');

    // Into the section: the search box takes typing.
    await page.keyboard.press('Tab');
    let steps = 0;
    while ((await page.evaluate(() => document.querySelector('permit-helper-panel')?.shadowRoot?.activeElement?.getAttribute('type'))) !== 'search' && steps++ < 12) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('验证码');
    await root.locator('button[data-faq-item]').first().waitFor();

    await page.keyboard.press('Escape');
    // The first Escape clears the search box; the next one closes the panel.
    if ((await root.getAttribute('data-state')) === 'open') await page.keyboard.press('Escape');
    await expect.poll(() => root.getAttribute('data-state')).toBe('closed');
    focused = await deepFocus(page);
    expect(focused?.testid).toBe('panel-toggle');
    expect(focused?.outline).toBe('solid');
    await page.close();
  });

  it('the popup: Tab reaches 一键诊断 and Enter runs it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`, { waitUntil: 'load' });
    let focused = await deepFocus(page);
    for (let presses = 0; presses < 5 && focused?.testid !== 'diagnose'; presses++) {
      await page.keyboard.press('Tab');
      focused = await deepFocus(page);
    }
    expect(focused).toMatchObject({ testid: 'diagnose', outline: 'solid' });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid=report]').getAttribute('data-state'), { timeout: 15_000 }).toBe('done');
    await page.close();
  });

  it('the FAQ page: search, arrow into the results, Enter opens, Escape goes back to the list', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/faq.html`, { waitUntil: 'load' });
    let steps = 0;
    while ((await page.evaluate(() => document.activeElement?.getAttribute('type'))) !== 'search' && steps++ < 12) {
      await page.keyboard.press('Tab');
    }
    expect((await deepFocus(page))?.outline).toBe('solid');
    await page.keyboard.type('许可证丢了');
    await expect.poll(() => page.locator('.faq-search__status').textContent(), { timeout: 5000 }).not.toBe('');
    await page.keyboard.press('ArrowDown');
    const first = await deepFocus(page);
    expect(first?.outline).toBe('solid');
    const number = await page.evaluate(() => document.activeElement?.getAttribute('data-faq-item'));
    expect(number).toMatch(/^\d+$/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-faq-item'))).toBe(number);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-faq]')?.getAttribute('data-faq'))).toBe(number);
    expect(page.url()).toContain(`#faq-${number}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-faq-item'))).toBe(number);
    await page.close();
  });

  // The options page is ready once settings, packs and the policy are read; the policy read can take
  // up to its 1 s timeout, more on a loaded CI machine, hence the generous waits below.
  it('the options page and tools.html: every control is reached by Tab with a visible focus ring', async () => {
    for (const path of ['options.html', 'tools.html']) {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`, { waitUntil: 'load' });
      if (path === 'options.html') await expect.poll(() => page.locator('[data-testid=options]').getAttribute('data-ready'), { timeout: 15_000 }).toBe('true');
      const controls = await page.evaluate(
        () => [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')].filter((element) => !(element as HTMLInputElement).disabled && element.getClientRects().length > 0).length,
      );
      const seen = new Set<string>();
      const noRing: string[] = [];
      for (let presses = 0; presses < controls + 5; presses++) {
        await page.keyboard.press('Tab');
        const state = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body) return null;
          const style = getComputedStyle(element);
          const path: string[] = [];
          for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) path.push(`${node.tagName}${[...node.parentElement!.children].indexOf(node)}`);
          return { key: path.join('<'), ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
        });
        if (!state) continue;
        seen.add(state.key);
        if (!state.ring) noRing.push(state.key);
      }
      expect(noRing, `${path}: focused without a ring`).toEqual([]);
      // Radio groups take one Tab stop, so fewer stops than controls is expected; most must be reached.
      expect(seen.size, path).toBeGreaterThan(controls / 3);
      await page.close();
    }
  });
});
