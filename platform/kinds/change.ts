import { heading } from '../dom-facts';
import { defineKind } from './kind';
import { permitPath } from './url-rules';

/** 变更 of an issued permit (FAQ 17: a wrong credit code after issue; FAQ 23/25: data synchronised after a change). */
const kind = defineKind({
  id: 'change',
  label: { zh: '许可证变更', en: 'Permit change' },
  specificity: 2,
  precedence: 200,
  side: 'enterprise',
  urls: [
    {
      test: permitPath(/^\/permitext\/outside\/min_bcbg\.jsp$/),
      fixtures: ['https://permit.mee.gov.cn/permitExt/outside/min_bcbg.jsp', 'http://permit.mep.gov.cn/permitExt/outside/min_bcbg.jsp'],
    },
    {
      test: permitPath(/^\/permitext\/syssb\/ckxm\/(?:ckxm!)?listbcbg\.action$/),
      fixtures: [
        'https://permit.mee.gov.cn/permitExt/syssb/ckxm/ckxm!listBcbg.action?itemTypeID=XZXKTYPE_A&itemtype=TYPEC&searchItem=TYPEC_1',
        'http://permit.mee.gov.cn/permitExt/syssb/ckxm/ckxm!listBcbg.action?itemTypeID=XZXKTYPE_C&itemtype=TYPEC&searchItem=TYPEC_2',
        'https://permit.mep.gov.cn/permitExt/syssb/ckxm/ckxm!listBcbg.action?itemtype=TYPEC',
      ],
    },
  ],
  dom: [{ strength: 'weak', test: (f) => heading(f, /许可证变更|变更申请/), fixtures: ['<h3>许可证变更</h3>'] }],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    change: typeof kind;
  }
}
