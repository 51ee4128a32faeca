import { defineKind } from './kind';
import { permitPath } from './url-rules';

/** The CAS login of the enterprise side. Its logout page forwards to it, so it counts as login. */
const kind = defineKind({
  id: 'login',
  label: { zh: '企业端登录', en: 'Enterprise login' },
  specificity: 2,
  precedence: 20,
  side: 'enterprise',
  offers: { checks: ['cookies', 'clock', 'reach-platform'] },
  urls: [
    {
      test: permitPath(/^\/cas(?:\/login|\/logout)?$/),
      fixtures: [
        'https://permit.mee.gov.cn/cas/login?service=https%3A%2F%2Fpermit.mee.gov.cn%2FpermitExt%2Foutside%2FLicenseRedirect',
        'http://permit.mee.gov.cn/cas/login?service=http%3A%2F%2Fpermit.mee.gov.cn%2FpermitExt%2F',
        'http://permit.mep.gov.cn/cas/login;jsessionid=8F2A9C0D1E?service=http%3A%2F%2Fpermit.mep.gov.cn%2FpermitExt%2Foutside%2FLicenseRedirect',
        'https://permit.mep.gov.cn/cas/login',
        'https://permit.mee.gov.cn/cas/logout',
      ],
      markers: ['form#fm1', '#kaptchaImage', '#verCode'],
    },
  ],
  dom: [
    {
      strength: 'strong',
      test: (f) =>
        f.has('form#fm1 #verCode') ||
        (f.hasPassword() &&
          f.hasCaptcha() &&
          !f.hasEmail() &&
          f.creditCode().length === 0 &&
          (f.has('#dError') || f.has('form[action*="login" i]') || f.buttons(/^登\s*录$/).length > 0)),
      fixtures: [
        '<form id="fm1" action="/cas/login"><input id="username"><input type="password" id="password"><input id="verCode" name="captcha"><img id="kaptchaImage" src="kaptcha.jpg"></form>',
        '<form action="/cas/login"><div id="dError"></div><input name="username"><input type="password" name="password"><input name="yzm"><img src="/cas/kaptcha.jpg"></form>',
      ],
    },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    login: typeof kind;
  }
}
