import { defineKind } from './kind';
import { cardUrl } from './card-url';
import { permitAction } from './url-rules';

/**
 * Card 19 of the application form: 提交申请, where the finished form goes to the issuing authority.
 * What then happens to it is what FAQ 16, 17 and 19 answer (an authority that cannot accept it,
 * a wrong credit code after submission, 不予受理).
 */
const kind = defineKind({
  id: 'apply-submit',
  label: { zh: '申请表：提交申请', en: 'Application: submission' },
  specificity: 3,
  side: 'enterprise',
  group: 'application-card',
  urls: [
    {
      test: permitAction('syssb/wysb/hpsp', 'hpsp', ['accept']),
      fixtures: [
        cardUrl('syssb/wysb/hpsp/hpsp!accept.action', 'card19'),
        cardUrl('syssb/wysb/hpsp/hpsp!accept.action', 'card19', { scheme: 'http', host: 'permit.mep.gov.cn', operate: 'readonly' }),
      ],
    },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'apply-submit': typeof kind;
  }
}
