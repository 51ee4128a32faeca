import { defineKind } from './kind';
import { cardUrl } from './card-url';
import { isPermitHost, normalizedPath } from '../url-parts';
import { hasCardQuery, permitPath } from './url-rules';

/**
 * The cards of the application form the FAQ says nothing specific about (原辅材料, 大气/水排放,
 * 固体废物, 噪声, 自行监测, 台账要求, 补充登记, 地方增加内容), and any page that carries a
 * card in its query without being a card we know. The panel still offers the application-wide entries.
 */
const otherCards: readonly [action: string, card: string][] = [
  ['syssb/wysb/hpsp/yfrl/yuan-fu-ran-liao!fuel.action', 'card4'],
  ['syssb/wysb/hpsp/dqinfo!airDischargePort.action', 'card6'],
  ['syssb/wysb/hpsp/airyzz!gasGroup.action', 'card7'],
  ['syssb/wysb/hpsp/wzzpfxx/wzzpfxx!noGroupDischarge.action', 'card8'],
  ['syssb/wysb/hpsp/hpsp!gasEnterprise.action', 'card9'],
  ['syssb/wysb/hpsp/fsinfo!swrwInfo.action', 'card10'],
  ['syssb/wysb/hpsp/waterpfxx!waterGroup.action', 'card11'],
  ['syssb/wysb/hpsp/gtfw/gtfw!gtfqwpfInfo.action', 'card12'],
  ['syssb/wysb/hpsp/sound/sound!soundInfo.action', 'card13'],
  ['syssb/wysb/hpsp/zxjc/zxjc!waterFqwrw.action', 'card14'],
  ['syssb/wysb/hpsp/hjgltz/hjgltz!account.action', 'card15'],
  ['syssb/wysb/hpsp/bcdj!registration.action', 'card16'],
  ['syssb/wysb/hpsp/hpsp!partContent.action', 'card17'],
];

const otherCardPaths = new Set(otherCards.map(([action]) => `/permitext/${action.toLowerCase()}`));

const kind = defineKind({
  id: 'apply-card',
  label: { zh: '申请表其他页签', en: 'Application: other card' },
  specificity: 3,
  precedence: 120,
  side: 'enterprise',
  group: 'application-card',
  refinable: { to: 'group', strength: 'weak' },
  urls: [
    {
      test: (url) => isPermitHost(url) && otherCardPaths.has(normalizedPath(url)),
      fixtures: otherCards.map(([action, card], index) =>
        index % 2 === 0 ? cardUrl(action, card) : cardUrl(action, card, { scheme: 'http', host: 'permit.mep.gov.cn', operate: 'readonly' }),
      ),
    },
    {
      test: (url) => hasCardQuery(url) && permitPath(/^\/permitext\/syssb\/.+\.action$/)(url),
      fallback: true,
      fixtures: [cardUrl('syssb/wysb/hpsp/newcard!info.action', 'card21'), cardUrl('syssb/wysb/hpsp/hpsp.action', 'card7')],
    },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'apply-card': typeof kind;
  }
}
