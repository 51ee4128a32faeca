import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { startMockPlatform, type MockPlatform } from '../mock-platform/server';
import { publicPermits } from '../mock-platform/data/public-permits';
import { builtExtensionDir, launchWithExtension, panel, type ExtensionBrowser } from './support/chromium';
import { permitUrl } from './support/platform';

/**
 * The permit deadline watch end to end: the expiry read from the public detail's table.tab0 becomes
 * the toolbar badge's count and an .ics file, and a reminder fires from a real alarms event. The
 * extension's clock is moved (Date in the service worker and the popup) so the counts cross the 2026
 * Spring Festival, whose holidays and make-up Saturdays are published.
 */

// The 2026 arrangement as the State Council published it: days off on weekdays, and weekend days worked.
const holidays2026 = ['2026-01-01', '2026-01-02', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23', '2026-04-06', '2026-05-01', '2026-05-04', '2026-05-05', '2026-06-19'];
const madeUp2026 = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09'];

/** Working days after `from` up to and including `to`, counted from the lists above (an independent count). */
function workdays(from: string, to: string): number {
  let count = 0;
  for (let day = new Date(`${from}T00:00:00Z`).getTime() + 86_400_000; day <= new Date(`${to}T00:00:00Z`).getTime(); day += 86_400_000) {
    const iso = new Date(day).toISOString().slice(0, 10);
    const weekday = new Date(day).getUTCDay();
    if (madeUp2026.includes(iso) || (weekday !== 0 && weekday !== 6 && !holidays2026.includes(iso))) count++;
  }
  return count;
}

/** The permit that expires in 2026 (重点管理): its renewal deadline and reminders fall in the published year. */
const permit = publicPermits.find((candidate) => candidate.validTo.startsWith('2026-'))!;
const detailUrl = permitUrl(`/perxxgkinfo/xkgkAction!xkgk.action?xkgk=getxxgkContent&dataid=${permit.dataid}`);

/** Moves `Date` in the service worker or a page to a local date and hour; the clock keeps running from there. */
function moveClock([year, month, day, hour]: [number, number, number, number]) {
  const scope = globalThis as unknown as { Date: DateConstructor; __realDate?: DateConstructor };
  const Real = scope.__realDate ?? scope.Date;
  scope.__realDate = Real;
  const offset = new Real(year, month - 1, day, hour, 0, 0).getTime() - Real.now();
  class Moved extends Real {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(Real.now() + offset);
      else super(...(args as [string]));
    }
    static override now() {
      return Real.now() + offset;
    }
  }
  scope.Date = Moved as DateConstructor;
}
const parts = (iso: string, hour: number): [number, number, number, number] => {
  const [y, m, d] = iso.split('-').map(Number);
  return [y!, m!, d!, hour];
};

let mock: MockPlatform;
let browser: ExtensionBrowser;
const worker = (): Worker => browser.context.serviceWorkers()[0] ?? browser.serviceWorker;
const badgeText = () => worker().evaluate(() => chrome.action.getBadgeText({}));

/** Opens the public detail, opens the panel and presses 「记住这张许可证的有效期」. */
async function rememberFromDetail(): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(detailUrl, { waitUntil: 'load' });
  // (The detail embeds the monitoring platform's frame; the offer comes from the top frame's table.)
  const root = panel(page);
  await root.waitFor({ state: 'attached' });
  // The stored state may open the panel by itself just as the tab is clicked: look again after each click.
  for (let attempt = 0; attempt < 4 && (await root.getAttribute('data-state')) !== 'open'; attempt++) {
    await page.locator('[data-testid=panel-toggle]').click();
    await page.waitForTimeout(300);
  }
  await expect.poll(() => page.locator('[data-testid=permit-offer]').getAttribute('data-expiry')).toBe('2026-06-29');
  await page.locator('[data-testid=permit-remember]').click();
  await page.locator('[data-testid=permit-remembered]').waitFor();
  await page.close();
}

async function openPopup(today: string): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.addInitScript(moveClock, parts(today, 10));
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return popup;
}

beforeAll(async () => {
  mock = await startMockPlatform();
  browser = await launchWithExtension({ port: mock.port });
});
afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

