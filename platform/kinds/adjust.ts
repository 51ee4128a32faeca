import { heading } from '../dom-facts';
import { defineKind } from './kind';
import { permitPath } from './url-rules';

/** 调整 (TYPEK): the authority adjusts an issued permit; the FAQ has nothing on it. */
const kind = defineKind({
  id: 'adjust',
  label: { zh: '许可证调整', en: 'Permit adjustment' },
  specificity: 2,
  precedence: 210,
  side: 'enterprise',
  noPlatformFaq: true,
  urls: [
    {
      test: permitPath(/^\/permitext\/syssb\/ckxm\/(?:ckxm!)?listtz\.action$/),
      fixtures: [
        'https://permit.mee.gov.cn/permitExt/syssb/ckxm/ckxm!listTz.action?itemTypeID=XZXKTYPE_A&itemtype=TYPEK',
        'http://permit.mep.gov.cn/permitExt/syssb/ckxm/ckxm!listTz.action?itemtype=TYPEK',
      ],
    },
  ],
  dom: [{ strength: 'weak', test: (f) => heading(f, /^(?:许可证)?调整(?:申请)?$/), fixtures: ['<h3>许可证调整</h3>'] }],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    adjust: typeof kind;
  }
}
