import { defineKind } from './kind';
import { permitPath } from './url-rules';

/** 土壤管理: soil pollution registration of key soil-monitoring units. The FAQ has nothing on it. */
const kind = defineKind({
  id: 'soil',
  label: { zh: '土壤管理', en: 'Soil management' },
  specificity: 2,
  side: 'enterprise',
  noPlatformFaq: true,
  urls: [
    {
      test: permitPath(/^\/permitext\/(?:outside\/min_soil\.jsp|syssb\/sqdj\/sqdj!(?:listsqdjzc|editsqdjzc)\.action)$/),
      fixtures: [
        'https://permit.mee.gov.cn/permitExt/outside/min_soil.jsp',
        'http://permit.mep.gov.cn/permitExt/outside/min_soil.jsp',
        'https://permit.mee.gov.cn/permitExt/syssb/sqdj/sqdj!listSqdjZc.action',
        'http://permit.mee.gov.cn/permitExt/syssb/sqdj/sqdj!editSqdjZc.action?pkid=4028e4a1',
      ],
    },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    soil: typeof kind;
  }
}
