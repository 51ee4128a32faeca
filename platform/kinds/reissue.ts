import { heading } from '../dom-facts';
import { defineKind } from './kind';
import { permitPath } from './url-rules';

/** 补办 and 遗失声明 (FAQ 14). */
const kind = defineKind({
  id: 'reissue',
  label: { zh: '许可证补办与遗失声明', en: 'Reissue and loss statement' },
  specificity: 2,
  precedence: 170,
  side: 'enterprise',
  urls: [
    {
      test: permitPath(/^\/permitext\/outside\/min_xkzbb\.jsp$/),
      fixtures: ['https://permit.mee.gov.cn/permitExt/outside/min_xkzbb.jsp', 'http://permit.mep.gov.cn/permitExt/outside/min_xkzbb.jsp'],
    },
    {
      test: permitPath(/^\/permitext\/syssb\/xkzbb\/xkzbb(?:!\w+)?\.action$/),
      fixtures: [
        'https://permit.mee.gov.cn/permitExt/syssb/xkzbb/xkzbb!listYssm.action',
        'http://permit.mee.gov.cn/permitExt/syssb/xkzbb/xkzbb!listYssm.action?enterid=4028e4a1',
        'https://permit.mep.gov.cn/permitExt/syssb/xkzbb/xkzbb!showYssm.action?pkid=4028e4a1&searchType=read',
      ],
    },
  ],
  dom: [
    {
      strength: 'weak',
      test: (f) => heading(f, /遗失声明|许可证补办/) || f.buttons(/遗失声明/).length > 0,
      fixtures: ['<div class="box-title">遗失声明</div>'],
    },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    reissue: typeof kind;
  }
}
