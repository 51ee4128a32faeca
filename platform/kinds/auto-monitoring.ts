import { defineKind } from './kind';
import { permitPath } from './url-rules';

/** 自动监控 (automatic monitoring of emissions). */
const kind = defineKind({
  id: 'auto-monitoring',
  label: { zh: '自动监控', en: 'Automatic monitoring' },
  specificity: 2,
  side: 'enterprise',
  noPlatformFaq: true,
  urls: [
    {
      test: permitPath(/^\/permitext\/zdjk\/zdjk!zdjk\.action$/),
      fixtures: [
        'https://permit.mee.gov.cn/permitExt/zdjk/zdjk!zdjk.action',
        'http://permit.mep.gov.cn/permitExt/zdjk/zdjk!zdjk.action?enterid=4028e4a1',
      ],
    },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'auto-monitoring': typeof kind;
  }
}