describe('permit deadline watch', () => {
  const today = '2026-01-05';
  // Expiry 2026-06-29: 30 working days back (over 端午 06-19) gives 2026-05-15.
  const deadline = '2026-05-15';
  const reminderDays = new Map<number, string>();

  it('reads the expiry from the public detail and remembers it only when asked; the badge counts the working days', async () => {
    expect(permit.validTo).toBe('2026-06-29');
    await worker().evaluate(moveClock, parts(today, 10));
    // Nothing is stored before the click.
    expect(await worker().evaluate(() => chrome.storage.local.get('permitWatch'))).toEqual({});
    expect(await badgeText()).toBe('');
    await rememberFromDetail();
    const stored = (await worker().evaluate(() => chrome.storage.local.get('permitWatch'))) as { permitWatch: { permit: Record<string, string> } };
    expect(stored.permitWatch.permit).toMatchObject({ permitNumber: permit.permitNumber, expiry: '2026-06-29', category: '重点管理', source: 'public-detail' });
    // Across the Spring Festival: 02-14 and 02-28 (Saturdays) count, 02-16..02-20 and 02-23 do not.
    const expected = workdays(today, deadline);
    expect(expected).toBe(87);
    await expect.poll(badgeText).toBe(String(expected));
  });

  it('the popup shows the same count and exports an .ics file with the right all-day dates', async () => {
    const popup = await openPopup(today);
    const countdown = popup.locator('[data-testid=permit-countdown]');
    await expect.poll(() => countdown.getAttribute('data-workdays-left')).toBe(String(workdays(today, deadline)));
    expect(await countdown.getAttribute('data-deadline')).toBe(deadline);
    expect(await countdown.getAttribute('data-certain')).toBe('true');
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('[data-testid=permit-ics]').click()]);
    expect(download.suggestedFilename()).toBe(`permit-deadlines-${permit.permitNumber}.ics`);
    const text = await readFile((await download.path())!, 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    const dateOf = (summary: string) => events.find((event) => event.summary.startsWith(summary))?.startDate.toString();
    expect(dateOf('排污许可证延续申请最晚提交日')).toBe(deadline);
    expect(dateOf('排污许可证到期')).toBe('2026-06-29');
    // The reminders lie exactly 60, 30 and 10 working days before the deadline, by the independent count.
    for (const threshold of [60, 30, 10]) {
      const date = dateOf(`排污许可证延续：还剩 ${threshold} 个工作日`);
      expect(date, `reminder ${threshold}`).toBeDefined();
      expect(workdays(date!, deadline)).toBe(threshold);
      reminderDays.set(threshold, date!);
    }
    // 10 working days back from 05-15 pass the make-up Saturday 05-09 and the May Day holidays.
    expect(reminderDays.get(10)).toBe('2026-04-29');
    // 重点管理 from the detail's 管理类别: the January monthly report and the 2025 annual one are due next.
    expect(dateOf('提交2025 年年度执行报告')).toBe('2026-01-15');
    expect(dateOf('提交2026 年 1 月执行报告')).toBe('2026-02-15');
    expect(events.every((event) => event.startDate.isDate)).toBe(true);
    await popup.close();
  });

  it('「忘记」 removes everything and clears the badge', async () => {
    const popup = await openPopup(today);
    await popup.locator('[data-testid=permit-forget]').click();
    await expect.poll(() => worker().evaluate(() => chrome.storage.local.get('permitWatch'))).toEqual({});
    await expect.poll(badgeText).toBe('');
    await popup.close();
  });
});

/**
 * Headless Chromium cannot answer the browser's own permission prompt, so this part runs on a copy of
 * the built extension whose manifest already holds the two optional permissions: the popup's request
 * then resolves at once, and the alarm, its event and the notification are the real ones.
 */
describe('reminders', () => {
  let grantedDir: string;
  beforeAll(async () => {
    await browser.close();
    grantedDir = await mkdtemp(join(tmpdir(), 'permit-helper-granted-'));
    await cp(builtExtensionDir, grantedDir, { recursive: true });
    const manifestFile = join(grantedDir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { permissions: string[]; optional_permissions?: string[] };
    manifest.permissions = [...manifest.permissions, ...(manifest.optional_permissions ?? [])];
    delete manifest.optional_permissions;
    await writeFile(manifestFile, JSON.stringify(manifest));
    browser = await launchWithExtension({ port: mock.port, extensionDir: grantedDir });
  });
  afterAll(async () => {
    await rm(grantedDir, { recursive: true, force: true });
  });
  const deadline = '2026-05-15';

  it('a reminder fires from a real alarms event on its day, once', async () => {
    const day = '2026-04-29';
    await worker().evaluate(moveClock, parts('2026-01-05', 10));
    await rememberFromDetail();
    // The clock moves to 10:00 on the day the 10-working-day reminder is due; turning reminders on schedules it.
    await worker().evaluate(moveClock, parts(day, 10));
    const popup = await openPopup(day);
    await expect.poll(() => popup.locator('[data-testid=permit-countdown]').getAttribute('data-workdays-left')).toBe('10');
    await popup.locator('[data-testid=permit-reminders]').click();
    await expect.poll(() => popup.locator('[data-testid=permit-reminders]').isChecked()).toBe(true);
    expect(await worker().evaluate(() => chrome.permissions.getAll())).toMatchObject({ permissions: expect.arrayContaining(['alarms', 'notifications']) });
    const shown = async () =>
      ((await worker().evaluate(() => chrome.storage.local.get('permitWatch'))) as { permitWatch: { shown: string[] } }).permitWatch.shown;
    await expect.poll(shown, { timeout: 15_000 }).toEqual([`${deadline}:10`]);
    const notifications = await worker().evaluate(() => chrome.notifications.getAll());
    expect(Object.keys(notifications)).toEqual([`${deadline}-10`]);
    // The earlier reminders (60, 30) were not due any more and are not shown late; none is pending.
    const alarms = await worker().evaluate(() => chrome.alarms.getAll());
    expect(alarms.map((alarm) => alarm.name).filter((name) => name.startsWith('permit-reminder:'))).toEqual([]);
    expect(await badgeText()).toBe('10');
    await popup.close();
  });

});
