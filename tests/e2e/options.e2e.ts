import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { builtExtensionDir, launchWithExtension, type ExtensionBrowser } from './support/chromium';

const samplePackPath = resolve(import.meta.dirname, '../../docs/sample-faq-pack.json');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
// Debian's Chromium reads machine policy from here (Google Chrome: /etc/opt/chrome/policies/managed).
const policyDir = '/etc/chromium/policies/managed';
// No platform pages are opened here; the harness maps the platform hosts to this closed port.
const unusedPort = 9;

/**
 * The built extension is copied to a directory of its own, without the manifest key that pins its ID:
 * an unpacked extension without a key gets an ID from its path, so the policy written below applies
 * to this copy only, not to other tests' browsers.
 */
let extensionDir: string;
let browser: ExtensionBrowser;

beforeAll(async () => {
  extensionDir = await mkdtemp(join(tmpdir(), 'permit-helper-options-'));
  await cp(builtExtensionDir, extensionDir, { recursive: true });
  const manifestPath = join(extensionDir, 'manifest.json');
  const { key: _pinnedId, ...manifest } = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
  await writeFile(manifestPath, JSON.stringify(manifest));
  browser = await launchWithExtension({ port: unusedPort, extensionDir });
});
afterAll(async () => {
  await browser?.close();
  await rm(extensionDir, { recursive: true, force: true });
});

/**
 * Right after start-up Chromium answers storage.managed only once its policies are loaded (about
 * two seconds); the page waits up to managedReadTimeoutMs for them.
 */
async function waitUntilReady(page: Page): Promise<void> {
  await expect.poll(() => page.locator('[data-testid=options]').getAttribute('data-ready'), { timeout: 5_000 }).toBe('true');
}

async function openOptions(target: ExtensionBrowser = browser): Promise<Page> {
  const page = await target.context.newPage();
  await page.goto(`chrome-extension://${target.extensionId}/options.html`);
  await waitUntilReady(page);
  return page;
}

const field = (page: Page, path: string) => page.locator(`[data-setting="${path}"]`);
const input = (page: Page, path: string) => field(page, path).locator('input');

