import { heading } from '../dom-facts';
import { defineKind } from './kind';
import { permitPath } from './url-rules';

const kind = defineKind({
  id: 'public-home',
  label: { zh: '公开端首页', en: 'Public site home' },
  specificity: 1,
  precedence: 290,
  side: 'public',
  urls: [
    // `/` answers with a tiny script that forwards to the home below: nothing to look for in it.
    {
      test: permitPath(/^\/$/),
      fixtures: ['https://permit.mee.gov.cn/', 'http://permit.mee.gov.cn/', 'http://permit.mep.gov.cn/', 'https://PERMIT.MEE.GOV.CN'],
    },
    {
      test: permitPath(/^\/permitext\/defaults\/default-index(?:!getinformation)?\.action$/),
      fixtures: [
        'https://permit.mee.gov.cn/permitExt/defaults/default-index!getInformation.action',
        'http://permit.mee.gov.cn/permitExt/defaults/default-index!getInformation.action',
        'http://permit.mep.gov.cn/permitExt/defaults/default-index!getInformation.action',
        'https://permit.mep.gov.cn/permitExt/defaults/default-index.action;jsessionid=0A1B2C3D4E5F',
      ],
      // The home lists the latest permit announcements.
      markers: ['a[href*="showggfk" i]'],
    },
  ],
  dom: [{ strength: 'weak', test: (f) => heading(f, /公开端$/), fixtures: ['<title>全国排污许可证管理信息平台-公开端</title>'] }],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'public-home': typeof kind;
  }
}
