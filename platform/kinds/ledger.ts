import { defineKind } from './kind';
import { permitPath } from './url-rules';

/** 台账记录: the menu's jump pages and the ledger app under /permitrep/account/ (not execution reports). */
const kind = defineKind({
  id: 'ledger',
  label: { zh: '台账记录', en: 'Environmental ledger' },
  specificity: 2,
  side: 'enterprise',
  noPlatformFaq: true,
  urls: [
    {
      test: permitPath(/^\/permitext\/(?:outside\/min_tzjl\.jsp|tzjl\/tzjl!tzjl\.action)$/),
      fixtures: [
        'https://permit.mee.gov.cn/permitExt/outside/min_tzjl.jsp',
        'http://permit.mep.gov.cn/permitExt/outside/min_tzjl.jsp',
        'https://permit.mee.gov.cn/permitExt/tzjl/tzjl!tzjl.action?enterid=4028e4a1',
      ],
    },
    {
      test: permitPath(/^\/permitrep\/account(?:\/.*)?$/),
      fixtures: [
        'https://permit.mee.gov.cn/permitrep/account/autologin?userAccount=9144030012345678X1&permitCode=91440300123456789X001P&entryType=1&cityCode=440300',
        'http://permit.mee.gov.cn/permitrep/account/autologin?userAccount=9144030012345678X1&permitCode=91440300123456789X001P&entryType=2&cityCode=440300',
        'https://permit.mep.gov.cn/permitrep/account/#/list',
      ],
    },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    ledger: typeof kind;
  }
}
