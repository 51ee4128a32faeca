import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { startMockPlatform, type MockPlatform } from '../mock-platform/server';
import { cardUrl } from '../mock-platform/data/cards';
import { pickerUrl } from '../mock-platform/pages/lnglat-picker';
import { uploadPageUrl } from '../mock-platform/data/attachments';
import { demoEnterprise } from '../mock-platform/data/enterprise';
import { computeCheckChar } from '../../tools/credit-code';
import { renewalDeadline } from '../../tools/deadlines';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { permitUrl } from './support/platform';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

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

/** axe's WCAG 2 AA findings for one element of our shadow root on a platform page (the mock page itself is not ours to judge). */
async function axeViolations(target: Page, selector: string): Promise<string[]> {
  await target.evaluate(await readFile(axePath, 'utf8'));
  return target.evaluate(async (inner) => {
    type Rule = { id: string; nodes: unknown[] };
    const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe;
    const result = await axe.run({ include: [{ fromShadowDom: ['permit-helper-field-tips', inner] }] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
    // No passes would mean the selector reached nothing and the check proved nothing. (Contrast comes out
    // "incomplete" over a page, as axe cannot tell what lies under an absolutely placed box; tools.html checks it.)
    if (!result.passes.some((rule) => rule.id === 'button-name')) return ['nothing checked: selector did not reach our shadow root'];
    return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  }, selector);
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
    await page.goto(permitUrl(pickerUrl('a')), { waitUntil: 'load' });
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
    await page.goto(permitUrl(pickerUrl('a')), { waitUntil: 'load' });
    const step = page.locator('[data-testid=coordinate-tool] [data-step="locate-2"]');
    await step.hover();
    const box = await page.locator('[data-testid=control-highlight]').boundingBox();
    const button = await page.locator('#locateBtn').boundingBox();
    expect(box && button && Math.abs(box.x + 4 - button.x) < 2 && Math.abs(box.y + 4 - button.y) < 2).toBe(true);
  });

  it('draws the coordinate card and a credit tip that pass axe (WCAG 2 AA) inside our shadow root', async () => {
    await page.goto(permitUrl(pickerUrl('a')), { waitUntil: 'load' });
    const card = page.locator('[data-testid=coordinate-tool]');
    await card.locator('[data-testid=coordinate-input]').fill('39.9, 80');
    await card.locator('[data-step="locate-2"]').hover();
    expect(await axeViolations(page, '[data-testid=coordinate-tool]')).toEqual([]);
    await page.goto(permitUrl('/permitExt/outside/registration.jsp'), { waitUntil: 'load' });
    await page.locator('#tyshxydm').fill('9111 0108ma01c3xk2a');
    await page.locator('[data-testid=credit-code-tip] summary').click();
    expect(await axeViolations(page, '[data-testid=credit-code-tip]')).toEqual([]);
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
    await page.locator('li.hrefli', { hasText: '许可证申请' }).click();
    const module = await frameWith(page, 'min_bctb.jsp');
    await module.goto(permitUrl(cardUrl('card1')), { waitUntil: 'load' });
    const frame = await frameWith(page, 'cardid=card1');
    const tip = frame.locator('[data-testid=credit-code-tip]');
    // The card shows the demo enterprise's (valid) code: no tip, and nothing loaded, until the user works in the field.
    await frame.waitForTimeout(500);
    expect(await tip.count()).toBe(0);
    await frame.locator('#tyshxydm').focus();
    await expect.poll(() => tip.getAttribute('data-valid'), { timeout: 8000 }).toBe('true');
    await frame.locator('#tyshxydm').fill(`${demoEnterprise.creditCode.slice(0, 17)}I`);
    await expect.poll(() => tip.textContent(), { timeout: 5000 }).toContain('字母 I');
    expect(await page.mainFrame().locator('[data-testid=credit-code-tip]').count()).toBe(0);
  });
});

