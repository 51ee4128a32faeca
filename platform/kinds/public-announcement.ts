import { defineKind } from './kind';
import { publicPath } from './url-rules';

/** A permit announcement (受理 / 拟批准 / 批准 of one permit), linked from the public home. */
const kind = defineKind({
  id: 'public-announcement',
  label: { zh: '许可证公告', en: 'Permit announcement' },
  specificity: 2,
  side: 'public',
  group: 'public',
  noPlatformFaq: true,
  urls: [
    {
      test: publicPath('syssb/xxgk/xxgk!showggfk\\.action'),
      fixtures: [
        'https://permit.mee.gov.cn/permitExt/syssb/xxgk/xxgk!showggfk.action?pkid=8a8f1c2b7d3e4f5a6b7c8d9e0f1a2b3c',
        'http://permit.mee.gov.cn/permitExt/syssb/xxgk/xxgk!showggfk.action?pkid=402881e45f0a9d4e7f5b1e4c2f0a9d4e',
        'http://permit.mep.gov.cn/permitExt/syssb/xxgk/xxgk!showggfk.action?pkid=402881e45f0a9d4e7f5b1e4c2f0a9d4e&page=2',
      ],
    },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'public-announcement': typeof kind;
  }
}
