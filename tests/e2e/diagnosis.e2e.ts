import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { startMockPlatform, type MockPlatform } from '../mock-platform/server';
import jsQR from 'jsqr';
import { parseCompactReport } from '../../diagnosis/compact-report';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';

let mock: MockPlatform;
let browser: ExtensionBrowser;

beforeAll(async () => {
  mock = await startMockPlatform();
  browser = await launchWithExtension({ port: mock.port });
});
afterEach(() => mock.resetScenarios());
afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

async function diagnoseInPopup(): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.locator('[data-testid=diagnose]').click();
  await expect.poll(() => popup.locator('[data-testid=report]').getAttribute('data-state'), { timeout: 15_000 }).toBe('done');
  return popup;
}

const check = (page: Page, id: string) => page.locator(`[data-check="${id}"]`);

describe('one-click diagnosis in the popup', () => {
  it('runs at least ten checks, each with a status, and keeps personal data out', async () => {
    const popup = await diagnoseInPopup();
    const statuses = await popup.locator('[data-check]').evaluateAll((items) =>
      items.map((item) => [item.getAttribute('data-check'), item.getAttribute('data-status')]),
    );
    expect(statuses.length).toBeGreaterThanOrEqual(10);
    for (const [, status] of statuses) expect(['pass', 'warn', 'fail', 'info', 'skip']).toContain(status);
    expect(await check(popup, 'reach-platform').getAttribute('data-status')).toBe('pass');
    expect(await check(popup, 'clock').getAttribute('data-status')).toBe('pass');
    expect(await check(popup, 'flash').count()).toBe(1);
    await expect.poll(() => popup.locator('.dx-privacy').textContent()).toContain('不含个人信息');
    await popup.close();
  });

  it('reports a skewed server clock', async () => {
    mock.setScenario('permit', { mode: 'skew', minutes: 15 });
    const popup = await diagnoseInPopup();
    expect(await check(popup, 'clock').getAttribute('data-status')).toBe('fail');
    expect(await check(popup, 'clock').textContent()).toMatch(/慢 1[45] 分/);
    await popup.close();
  });

  it('tells a timeout, a server error and an anti-bot challenge apart', async () => {
    mock.setScenario('permit', { mode: 'error500' });
    mock.setScenario('monitoring', { mode: 'challenge412' });
    let popup = await diagnoseInPopup();
    expect(await check(popup, 'reach-platform').getAttribute('data-status')).toBe('fail');
    expect(await check(popup, 'reach-platform').textContent()).toContain('500');
    expect(await check(popup, 'reach-monitoring').getAttribute('data-status')).toBe('info');
    expect(await check(popup, 'reach-monitoring').textContent()).toContain('412');
    await popup.close();

    // A failed check shows on the toolbar icon.
    await expect.poll(() => browser.serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('!');

    mock.resetScenarios();
    mock.setScenario('permit', { mode: 'timeout' });
    popup = await diagnoseInPopup();
    expect(await check(popup, 'reach-platform').getAttribute('data-status')).toBe('fail');
    expect(await check(popup, 'reach-platform').textContent()).toContain('超时');
    await popup.close();

    mock.resetScenarios();
    popup = await diagnoseInPopup();
    expect(await popup.locator('[data-check][data-status=fail]').count()).toBe(0);
    await expect.poll(() => browser.serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    await popup.close();
  });

  it('shows the report as a QR code that decodes to the same statuses, and a case code the popup reads back', async () => {
    mock.setScenario('permit', { mode: 'error500' });
    const popup = await diagnoseInPopup();
    const shown = await popup.locator('[data-testid=report] [data-check]').evaluateAll((items) =>
      items.map((item) => ({ id: item.getAttribute('data-check'), status: item.getAttribute('data-status') })),
    );
    expect(shown.find((item) => item.id === 'reach-platform')?.status).toBe('fail');

    await popup.locator('[data-testid=report-qr-show]').click();
    const svg = popup.locator('[data-testid=report-qr]');
    await svg.waitFor();
    // Rasterise the SVG as a screen would show it and let jsQR read it as a phone camera would.
    const image = await svg.evaluate(async (element) => {
      const size = 400;
      const source = new XMLSerializer().serializeToString(element);
      const picture = new Image(size, size);
      picture.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
      await picture.decode();
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const context = canvas.getContext('2d')!;
      context.drawImage(picture, 0, 0, size, size);
      return { size, pixels: Array.from(context.getImageData(0, 0, size, size).data) };
    });
    const scanned = jsQR(Uint8ClampedArray.from(image.pixels), image.size, image.size)?.data ?? '';
    const report = parseCompactReport(scanned);
    expect(report?.statuses).toEqual(shown);
    expect(report?.browser).toMatch(/Chrom/);
    expect(scanned).not.toMatch(/permit\.mee\.gov\.cn|\?/);

    const caseCode = (await popup.locator('[data-testid=case-code]').textContent())?.trim() ?? '';
    expect(report?.caseCode).toBe(caseCode);
    await popup.locator('[data-testid=case-code-reader] summary').click();
    await popup.locator('[data-testid=case-code-input]').fill(caseCode.toLowerCase().replace(/-/g, ' '));
    const readBack = await popup.locator('[data-testid=case-code-reading] [data-check]').evaluateAll((items) =>
      items.map((item) => ({ id: item.getAttribute('data-check'), status: item.getAttribute('data-status') })),
    );
    expect(readBack).toEqual(shown);
    await popup.locator('[data-testid=case-code-input]').fill(caseCode.slice(0, -1) + (caseCode.endsWith('0') ? '1' : '0'));
    await expect.poll(() => popup.locator('[data-testid=case-code-error]').textContent()).toContain('校验不通过');
    await popup.close();
  });

  it('copies the report as text and saves it as Markdown and JSON', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const popup = await diagnoseInPopup();
    await popup.locator('[data-testid=report-copy]').click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toContain('排污许可平台自检助手');
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('连接排污许可平台');

    const [markdown] = await Promise.all([popup.waitForEvent('download'), popup.locator('[data-testid=report-save-md]').click()]);
    expect(markdown.suggestedFilename()).toMatch(/^permit-self-check-\d{12}\.md$/);
    const markdownText = await readFile((await markdown.path())!, 'utf8');
    expect(markdownText).toMatch(/^#/m);

    const [json] = await Promise.all([popup.waitForEvent('download'), popup.locator('[data-testid=report-save-json]').click()]);
    const parsed = JSON.parse(await readFile((await json.path())!, 'utf8')) as { results: { id: string }[] };
    expect(parsed.results.map((result) => result.id)).toContain('reach-platform');
    await popup.close();
  });
});

describe('a DNS failure', () => {
  it('is reported for the monitoring platform when its name does not resolve', async () => {
    const dnsBrowser = await launchWithExtension({ port: mock.port, extraHostRules: ['MAP wryjc.cnemc.cn ~NOTFOUND'] });
    try {
      const popup = await dnsBrowser.context.newPage();
      await popup.goto(`chrome-extension://${dnsBrowser.extensionId}/popup.html`);
      await popup.locator('[data-testid=diagnose]').click();
      await expect.poll(() => popup.locator('[data-testid=report]').getAttribute('data-state'), { timeout: 15_000 }).toBe('done');
      expect(await check(popup, 'reach-monitoring').getAttribute('data-status')).toBe('fail');
      expect(await check(popup, 'reach-platform').getAttribute('data-status')).toBe('pass');
    } finally {
      await dnsBrowser.close();
    }
  });
});
