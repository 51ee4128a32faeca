import { describe, expect, it } from 'vitest';
import { panel } from './support/chromium';
import { useMockSession } from './support/mock-session';
import { permitUrl } from './support/platform';

/**
 * When the platform changes: a page the helper recognises by its URL (the public permit search) comes
 * back without any of the markers it knows (`form#mainForm`, `table.tabtd`). The panel says so quietly,
 * offers the 「页面不对？」 note, and the diagnosis report lists the page check with the path, no query.
 */
const searchPath = '/perxxgkinfo/syssb/xkgg/xkgg!licenseInformation.action';
const redesigned = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>许可信息公开</title></head>
<body><div id="app"><h1>许可信息公开</h1><div class="new-search"><input placeholder="单位名称"><button>查询</button></div>
<ul class="result-cards"><li>清河市示例化工有限公司</li></ul></div></body></html>`;

const session = useMockSession();

async function openPanel(): Promise<void> {
  const root = panel(session.page);
  await root.waitFor({ state: 'attached' });
  if ((await root.getAttribute('data-state')) !== 'open') await session.page.locator('[data-testid=panel-toggle]').click();
  await expect.poll(() => root.getAttribute('data-state')).toBe('open');
}

describe('a recognised page that no longer looks as the helper knows it', () => {
  it('keeps the kind from the URL and says quietly that the hints may be off', async () => {
    await session.page.route(`**${searchPath}*`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: redesigned }));
    await session.page.goto(permitUrl(`${searchPath}?province=130000&secret=1`), { waitUntil: 'load' });
    await openPanel();
    await expect.poll(() => panel(session.page).getAttribute('data-page-kind'), { timeout: 10_000 }).toBe('public-info');
    const note = panel(session.page).locator('[data-testid=page-unfamiliar]');
    await expect.poll(() => note.count(), { timeout: 10_000 }).toBe(1);
    expect(await note.textContent()).toContain('这一页和助手所知的样子不同，提示可能不准');
    expect(await panel(session.page).locator('[data-testid=wrong-page-copy]').count()).toBe(1);
  });

  it('lists the page check in the diagnosis report: kind, how it was recognised, the missing markers, the path without its query', async () => {
    await session.page.locator('[data-testid=panel-section-checks]').click();
    await panel(session.page).locator('[data-testid=diagnose]').click();
    const report = panel(session.page).locator('[data-testid=report]');
    await expect.poll(() => report.getAttribute('data-state'), { timeout: 15_000 }).toBe('done');
    const text = (await report.textContent()) ?? '';
    expect(text).toContain('页面核对');
    expect(await panel(session.page).locator('[data-testid=report-page-check]').count()).toBe(1);
    expect(text).toContain('form#mainForm');
    expect(text).toContain('table.tabtd');
    expect(text).toContain(searchPath);
    expect(text).not.toContain('secret=1');
  });

  it('says nothing of the kind on the page as the helper knows it', async () => {
    await session.page.unroute(`**${searchPath}*`);
    await session.page.goto(permitUrl(searchPath), { waitUntil: 'load' });
    await openPanel();
    await expect.poll(() => panel(session.page).getAttribute('data-page-kind'), { timeout: 10_000 }).toBe('public-info');
    await session.page.waitForTimeout(1_500);
    expect(await panel(session.page).locator('[data-testid=page-unfamiliar]').count()).toBe(0);
  });
});
