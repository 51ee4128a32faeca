import { heading } from '../dom-facts';
import { defineKind } from './kind';

/**
 * Recovering a username or password (「忘记账号了？」「忘记密码了？」 under the login form). Nobody
 * has recorded these pages' URLs, so only their Document names them.
 */
const kind = defineKind({
  id: 'forgot-account',
  label: { zh: '找回账号或密码', en: 'Recover account or password' },
  specificity: 2,
  precedence: 50,
  side: 'enterprise',
  urlUnrecorded: true,
  urls: [],
  dom: [
    {
      strength: 'strong',
      test: (f) =>
        heading(f, /找回(?:用户名|密码|账号|帐号)|忘记(?:用户名|密码|账号|帐号)|重置密码/) &&
        f.creditCode().length === 0 &&
        (f.hasEmail() || f.hasCaptcha() || f.controlLabels().some((label) => /手机/.test(label))),
      fixtures: [
        '<h2>找回密码</h2><label for="m">手机号码</label><input id="m"><label for="c">验证码</label><input id="c">',
        '<h3>忘记用户名</h3><label for="e">注册邮箱</label><input id="e" type="email">',
      ],
    },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'forgot-account': typeof kind;
  }
}
