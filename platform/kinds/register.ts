import { heading } from '../dom-facts';
import { defineKind } from './kind';
import { permitPath } from './url-rules';

const kind = defineKind({
  id: 'register',
  label: { zh: '企业注册', en: 'Enterprise registration' },
  specificity: 2,
  precedence: 40,
  side: 'enterprise',
  offers: { tools: ['credit-code'] },
  urls: [
    {
      // Its texts and ids are unknown: no markers.
      test: permitPath(/^\/permitext\/outside\/registration\.jsp$/),
      fixtures: [
        'https://permit.mee.gov.cn/permitExt/outside/registration.jsp',
        'http://permit.mee.gov.cn/permitExt/outside/registration.jsp',
        'http://permit.mep.gov.cn/permitExt/outside/registration.jsp?from=login',
      ],
    },
  ],
  dom: [
    {
      strength: 'strong',
      test: (f) => f.hasPassword() && f.hasEmail() && (f.creditCode().length > 0 || heading(f, /注册/)),
      fixtures: [
        '<label for="c">社会信用代码</label><input id="c"><label for="m">电子邮箱</label><input id="m" type="email"><label for="p">密码</label><input id="p" type="password">',
      ],
    },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    register: typeof kind;
  }
}
