import { defineKind } from './kind';
import { cardUrl } from './card-url';
import { permitAction } from './url-rules';

/** Card 50 of the application form: 阅读填报指南. */
const kind = defineKind({
  id: 'apply-guide',
  label: { zh: '申请表：阅读填报指南', en: 'Application: filling-in guide' },
  specificity: 3,
  side: 'enterprise',
  group: 'application-card',
  urls: [
    {
      test: permitAction('syssb/wysb/hpsp', 'hpsp', ['guid']),
      fixtures: [
        cardUrl('syssb/wysb/hpsp/hpsp!guid.action', 'card50'),
        cardUrl('syssb/wysb/hpsp/hpsp!guid.action', 'card50', { scheme: 'http', host: 'permit.mep.gov.cn', operate: 'readonly' }),
      ],
    },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'apply-guide': typeof kind;
  }
}