describe('tools.html', () => {
  it('checks a code and converts coordinates without the platform, by keyboard, and passes axe (WCAG 2 AA)', async () => {
    const tools = await browser.context.newPage();
    await tools.goto(`chrome-extension://${browser.extensionId}/tools.html`);
    expect(await tools.locator('html').getAttribute('lang')).toBe('zh-CN');
    await tools.keyboard.press('Tab');
    await tools.keyboard.press('Tab');
    // Past the table of contents: Tab reaches the credit code box, with a visible focus ring.
    for (let i = 0; i < 6 && !(await tools.evaluate(() => document.activeElement?.getAttribute('type') === 'text')); i++) {
      await tools.keyboard.press('Tab');
    }
    expect(await tools.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await tools.keyboard.type('9111O108MA01C3XK2X');
    expect(await tools.locator('[data-testid=credit-code-message]').textContent()).toContain('字母 O');
    await tools.locator('[data-testid=converter-input]').fill('北纬39°54′27″，东经116°23′50″');
    expect(await tools.locator('[data-testid=coordinate-lon]').textContent()).toBe('116.397222');
    await tools.locator('[data-testid=credit-code-fix] summary').click();
    await tools.evaluate(await readFile(axePath, 'utf8'));
    const violations = await tools.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
      return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await tools.close();
  });
});

const panelRoot = (target: Page) => target.locator('[data-testid=panel]');
async function openHelperPanel(target: Page) {
  const root = panelRoot(target);
  await root.waitFor({ state: 'attached', timeout: 8000 });
  if ((await root.getAttribute('data-state')) !== 'open') await target.locator('[data-testid=panel-toggle]').click();
  await expect.poll(() => root.getAttribute('data-state')).toBe('open');
}
const messageAnswers = (target: Page) =>
  panelRoot(target)
    .locator('li[data-faq][data-reason=message]')
    .evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-faq'))));

describe('login failures on the mock CAS page', () => {
  it('answers a captcha error with the helper’s captcha note, labelled as not from the platform’s FAQ', async () => {
    await page.goto(permitUrl('/cas/login'), { waitUntil: 'load' });
    await page.locator('#username').fill('someone');
    await page.locator('#password').fill('secret');
    // The page's own check: the captcha left empty puts 「请输入验证码」 into #dError.
    await page.locator('#loginBtn').click();
    await expect.poll(() => page.locator('#dError').textContent()).toContain('验证码');
    await openHelperPanel(page);
    await expect.poll(() => messageAnswers(page), { timeout: 8000 }).toEqual([901]);
    const first = panelRoot(page).locator('li[data-faq]').first();
    expect(await first.textContent()).toContain('助手补充说明，非平台常见问题');
    expect(await first.textContent()).toContain('点一下验证码图片');
  });

  it('answers CAS’s 「您提供的凭证有误。」 with the credential note, and 用户名或密码错误 with FAQ 1 then that note', async () => {
    await page.goto(permitUrl('/cas/login?error=true'), { waitUntil: 'load' });
    await openHelperPanel(page);
    await expect.poll(() => messageAnswers(page), { timeout: 8000 }).toEqual([1, 902]);
    await page.evaluate(() => {
      const box = document.getElementById('dError')!;
      box.textContent = '您提供的凭证有误。';
    });
    // The helper looks again shortly after a click on the page.
    await page.locator('#username').click();
    await expect.poll(() => messageAnswers(page), { timeout: 8000 }).toEqual([902]);
  });
});

/** 修改企业基本信息 as the notes record it (`SocietyCode`, `counties`), served at its real path. */
const enterpriseForm = (code: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>修改企业基本信息</title></head><body>
<h3>修改企业基本信息</h3><form id="enterForm"><table>
<tr><th>单位名称：</th><td><input id="EnterName" name="EnterName" value="示例单位"></td></tr>
<tr><th>统一社会信用代码：</th><td><input id="SocietyCode" name="SocietyCode" value="${code}"></td></tr>
<tr><th>省市县：</th><td><select id="province" name="province"><option value="110000" selected>北京市</option></select>
<select id="city" name="city"><option value="110100" selected>市辖区</option></select>
<select id="counties" name="counties"><option value="">请选择</option><option value="110108">海淀区</option></select></td></tr>
</table></form></body></html>`;

describe('fields on the real names', () => {
  it('checks the SocietyCode of 修改企业基本信息 (a wrong prefilled code gets its tip without a click)', async () => {
    const first17 = demoEnterprise.creditCode.slice(0, 17);
    const expected = computeCheckChar(first17)!;
    const wrong = first17 + (expected === 'A' ? 'B' : 'A');
    await page.route('**/permitExt/outside/updateEnterMSG.jsp*', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: enterpriseForm(wrong) }),
    );
    await page.goto(permitUrl('/permitExt/outside/updateEnterMSG.jsp?username=demo'), { waitUntil: 'load' });
    const tip = page.locator('[data-testid=credit-code-tip][data-valid=false]');
    await expect.poll(() => tip.textContent(), { timeout: 8000 }).toContain(`应为 ${expected}`);
    await page.unroute('**/permitExt/outside/updateEnterMSG.jsp*');
  });

  it('reads, checks and fills the 度分秒 triple', async () => {
    const body = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>排污单位基本情况</title></head><body>
<table><tr><th>中心经度：</th><td><input id="longitude" name="longitude" value="116.5"></td></tr>
<tr><th>经度：</th><td><input id="opelngd" name="opelngd" value="116" size="3">度<input id="opelngf" name="opelngf" value="23" size="2">分<input id="opelngm" name="opelngm" value="50.74" size="5">秒</td></tr>
<tr><th>纬度：</th><td><input id="opelatd" name="opelatd" size="3">度<input id="opelatf" name="opelatf" size="2">分<input id="opelatm" name="opelatm" size="5">秒</td></tr></table></body></html>`;
    const path = '/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action?dataid=e2e&operate=edit&cardid=card1&itemtypeid=XZXKTYPE_A';
    await page.route('**/hpsp!pwxkInfo.action*', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
    await page.goto(permitUrl(path), { waitUntil: 'load' });
    const tool = page.locator('[data-testid=dms-tool]');
    // Shown once the user works in a field (a page only looked at does not load the tools' module).
    await page.locator('#opelatd').focus();
    await tool.waitFor({ timeout: 8000 });
    // 116°23′50.74″ is 116.397428, about 9 km from the page's 116.5.
    expect(await tool.locator('[data-testid=dms-lon]').getAttribute('data-state')).toBe('disagrees');
    await tool.locator('[data-testid=dms-input]').fill('北纬39°54′33.23″');
    await tool.locator('[data-testid=dms-fill]').click();
    expect(await Promise.all(['#opelatd', '#opelatf', '#opelatm'].map((id) => page.locator(id).inputValue()))).toEqual(['39', '54', '33.23']);
    await tool.locator('[data-testid=dms-input]').fill('北纬95度');
    expect(await tool.locator('[data-testid=dms-error]').textContent()).toContain('纬度必须在 -90 到 90 之间');
    await tool.locator('[data-testid=dms-undo]').click();
    expect(await page.locator('#opelatd').inputValue()).toBe('');
    await page.unroute('**/hpsp!pwxkInfo.action*');
  });
});
