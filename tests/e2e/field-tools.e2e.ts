import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { startMockPlatform, type MockPlatform } from '../mock-platform/server';
import { cardUrl } from '../mock-platform/layout/card-frame';
import { uploadPageUrl } from '../mock-platform/data/attachments';
import { demoEnterprise } from '../mock-platform/data/enterprise';
import { computeCheckChar } from '../../tools/credit-code';
import { renewalDeadline } from '../../tools/deadlines';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { permitUrl } from './support/platform';

let mock: MockPlatform;
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  mock = await startMockPlatform();
  browser = await launchWithExtension({ port: mock.port });
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

/** The frame whose URL contains `part` (the platform shows modules inside the dashboard's iframes). */
async function frameWith(target: Page, part: string): Promise<Frame> {
  await expect.poll(() => target.frames().some((frame) => frame.url().includes(part)), { timeout: 8000 }).toBe(true);
  return target.frames().find((frame) => frame.url().includes(part))!;
}

describe('field tools on the mock platform', () => {
  it('puts an inline message with the expected check character under a wrong credit code', async () => {
    await page.goto(permitUrl('/permitExt/outside/registration.jsp'), { waitUntil: 'load' });
    const field = page.locator('#tyshxydm');
    const styleBefore = await field.getAttribute('style');
    const first17 = demoEnterprise.creditCode.slice(0, 17);
    const expected = computeCheckChar(first17)!;
    const wrong = first17 + (expected === 'A' ? 'B' : 'A');
    await field.fill(wrong);
    const tip = page.locator('[data-testid=credit-code-tip][data-valid=false]');
    await expect.poll(() => tip.textContent(), { timeout: 5000 }).toContain(`应为 ${expected}`);
    // The page's field is neither restyled nor changed by the check.
    expect(await field.getAttribute('style')).toBe(styleBefore);
    expect(await field.inputValue()).toBe(wrong);

    await field.fill(demoEnterprise.creditCode);
    await expect.poll(() => page.locator('[data-testid=credit-code-tip]').getAttribute('data-valid'), { timeout: 5000 }).toBe('true');
  });

  it('suggests the tidy form, changes the value only on click, and undoes it', async () => {
    await page.goto(permitUrl('/permitExt/outside/registration.jsp'), { waitUntil: 'load' });
    const field = page.locator('#tyshxydm');
    const typed = demoEnterprise.creditCode.toLowerCase();
    await field.fill(typed);
    const apply = page.locator('[data-testid=credit-code-tip] [data-testid=credit-code-apply]');
    await apply.waitFor({ timeout: 5000 });
    expect(await field.inputValue()).toBe(typed);
    await apply.click();
    expect(await field.inputValue()).toBe(demoEnterprise.creditCode);
    await page.locator('[data-testid=undo-credit-code]').click();
    expect(await field.inputValue()).toBe(typed);
  });

  it('converts a DMS coordinate, fills the picker’s decimal inputs, and undo restores them', async () => {
    await page.goto(permitUrl(cardUrl('card2')), { waitUntil: 'load' });
    const card = page.locator('[data-testid=coordinate-tool]');
    await card.waitFor({ timeout: 8000 });
    await page.locator('#lngInput').fill('1');
    await card.locator('[data-testid=coordinate-input]').fill('东经116°11′37.87″ 北纬40°2′46.38″');
    await card.locator('[data-testid=fill-coordinates]').click();
    expect(await page.locator('#lngInput').inputValue()).toBe('116.193853');
    expect(await page.locator('#latInput').inputValue()).toBe('40.046217');
    // The platform's own 定位 accepts what was filled in.
    let alerted = '';
    page.once('dialog', (dialog) => {
      alerted = dialog.message();
      void dialog.dismiss();
    });
    await page.locator('#locateBtn').click();
    await expect.poll(() => page.locator('#pickState').textContent()).toContain('已定位');
    expect(alerted).toBe('');

    await card.locator('[data-testid=undo-fill]').click();
    expect(await page.locator('#lngInput').inputValue()).toBe('1');
    expect(await page.locator('#latInput').inputValue()).toBe('');
  });

  it('outlines the 定位 button when its step is pointed at', async () => {
    await page.goto(permitUrl(cardUrl('card2')), { waitUntil: 'load' });
    const step = page.locator('[data-testid=coordinate-tool] [data-step="locate-2"]');
    await step.hover();
    const box = await page.locator('[data-testid=control-highlight]').boundingBox();
    const button = await page.locator('#locateBtn').boundingBox();
    expect(box && button && Math.abs(box.x + 4 - button.x) < 2 && Math.abs(box.y + 4 - button.y) < 2).toBe(true);
  });

  it('warns about a HEIC photo named .jpg, without blocking the upload', async () => {
    await page.goto(permitUrl(uploadPageUrl), { waitUntil: 'load' });
    const heic = Buffer.alloc(4096);
    heic.writeUInt32BE(0x18, 0);
    heic.write('ftypheic', 4, 'latin1');
    heic.write('mif1heic', 16, 'latin1');
    await page.setInputFiles('#file_YYZZ', { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: heic });
    const tip = page.locator('[data-testid=upload-tip]');
    await expect.poll(() => tip.getAttribute('data-level'), { timeout: 5000 }).toBe('warn');
    expect(await tip.textContent()).toContain('HEIC');
    expect(await page.locator('#file_YYZZ').evaluate((input: HTMLInputElement) => input.files?.[0]?.name)).toBe('photo.jpg');
  });

  it('shows a ✓ line for a sound PNG', async () => {
    await page.goto(permitUrl(uploadPageUrl), { waitUntil: 'load' });
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    await page.setInputFiles('#file_HPPF', { name: 'pifu.png', mimeType: 'image/png', buffer: png });
    await expect.poll(() => page.locator('[data-testid=upload-tip]').getAttribute('data-level'), { timeout: 5000 }).toBe('ok');
  });

  it('shows the last day to apply on the renewal page', async () => {
    await page.goto(permitUrl('/permitExt/syssb/ckxm/ckxm!listBcyx.action?itemTypeID=XZXKTYPE_D&itemtype=TYPED'), { waitUntil: 'load' });
    const expected = renewalDeadline(demoEnterprise.permitValidTo);
    if ('error' in expected) throw new Error('the demo expiry must give a deadline');
    const tip = page.locator('[data-testid=renewal-deadline]');
    await expect.poll(() => tip.textContent(), { timeout: 8000 }).toContain(expected.date);
    expect(await tip.getAttribute('data-expiry')).toBe(demoEnterprise.permitValidTo);
  });

  it('works inside the dashboard’s module frame, where the platform shows its forms', async () => {
    await page.goto(permitUrl('/permitExt/outside/main'), { waitUntil: 'load' });
    const module = await frameWith(page, 'welcome.jsp');
    await module.goto(permitUrl(cardUrl('card1')), { waitUntil: 'load' });
    const frame = await frameWith(page, 'cardid=card1');
    const tip = frame.locator('[data-testid=credit-code-tip]');
    // The card shows the demo enterprise's (valid) code: the tip says so without any typing.
    await expect.poll(() => tip.getAttribute('data-valid'), { timeout: 8000 }).toBe('true');
    await frame.locator('#tyshxydm').fill(`${demoEnterprise.creditCode.slice(0, 17)}I`);
    await expect.poll(() => tip.textContent(), { timeout: 5000 }).toContain('字母 I');
    expect(await page.mainFrame().locator('[data-testid=credit-code-tip]').count()).toBe(0);
  });
});
