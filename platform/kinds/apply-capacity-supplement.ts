import { heading } from '../dom-facts';
import { defineKind } from './kind';
import { cardUrl } from './card-url';
import { permitAction } from './url-rules';

/** Card 3 of the application form: 产品及产能补充, the 补充表 of FAQ 7 (only some industries fill it). */
const kind = defineKind({
  id: 'apply-capacity-supplement',
  label: { zh: '申请表：产品及产能补充', en: 'Application: products and capacity supplement' },
  specificity: 3,
  precedence: 90,
  side: 'enterprise',
  group: 'application-card',
  urls: [
    {
      test: permitAction('syssb/cpcn', 'cpcn-extend', ['product']),
      fixtures: [
        cardUrl('syssb/cpcn/cpcn-extend!product.action', 'card3'),
        cardUrl('syssb/cpcn/cpcn-extend!product.action', 'card3', { scheme: 'http', host: 'permit.mep.gov.cn', operate: 'readonly' }),
      ],
    },
  ],
  dom: [{ strength: 'weak', test: (f) => heading(f, /产品(?:及)?产能补充/), fixtures: ['<h3>产品及产能补充</h3>'] }],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'apply-capacity-supplement': typeof kind;
  }
}
