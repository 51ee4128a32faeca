import { heading } from '../dom-facts';
import { defineKind } from './kind';
import { cardUrl } from './card-url';
import { permitAction } from './url-rules';

const supplement = /产品(?:及)?产能补充/;

/** Card 2 of the application form: 主要产品及产能 (FAQ 8: several industries; FAQ 10: industry modules). */
const kind = defineKind({
  id: 'apply-products',
  label: { zh: '申请表：主要产品及产能', en: 'Application: main products and capacity' },
  specificity: 3,
  precedence: 80,
  side: 'enterprise',
  group: 'application-card',
  urls: [
    {
      test: permitAction('syssb/cpcn', 'cpcn', ['product']),
      fixtures: [
        cardUrl('syssb/cpcn/cpcn!product.action', 'card2'),
        cardUrl('syssb/cpcn/cpcn!product.action', 'card2', { scheme: 'http', host: 'permit.mep.gov.cn', operate: 'readonly' }),
      ],
    },
  ],
  dom: [
    {
      strength: 'strong',
      test: (f) => heading(f, /产品(?:及)?产能/) && !heading(f, supplement) && f.selectLabels().some((label) => /行业类别/.test(label)),
      fixtures: ['<h3>主要产品及产能</h3><table><tr><td>行业类别</td><td><select><option>C2614</option></select></td></tr></table>'],
    },
    { strength: 'weak', test: (f) => heading(f, /产品(?:及)?产能/) && !heading(f, supplement), fixtures: ['<h3>主要产品及产能</h3>'] },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'apply-products': typeof kind;
  }
}
