import { defineKind } from './kind';
import { permitPath } from './url-rules';

/**
 * The enterprise side's home after login. Whether its modules open in an iframe is unknown: a
 * module in a frame reports its own, more specific kind; a module shown in place is recognised
 * by its Document (strong rules only).
 */
const kind = defineKind({
  id: 'dashboard',
  label: { zh: '企业端首页', en: 'Enterprise dashboard' },
  specificity: 1,
  precedence: 270,
  side: 'enterprise',
  refinable: { to: 'any', strength: 'strong' },
  urls: [
    {
      // LicenseRedirect forwards to main.
      test: permitPath(/^\/permitext\/outside\/licenseredirect$/),
      fixtures: [
        'https://permit.mee.gov.cn/permitExt/outside/LicenseRedirect',
        'https://permit.mee.gov.cn/permitExt/outside/LicenseRedirect?ticket=ST-12345-abcdef-cas',
        'http://permit.mep.gov.cn/permitExt/outside/LicenseRedirect',
      ],
    },
    {
      test: permitPath(/^\/permitext\/outside\/main$/),
      fixtures: [
        'https://permit.mee.gov.cn/permitExt/outside/main',
        'http://permit.mee.gov.cn/permitExt/outside/main;jsessionid=1C2D3E4F',
        'https://permit.mep.gov.cn/permitExt/outside/main',
      ],
      // The module menu: `<li class="hrefli" onclick="openurl('../jcjl/jcjl!jcjl.action','jcjl',enterid)">`.
      markers: ['li.hrefli'],
    },
  ],
  dom: [
    {
      strength: 'weak',
      test: (f) => f.has('li.hrefli[onclick*="openurl" i]'),
      fixtures: [`<ul><li class="hrefli" onclick="openurl('../jcjl/jcjl!jcjl.action','jcjl','E001')">监测记录</li></ul>`],
    },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    dashboard: typeof kind;
  }
}
