import { conclude, defineCheck, skipped, type Verdict } from '../check';
import { isUnmeasured, type EnvironmentSnapshot } from '../snapshot';
import { text } from '../text';

const faq = [4, 5];

export function checkCookies(snapshot: EnvironmentSnapshot): Verdict {
  const { cookieEnabled } = snapshot;
  if (cookieEnabled === undefined) return skipped(text('没有取得 Cookie 设置。', 'The cookie setting was not collected.'), faq);
  if (isUnmeasured(cookieEnabled)) return skipped(cookieEnabled.reason, faq);
  if (cookieEnabled) {
    return conclude('pass', text('浏览器允许网站保存 Cookie。', 'The browser lets sites keep cookies.'), text('', ''), faq);
  }
  return conclude('fail', text('浏览器禁止了网站保存 Cookie。', 'The browser blocks cookies for sites.'), text(
    '平台靠 Cookie 记住登录状态，禁止 Cookie 后会一直回到登录页。请在浏览器「设置 → 隐私和安全 → Cookie」（或「网站设置」）里允许网站保存 Cookie，至少把 permit.mee.gov.cn 加入允许列表；也请确认没有用无痕窗口。',
    'The platform keeps you logged in with cookies; without them every page goes back to the login. In the browser\'s "Settings → Privacy and security → Cookies" (or "Site settings"), allow sites to save cookies, at least permit.mee.gov.cn, and avoid private windows.',
  ), faq);
}

export const cookiesCheck = defineCheck({
  id: 'cookies',
  order: 40,
  title: text('Cookie（登录需要）', 'Cookies (needed to log in)'),
  needs: ['local'],
  run: checkCookies,
});
export default cookiesCheck;

declare module '../check' {
  interface CheckModules {
    cookies: typeof cookiesCheck;
  }
}
