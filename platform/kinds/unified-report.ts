import { defineKind } from './kind';
import { permitPath, permitRoute } from './url-rules';

/** 统一报表（试运行）: the report app's second list (`#/list-env`, businessType=ENV). The FAQ predates it. */
const kind = defineKind({
  id: 'unified-report',
  label: { zh: '统一报表', en: 'Unified report' },
  specificity: 2,
  side: 'enterprise',
  noPlatformFaq: true,
  urls: [
    {
      test: permitPath(/^\/permitrep\/unified(?:\/.*)?$/),
      fixtures: [
        'https://permit.mee.gov.cn/permitrep/unified/autologin',
        'http://permit.mep.gov.cn/permitrep/unified/autologin?userAccount=9144030012345678X1&permitCode=91440300123456789X001P',
      ],
    },
    {
      test: permitRoute(/^\/permitrep\/(?:report\/)?list-env(?:\/.*)?$/),
      fixtures: [
        'https://permit.mee.gov.cn/permitrep/report/#/list-env?year=2025&businessType=ENV',
        'http://permit.mee.gov.cn/permitrep/#/list-env?businessType=ENV',
      ],
    },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'unified-report': typeof kind;
  }
}
