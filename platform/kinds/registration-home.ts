import { heading } from '../dom-facts';
import { defineKind } from './kind';
import { permitPath } from './url-rules';

/** 排污登记: the registration app at /register/ (FAQ 27-29), outside its change, renewal and cancellation lists. */
const kind = defineKind({
  id: 'registration-home',
  label: { zh: '排污登记', en: 'Discharge registration' },
  specificity: 2,
  precedence: 250,
  side: 'enterprise',
  group: 'registration',
  refinable: { to: 'group', strength: 'weak' },
  urls: [
    {
      test: permitPath(/^\/register\/(?:sso\/autologinext|registration\/(?:list|edit))\.vm$/),
      fixtures: [
        'https://permit.mee.gov.cn/register/sso/autoLoginExt.vm?userCode=9144030012345678X1',
        'http://permit.mep.gov.cn/register/sso/autoLoginExt.vm?userCode=9144030012345678X1',
        'https://permit.mee.gov.cn/register/registration/list.vm',
        'http://permit.mee.gov.cn/register/registration/edit.vm?sqdjid=4028e4a1',
      ],
    },
    {
      test: permitPath(/^\/register(?:\/.*)?$/),
      fallback: true,
      fixtures: ['https://permit.mee.gov.cn/register/registration/print.vm?sqdjid=4028e4a1', 'https://permit.mee.gov.cn/register/'],
    },
  ],
  dom: [{ strength: 'weak', test: (f) => heading(f, /排污登记/), fixtures: ['<h3>排污登记</h3>'] }],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'registration-home': typeof kind;
  }
}