describe('options page', () => {
  it('is the manifest options page, opened in a tab', async () => {
    const manifest = await browser.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
  });

  it('saves the contact as it is typed and keeps it after a reload', async () => {
    const page = await openOptions();
    await input(page, 'contact.name').fill('清河市生态环境局行政审批科');
    await input(page, 'contact.phone').fill('0319-5550123');
    await expect.poll(() => page.locator('[data-testid=save-status]').textContent()).toMatch(/^已保存（\d\d:\d\d:\d\d）$/);
    await input(page, 'contact.url').fill('sthjj.example.gov.cn');
    expect(await field(page, 'contact.url').locator('.opt-error').textContent()).toContain('http://');
    await input(page, 'panel.width').fill('460');
    await field(page, 'fontSize').getByLabel('大字').check();
    await expect.poll(() => page.locator('main').getAttribute('class')).toContain('opt-root--large');

    await page.reload();
    await waitUntilReady(page);
    expect(await input(page, 'contact.name').inputValue()).toBe('清河市生态环境局行政审批科');
    expect(await input(page, 'contact.phone').inputValue()).toBe('0319-5550123');
    expect(await input(page, 'contact.url').inputValue()).toBe('');
    expect(await input(page, 'panel.width').inputValue()).toBe('460');
    expect(await field(page, 'fontSize').getByLabel('大字').isChecked()).toBe(true);
    await page.close();
  });

  it('imports the sample pack, refuses a broken one without importing anything, and removes a pack', async () => {
    const page = await openOptions();
    await page.locator('[data-testid=pack-file]').setInputFiles(samplePackPath);
    // An import reads the administrator's packs first (storage.managed, which may take a second to answer).
    await expect.poll(() => page.locator('[data-testid=pack-outcome]').textContent(), { timeout: 10_000 }).toContain('已导入内容包“清河市生态环境局 本地补充”，共 2 条');
    const packs = page.locator('[data-pack]');
    expect(await packs.count()).toBe(1);

    await page
      .locator('[data-testid=pack-paste]')
      .fill(
        JSON.stringify({
          format: 'permit-helper-faq-pack',
          version: 1,
          name: '坏的内容包',
          entries: [{ number: 120, source: 'local', section: 'local', question: '', answer: [], pageKinds: ['login'], checks: [], keywords: [], links: [], contacts: [], related: [] }],
        }),
      );
    await page.locator('[data-testid=pack-import]').click();
    const errors = page.locator('[data-testid=pack-errors]');
    await expect.poll(() => errors.textContent(), { timeout: 10_000 }).toContain('没有导入任何内容');
    expect(await errors.locator('li').allTextContents()).toEqual([
      '第 1 条（编号 120）的 question：不能为空',
      '第 1 条（编号 120）的 answer：至少需要 1 项',
    ]);
    expect(await packs.count()).toBe(1);

    await page.getByRole('button', { name: '删除内容包“清河市生态环境局 本地补充”' }).click();
    await expect.poll(() => packs.count(), { timeout: 10_000 }).toBe(0);
    expect(await page.locator('[data-testid=save-status]').textContent()).toContain('已删除');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('pack-file');
    await page.close();
  });

  it('restores the defaults only after confirming', async () => {
    const page = await openOptions();
    await input(page, 'contact.name').fill('要被清空的单位');
    await page.locator('[data-testid=reset]').click();
    // The confirm button takes the focus once it is rendered (a Preact effect, run after the next frame).
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('reset-confirm');
    await page.keyboard.press('Enter');
    await expect.poll(() => input(page, 'contact.name').inputValue()).toBe('');
    expect(await page.locator('[data-testid=save-status]').textContent()).toBe('已恢复默认设置。');
    await page.close();
  });

  it('works with the keyboard alone, with a visible focus ring, and passes axe (WCAG 2 AA)', async () => {
    const page = await openOptions();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      return { id: element.closest('[data-setting]')?.getAttribute('data-setting'), outline: getComputedStyle(element).outlineStyle };
    });
    expect(focused).toEqual({ id: 'contact.name', outline: 'solid' });
    // The page's CSP forbids injected <script> tags; evaluating the source goes through the debugger.
    await page.evaluate(await readFile(axePath, 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
      return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('enterprise policy (Chromium 3rdparty extension policy)', () => {
  it('shows policy values as set by the administrator and lists the policy pack', async () => {
    const policyFile = join(policyDir, `permit-helper-e2e-${browser.extensionId}.json`);
    const samplePack = JSON.parse(await readFile(samplePackPath, 'utf8')) as unknown;
    let managedBrowser: ExtensionBrowser | undefined;
    try {
      await mkdir(policyDir, { recursive: true });
      await writeFile(
        policyFile,
        JSON.stringify({
          '3rdparty': {
            extensions: {
              [browser.extensionId]: {
                contact: { name: '清河市生态环境局', phone: '0319-5550123' },
                panel: { side: 'left' },
                packs: [samplePack],
              },
            },
          },
        }),
      );
      managedBrowser = await launchWithExtension({ port: unusedPort, extensionDir });
      expect(managedBrowser.extensionId).toBe(browser.extensionId);
      const page = await openOptions(managedBrowser);
      const name = field(page, 'contact.name');
      // Chromium loads policies a second or two after start-up; the page follows when they arrive.
      await expect.poll(() => name.getAttribute('data-managed'), { timeout: 10_000 }).toBe('true');
      expect(await name.locator('input').inputValue()).toBe('清河市生态环境局');
      expect(await name.locator('input').isDisabled()).toBe(true);
      expect(await name.locator('.opt-managed').textContent()).toBe('由管理员设置');
      expect(await field(page, 'panel.side').getByLabel('页面左边').isChecked()).toBe(true);
      expect(await field(page, 'panel.side').getAttribute('data-managed')).toBe('true');
      expect(await field(page, 'contact.address').getAttribute('data-managed')).toBeNull();
      expect(await input(page, 'contact.address').isDisabled()).toBe(false);
      const pack = page.locator('[data-pack="清河市生态环境局 本地补充"]');
      expect(await pack.getAttribute('data-managed')).toBe('true');
      expect(await pack.getByRole('button').count()).toBe(0);
      expect(await page.locator('[data-testid=managed-notice]').count()).toBe(1);
      await page.close();
    } finally {
      await rm(policyFile, { force: true });
      await managedBrowser?.close();
    }
  });
});
