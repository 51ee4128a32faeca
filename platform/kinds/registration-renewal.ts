import { heading } from '../dom-facts';
import { defineKind } from './kind';
import { permitPath } from './url-rules';

/** 登记延续 (FAQ 31). */
const kind = defineKind({
  id: 'registration-renewal',
  label: { zh: '登记延续', en: 'Registration renewal' },
  specificity: 3,
  precedence: 140,
  side: 'enterprise',
  group: 'registration',
  urls: [
    {
      test: permitPath(/^\/register\/bcbg\/listdjyx\.vm$/),
      fixtures: [
        'https://permit.mee.gov.cn/register/bcbg/listDjyx.vm',
        'http://permit.mep.gov.cn/register/bcbg/listDjyx.vm;jsessionid=5E6F7A',
      ],
    },
  ],
  dom: [{ strength: 'weak', test: (f) => heading(f, /登记(?:信息)?延续/), fixtures: ['<h3>登记延续</h3>'] }],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'registration-renewal': typeof kind;
  }
}
