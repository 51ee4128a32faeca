import { defineKind } from './kind';
import { permitAction } from './url-rules';

/** 信息公开 of the enterprise side: the enterprise's OWN disclosure, its public feedback and opinions. */
const kind = defineKind({
  id: 'own-disclosure',
  label: { zh: '企业信息公开', en: 'Own information disclosure' },
  specificity: 2,
  side: 'enterprise',
  noPlatformFaq: true,
  urls: [
    {
      test: permitAction('syssb/xxgk', 'xxgk', ['list', 'show', 'showccfkpagelist', 'getspyj']),
      fixtures: [
        'https://permit.mee.gov.cn/permitExt/syssb/xxgk/xxgk!list.action',
        'http://permit.mep.gov.cn/permitExt/syssb/xxgk/xxgk!list.action?enterid=4028e4a1',
        'https://permit.mee.gov.cn/permitExt/syssb/xxgk/xxgk!show.action?pkid=4028e4a1',
        'http://permit.mee.gov.cn/permitExt/syssb/xxgk/xxgk!showCcfkPageList.action',
        'https://permit.mee.gov.cn/permitExt/syssb/xxgk/xxgk!getSpyj.action?pkid=4028e4a1',
      ],
    },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'own-disclosure': typeof kind;
  }
}
