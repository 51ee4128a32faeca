import { heading } from '../dom-facts';
import { defineKind } from './kind';
import { permitPath } from './url-rules';

/** 整改后申请: applying again once a rectification order is met. */
const kind = defineKind({
  id: 'rectification',
  label: { zh: '整改后申请', en: 'Application after rectification' },
  specificity: 2,
  precedence: 190,
  side: 'enterprise',
  urls: [
    {
      test: permitPath(/^\/permitext\/syssb\/bctb\/zghsq(?:!\w+)?\.action$/),
      fixtures: [
        'https://permit.mee.gov.cn/permitExt/syssb/bctb/zghsq!list.action',
        'http://permit.mee.gov.cn/permitExt/syssb/bctb/zghsq!list.action?page=2',
        'https://permit.mep.gov.cn/permitExt/syssb/bctb/zghsq!list.action',
      ],
    },
  ],
  dom: [{ strength: 'weak', test: (f) => heading(f, /整改后申请/), fixtures: ['<h3>整改后申请</h3>'] }],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    rectification: typeof kind;
  }
}
