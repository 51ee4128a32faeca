import type { CheckResult } from '../check-result';
import { isUnmeasured, type EnvironmentSnapshot } from '../snapshot';
import { text } from '../text';
import { makeResult, skipped } from './make-result';

const faq = [4, 5];

export function checkCookies(snapshot: EnvironmentSnapshot): CheckResult {
  const { cookieEnabled } = snapshot;
  if (cookieEnabled === undefined) return skipped('cookies', text('没有取得 Cookie 设置。', 'The cookie setting was not collected.'), faq);
  if (isUnmeasured(cookieEnabled)) return skipped('cookies', cookieEnabled.reason, faq);
  if (cookieEnabled) {
    return makeResult('cookies', 'pass', text('浏览器允许网站保存 Cookie。', 'The browser lets sites keep cookies.'), text('', ''), faq);
  }
  return makeResult('cookies', 'fail', text('浏览器禁止了网站保存 Cookie。', 'The browser blocks cookies for sites.'), text(
    '平台靠 Cookie 记住登录状态，禁止 Cookie 后会一直回到登录页。请在浏览器「设置 → 隐私和安全 → Cookie」（或「网站设置」）里允许网站保存 Cookie，至少把 permit.mee.gov.cn 加入允许列表；也请确认没有用无痕窗口。',
    'The platform keeps you logged in with cookies; without them every page goes back to the login. In the browser\'s "Settings → Privacy and security → Cookies" (or "Site settings"), allow sites to save cookies, at least permit.mee.gov.cn, and avoid private windows.',
  ), faq);
}
