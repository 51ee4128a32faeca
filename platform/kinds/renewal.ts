import { heading } from '../dom-facts';
import { defineKind } from './kind';
import { permitPath } from './url-rules';

/** 延续 (FAQ 12: apply 30 working days before expiry). */
const kind = defineKind({
  id: 'renewal',
  label: { zh: '许可证延续', en: 'Permit renewal' },
  specificity: 2,
  precedence: 160,
  side: 'enterprise',
  offers: { tools: ['renewal'] },
  urls: [
    {
      test: permitPath(/^\/permitext\/syssb\/ckxm\/(?:ckxm!)?listbcyx\.action$/),
      fixtures: [
        'https://permit.mee.gov.cn/permitExt/syssb/ckxm/ckxm!listBcyx.action?itemTypeID=XZXKTYPE_D&itemtype=TYPED',
        'http://permit.mee.gov.cn/permitExt/syssb/ckxm/ckxm!listBcyx.action?itemTypeID=XZXKTYPE_D&itemtype=TYPED&page=1',
        'https://PERMIT.MEP.GOV.CN/PERMITEXT/SYSSB/CKXM/CKXM!LISTBCYX.ACTION',
      ],
    },
  ],
  dom: [
    {
      strength: 'strong',
      test: (f) => (heading(f, /延续/) || f.buttons(/延续/).length > 0) && f.expiryText() !== undefined,
      fixtures: ['<table><tr><th>有效期限</th><td>2021-03-01至2026-02-28</td></tr></table><input type="button" value="申请延续">'],
    },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    renewal: typeof kind;
  }
}
