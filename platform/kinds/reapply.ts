import { heading } from '../dom-facts';
import { defineKind } from './kind';
import { permitPath } from './url-rules';

/** 重新申请 (FAQ 18: a revoked permit; FAQ 19: 不予受理). */
const kind = defineKind({
  id: 'reapply',
  label: { zh: '重新申请', en: 'Reapply' },
  specificity: 2,
  precedence: 180,
  side: 'enterprise',
  urls: [
    {
      test: permitPath(/^\/permitext\/syssb\/ckxm\/(?:ckxm!)?listcxsq\.action$/),
      fixtures: [
        'https://permit.mee.gov.cn/permitExt/syssb/ckxm/ckxm!listCxsq.action?itemTypeID=XZXKTYPE_A&itemtype=TYPEI',
        'http://permit.mee.gov.cn/permitExt/syssb/ckxm/ckxm%21listCxsq.action?itemTypeID=XZXKTYPE_A&itemtype=TYPEI',
        'http://permit.mep.gov.cn/permitExt/syssb/ckxm/ckxm!listCxsq.action;jsessionid=0F0F?itemTypeID=XZXKTYPE_A&itemtype=TYPEI',
      ],
    },
  ],
  dom: [{ strength: 'weak', test: (f) => heading(f, /重新申请/), fixtures: ['<h3>重新申请</h3>'] }],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    reapply: typeof kind;
  }
}
