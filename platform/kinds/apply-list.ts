import { heading } from '../dom-facts';
import { defineKind } from './kind';
import { permitPath } from './url-rules';

/** 许可证申请: the list of the enterprise's applications; a row opens the application form in a new window. */
const kind = defineKind({
  id: 'apply-list',
  label: { zh: '许可证申请', en: 'Permit application' },
  specificity: 2,
  precedence: 220,
  side: 'enterprise',
  urls: [
    {
      test: permitPath(/^\/permitext\/outside\/min_bctb\.jsp$/),
      fixtures: [
        'https://permit.mee.gov.cn/permitExt/outside/min_bctb.jsp',
        'http://permit.mee.gov.cn/permitExt/outside/min_bctb.jsp?menuid=sq',
        'http://permit.mep.gov.cn/permitExt/outside/min_bctb.jsp',
      ],
    },
  ],
  dom: [{ strength: 'weak', test: (f) => heading(f, /^(?:排污)?许可证申请$|首次申请/), fixtures: ['<h3>许可证申请</h3>'] }],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'apply-list': typeof kind;
  }
}
