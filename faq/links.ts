import type { LocalizedText } from '../lib/localized';

/**
 * Where FAQ answers send the user: places on the platform (link targets) and people to ask
 * (contact markers). Plain data with no dependencies, so the panel can import it without zod.
 */

const publicHomeUrl = 'https://permit.mee.gov.cn/permitExt/defaults/default-index!getInformation.action';

export const faqLinkTargets = {
  'public-home': {
    url: publicHomeUrl,
    description: {
      zh: '全国排污许可证管理信息平台公开端首页',
      en: 'Home page of the public side of the national permit platform',
    },
  },
  'public-attachments': {
    url: publicHomeUrl,
    description: {
      zh: '公开端首页右下角的“资料附件”板块，里面有“无法上传附件或图片解决方案”等操作说明',
      en: 'The "资料附件" (documents) block at the bottom right of the public home page, with guides such as the one for failed uploads',
    },
  },
  'public-notices': {
    url: publicHomeUrl,
    description: {
      zh: '公开端首页的通知公告栏：平台更新、行业模块上线等重要通知都在这里发布',
      en: 'The notice board on the public home page, where platform updates and new industry modules are announced',
    },
  },
  'monitoring-platform': {
    url: 'https://wryjc.cnemc.cn/',
    description: {
      zh: '全国污染源监测信息管理与共享平台（监测记录模块跳转到这里）',
      en: 'The national pollution source monitoring platform, which the 监测记录 (monitoring records) menu opens',
    },
  },
} as const satisfies Record<string, { url: string; description: LocalizedText }>;

export type FaqLinkTarget = keyof typeof faqLinkTargets;

export const faqLinkTargetIds = Object.keys(faqLinkTargets) as FaqLinkTarget[];

export function faqLinkUrl(target: FaqLinkTarget): string {
  return faqLinkTargets[target].url;
}

/** Who an answer tells the user to turn to; the panel shows the contact the user configured for each. */
export const faqContacts = {
  'local-epb': { label: { zh: '当地环保局', en: 'Local environmental protection bureau' } },
  'online-service': { label: { zh: '平台在线客服', en: 'Platform online support' } },
  'monitoring-service': { label: { zh: '监测平台客服', en: 'Monitoring platform support' } },
  'report-service': { label: { zh: '执行报告在线客服', en: 'Execution report online support' } },
  'issuing-authority': {
    label: { zh: '许可证核发部门', en: 'Permit-issuing authority' },
  },
} as const satisfies Record<string, { label: LocalizedText }>;

export type FaqContact = keyof typeof faqContacts;

export const faqContactIds = Object.keys(faqContacts) as FaqContact[];
