import { heading } from '../dom-facts';
import { defineKind } from './kind';
import { publicPath } from './url-rules';

/** The platform's own notices (重要通知, where FAQ 5 and 10 send the user) and its laws and standards. */
const kind = defineKind({
  id: 'public-notice',
  label: { zh: '平台通知公告', en: 'Platform notices' },
  specificity: 2,
  precedence: 280,
  side: 'public',
  group: 'public',
  urls: [
    {
      test: publicPath('syssb/xkgg/xkgg!(?:xkgg_zytzlist|lawsstandard|lawsstandardlist)\\.action'),
      fixtures: [
        'https://permit.mee.gov.cn/perxxgkinfo/syssb/xkgg/xkgg!xkgg_zytzList.action',
        'http://permit.mee.gov.cn/perxxgkinfo/syssb/xkgg/xkgg!xkgg_zytzList.action?page=2',
        'https://permit.mep.gov.cn/perxxgkinfo/syssb/xkgg/xkgg!lawsStandard.action',
        'https://permit.mee.gov.cn/perxxgkinfo/syssb/xkgg/xkgg!lawsStandardList.action',
      ],
    },
    {
      test: publicPath('syssb/xkgg/xkgg!getnewsdetail\\.action'),
      fixtures: [
        'https://permit.mee.gov.cn/perxxgkinfo/syssb/xkgg/xkgg!getNewsDetail.action?pkid=8a8f1c2b7d3e4f5a',
        'http://permit.mep.gov.cn/perxxgkinfo/syssb/xkgg/xkgg!getNewsDetail.action?pkid=402881e45f',
      ],
      // The notice's title block and its body.
      markers: ['div.file-top', 'div.file-bottom'],
    },
  ],
  dom: [
    {
      strength: 'weak',
      test: (f) => heading(f, /^(?:通知公告|重要通知|通知详情)$/) && !heading(f, /公开端$/),
      fixtures: ['<h3>重要通知</h3>'],
    },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'public-notice': typeof kind;
  }
}
