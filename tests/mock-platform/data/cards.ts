import { demoEnterprise } from './enterprise';

/** One card (页签) of the 申请表: each is its own page, recognised by its action. */
export interface ApplicationCard {
  id: string;
  label: string;
  /** The action's path under /permitExt/, without query. */
  action: string;
  /** Query the action always carries (card18's upload type). */
  fixedQuery?: string;
}

/** The card table of the notes, in the order the shell shows the tabs. */
export const applicationCards: ApplicationCard[] = [
  { id: 'card50', label: '阅读填报指南', action: '/permitExt/syssb/wysb/hpsp/hpsp!guid.action' },
  { id: 'card1', label: '排污单位基本情况', action: '/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action' },
  { id: 'card2', label: '主要产品及产能', action: '/permitExt/syssb/cpcn/cpcn!product.action' },
  { id: 'card3', label: '产品及产能补充', action: '/permitExt/syssb/cpcn/cpcn-extend!product.action' },
  { id: 'card4', label: '原辅材料及燃料', action: '/permitExt/syssb/wysb/hpsp/yfrl/yuan-fu-ran-liao!fuel.action' },
  { id: 'card5', label: '排污节点及治理设施', action: '/permitExt/syssb/wysb/hpsp/hpsp!zlss.action' },
  { id: 'card6', label: '大气排放口', action: '/permitExt/syssb/wysb/hpsp/dqinfo!airDischargePort.action' },
  { id: 'card7', label: '大气有组织排放', action: '/permitExt/syssb/wysb/hpsp/airyzz!gasGroup.action' },
  { id: 'card8', label: '大气无组织排放', action: '/permitExt/syssb/wysb/hpsp/wzzpfxx/wzzpfxx!noGroupDischarge.action' },
  { id: 'card9', label: '大气排放总许可量', action: '/permitExt/syssb/wysb/hpsp/hpsp!gasEnterprise.action' },
  { id: 'card10', label: '水排放口', action: '/permitExt/syssb/wysb/hpsp/fsinfo!swrwInfo.action' },
  { id: 'card11', label: '水排放信息', action: '/permitExt/syssb/wysb/hpsp/waterpfxx!waterGroup.action' },
  { id: 'card12', label: '固体废物', action: '/permitExt/syssb/wysb/hpsp/gtfw/gtfw!gtfqwpfInfo.action' },
  { id: 'card13', label: '噪声', action: '/permitExt/syssb/wysb/hpsp/sound/sound!soundInfo.action' },
  { id: 'card14', label: '自行监测要求', action: '/permitExt/syssb/wysb/hpsp/zxjc/zxjc!waterFqwrw.action' },
  { id: 'card15', label: '环境管理台账记录要求', action: '/permitExt/syssb/wysb/hpsp/hjgltz/hjgltz!account.action' },
  { id: 'card16', label: '补充登记信息', action: '/permitExt/syssb/wysb/hpsp/bcdj!registration.action' },
  { id: 'card17', label: '地方增加内容', action: '/permitExt/syssb/wysb/hpsp/hpsp!partContent.action' },
  { id: 'card18', label: '相关附件', action: '/permitExt/common/filecontrol/file-control!sbclopen.action', fixedQuery: 'wysbtype=PWXKZFILE' },
  { id: 'card19', label: '提交申请', action: '/permitExt/syssb/wysb/hpsp/hpsp!accept.action' },
];

export type Operate = 'edit' | 'readonly';

export function findCard(cardId: string): ApplicationCard | undefined {
  return applicationCards.find((c) => c.id === cardId);
}

/** A card's URL with the query the platform gives it: dataid, operate, cardid, itemtypeid. */
export function cardUrl(cardId: string, operate: Operate = 'edit', dataid: string = demoEnterprise.applicationDataId): string {
  const card = findCard(cardId);
  if (!card) throw new Error(`no application card ${cardId}`);
  const fixed = card.fixedQuery ? `${card.fixedQuery}&` : '';
  return `${card.action}?${fixed}dataid=${encodeURIComponent(dataid)}&operate=${operate}&cardid=${card.id}&itemtypeid=XZXKTYPE_A`;
}
