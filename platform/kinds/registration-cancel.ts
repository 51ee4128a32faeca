import { heading } from '../dom-facts';
import { defineKind } from './kind';
import { permitPath } from './url-rules';

/** 登记注销 (FAQ 29: a registration made by mistake). */
const kind = defineKind({
  id: 'registration-cancel',
  label: { zh: '登记注销', en: 'Registration cancellation' },
  specificity: 3,
  precedence: 150,
  side: 'enterprise',
  group: 'registration',
  urls: [
    {
      test: permitPath(/^\/register\/cancel(?:\/.*)?$/),
      fixtures: ['https://permit.mee.gov.cn/register/cancel/list.vm', 'http://permit.mep.gov.cn/register/cancel/list.vm?page=2'],
    },
  ],
  dom: [{ strength: 'weak', test: (f) => heading(f, /登记(?:信息)?注销|注销登记/), fixtures: ['<h3>登记注销</h3>'] }],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'registration-cancel': typeof kind;
  }
}
