import { defineKind } from './kind';
import { permitPath } from './url-rules';

/** 改正规定: where an enterprise reports its corrections (FAQ 15); may say 「功能暂未启用」. Not execution reports. */
const kind = defineKind({
  id: 'correction',
  label: { zh: '改正规定', en: 'Correction orders' },
  specificity: 2,
  side: 'enterprise',
  urls: [
    {
      test: permitPath(/^\/permitrep\/correction(?:\/.*)?$/),
      fixtures: [
        'https://permit.mee.gov.cn/permitrep/correction/autologin?userAccount=9144030012345678X1&permitCode=91440300123456789X001P',
        'http://permit.mep.gov.cn/permitrep/correction/autologin',
        'https://permit.mee.gov.cn/permitrep/correction/#/list',
      ],
    },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    correction: typeof kind;
  }
}
