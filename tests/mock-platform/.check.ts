import { chromium } from 'playwright-core';
import { mockRoutes } from './routes';
import { startMockPlatform } from './server';
const p = await startMockPlatform();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--ignore-certificate-errors', `--host-resolver-rules=MAP permit.mee.gov.cn 127.0.0.1:${p.port}, MAP wryjc.cnemc.cn 127.0.0.1:${p.port}, MAP wryjc.mee.gov.cn 127.0.0.1:${p.port}`] });
const page = await browser.newPage();
page.on('pageerror', (e) => console.log('  PAGEERROR', e.message));
page.on('console', (m) => { if (m.type() === 'error') console.log('  CONSOLE', m.text()); });
page.on('dialog', (d) => { console.log('  DIALOG', d.type(), d.message()); void d.accept(); });
for (const r of mockRoutes) {
  const host = r.site === 'permit' ? 'permit.mee.gov.cn' : 'wryjc.cnemc.cn';
  const url = `https://${host}${r.path}`;
  const resp = await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(150);
  console.log(resp?.status(), r.kind, JSON.stringify(await page.title()), page.url() === url ? '' : '-> ' + page.url());
}
// SPA nav
await page.goto(`https://permit.mee.gov.cn/permitrep/autologin?userAccount=demo&permitCode=X&cityCode=110108`);
console.log('spa', page.url(), await page.title());
await page.click('#rpNav a[href="/permitrep/report/monthly"]');
console.log('spa', page.url(), await page.title(), await page.locator('#monthlyNotAllowed').count());
await page.goBack();
console.log('spa back', page.url(), await page.title());
await page.goto('https://permit.mee.gov.cn/permitrep/report/annual');
await page.click('#resyncBtn');
// login flow
await page.goto('https://permit.mee.gov.cn/cas/login');
await page.fill('#username', 'demo'); await page.fill('#password', 'x'); await page.fill('#captcha', '1234');
await page.click('#loginBtn'); await page.waitForLoadState('load');
console.log('login ->', page.url());
await page.click('li.hrefli[data-url*="listBcyx"]'); await page.waitForTimeout(500);
console.log('frame', page.frame({ name: 'mainFrame' })?.url(), await page.frame({ name: 'mainFrame' })?.locator('td.yxqz').textContent());
await page.goto('https://permit.mee.gov.cn/cas/login');
await page.fill('#username', 'bad'); await page.fill('#password', 'x'); await page.fill('#captcha', '1234');
await page.click('#loginBtn'); await page.waitForLoadState('load');
console.log('bad login ->', page.url(), await page.locator('#dError').textContent());
await page.goto('https://permit.mee.gov.cn/cas/login?error=true&alert=1'); await page.waitForTimeout(200);
// coordinates
await page.goto('https://permit.mee.gov.cn/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action?dataid=D001&cardid=card2');
await page.fill('#lngInput', '116.2'); await page.fill('#latInput', '40.05'); await page.click('#locateBtn'); await page.click('#pickBtn');
await page.click('#mapContainer', { position: { x: 100, y: 100 } });
console.log('coords', await page.inputValue('input[name=longitude]'), await page.inputValue('input[name=latitude]'));
await page.fill('#lngInput', "116°11'"); await page.click('#locateBtn');
// upload
await page.goto('https://permit.mee.gov.cn/permitExt/common/filecontrol/file-control!sbclopen.action?wysbtype=PWXKZFILE');
await page.setInputFiles('#file_YYZZ', { name: '营业执照.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0]) });
await page.locator('#file_YYZZ').locator('xpath=..').locator('input[type=submit]').click();
await page.waitForTimeout(800);
console.log('upload state', await page.locator('#state_YYZZ').textContent());
await page.goto('https://permit.mee.gov.cn/permitExt/outside/registration.jsp'); await page.selectOption('#province', '130000'); await page.selectOption('#city', '130200');
console.log('cities', await page.locator('#county option').allTextContents());
await page.screenshot({ path: '/tmp/reg.png' });
await page.goto('https://permit.mee.gov.cn/permitExt/outside/main'); await page.waitForTimeout(300); await page.screenshot({ path: '/tmp/main.png' });
await page.goto('https://permit.mee.gov.cn/permitExt/defaults/default-index!getInformation.action'); await page.screenshot({ path: '/tmp/home.png', fullPage: true });
await page.goto('https://permit.mee.gov.cn/permitExt/jcjl/jcjl!jcjl.action?enterid=E1'); await page.waitForTimeout(4500); console.log('jump ->', page.url());
await browser.close(); await p.close();
