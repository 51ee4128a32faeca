import { heading } from '../dom-facts';
import { defineKind } from './kind';
import { permitPath } from './url-rules';

/** 登记变更 (FAQ 30). */
const kind = defineKind({
  id: 'registration-change',
  label: { zh: '登记变更', en: 'Registration change' },
  specificity: 3,
  precedence: 130,
  side: 'enterprise',
  group: 'registration',
  urls: [
    {
      test: permitPath(/^\/register\/bcbg\/listdjbg\.vm$/),
      fixtures: [
        'https://permit.mee.gov.cn/register/bcbg/listDjbg.vm',
        'http://permit.mep.gov.cn/register/bcbg/listDjbg.vm?dataid=8a8a8a01',
      ],
    },
  ],
  dom: [{ strength: 'weak', test: (f) => heading(f, /登记(?:信息)?变更/), fixtures: ['<h3>登记变更</h3>'] }],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'registration-change': typeof kind;
  }
}
