import type { LocalizedText } from '../lib/localized';
import { toHalfWidth } from './half-width';
import { formatIsoDate, parseIsoDate } from './iso-date';

/**
 * Which execution reports (执行报告) a permit holder files, and how a wrong management category is corrected
 * (FAQ 26, after 《排污单位环境管理台账及排污许可证执行报告技术规范 总则》).
 */
export type ReportKind = 'annual' | 'quarterly' | 'monthly';
export type ManagementCategory = '重点管理' | '简化管理';

export interface ReportObligations {
  category: ManagementCategory;
  reports: ReportKind[];
  explanation: LocalizedText;
  correction: LocalizedText;
  /** Permits issued before 2018-01-10 had no category; it is filled in the first execution report. */
  needsCategoryOnFirstReport: boolean;
}

/**
 * The FAQ splits permits at 2018-01-10 with 「前」 and 「后」 and says nothing of that day itself.
 * We treat a permit issued on 2018-01-10 as 「后」: its category was set when it was issued and is
 * corrected through a permit change.
 */
export const CATEGORY_CUTOFF = '2018-01-10';

export function normalizeCategory(text: string): ManagementCategory | undefined {
  if (typeof text !== 'string') return undefined;
  const s = toHalfWidth(text).replace(/[\s:：]/g, '').replace(/^管理类别/, '');
  if (/^重点(管理)?$/.test(s)) return '重点管理';
  if (/^简化(管理)?$/.test(s)) return '简化管理';
  return undefined;
}

const CORRECTION_BEFORE: LocalizedText = {
  zh: '许可证是 2018 年 1 月 10 日前核发的：第一次填写执行报告时要自己填写管理类别；如果管理类别填错了，请联系执行报告在线客服修改。',
  en: 'Permit issued before 2018-01-10: enter the management category yourself in the first execution report; if it is wrong, ask the execution-report online service to correct it.',
};

const CORRECTION_AFTER: LocalizedText = {
  zh: '许可证是 2018 年 1 月 10 日及以后核发的：管理类别在申请、核发许可证时已经确定；如果管理类别错了，要通过许可证“变更”来修改。',
  en: 'Permit issued on or after 2018-01-10: the category was set when the permit was applied for and issued; a wrong category is corrected through a permit change (变更).',
};

const CORRECTION_UNKNOWN: LocalizedText = {
  zh: `管理类别错了怎么改，要看许可证的发证日期。${CORRECTION_BEFORE.zh}${CORRECTION_AFTER.zh}`,
  en: `How to correct a wrong category depends on the issue date. ${CORRECTION_BEFORE.en} ${CORRECTION_AFTER.en}`,
};

export function reportObligations(input: { category: ManagementCategory | string; issueDate?: string }): ReportObligations | { error: LocalizedText } {
  const rawCategory = typeof input?.category === 'string' ? input.category : '';
  const category = normalizeCategory(rawCategory);
  if (!category) {
    const registration = /登记/.test(rawCategory);
    return {
      error: registration
        ? {
            zh: '“登记管理”的单位办的是排污登记，不是排污许可证；这里只说明持证单位（重点管理、简化管理）要交哪些执行报告。',
            en: 'Units under registration management (登记管理) hold a registration, not a permit; this covers permit holders (重点管理 or 简化管理) only.',
          }
        : {
            zh: '看不出管理类别。请填“重点管理”或“简化管理”，可以在许可证正本或副本上找到。',
            en: 'The management category was not recognised. Enter 重点管理 (key) or 简化管理 (simplified); it is printed on the permit.',
          },
    };
  }
  let issuedBeforeCutoff: boolean | undefined;
  if (typeof input.issueDate === 'string' && input.issueDate.trim() !== '') {
    const parsed = parseIsoDate(input.issueDate);
    if (!parsed) {
      return { error: { zh: '发证日期不是有效的日期，请写成 年-月-日，例如 2019-06-30。', en: 'The issue date is not a valid date; write it as year-month-day, e.g. 2019-06-30.' } };
    }
    issuedBeforeCutoff = formatIsoDate(parsed) < CATEGORY_CUTOFF;
  }
  const key = category === '重点管理';
  const explanation: LocalizedText = key
    ? {
        zh: '重点管理的单位要交执行报告的年报、季报和月报。',
        en: 'Key-management (重点管理) permit holders file annual, quarterly and monthly execution reports.',
      }
    : {
        zh: '简化管理的单位只交执行报告的年报和季报，不用交月报，所以没有月报可以填。如果你认为单位应该是重点管理，请核对管理类别。',
        en: 'Simplified-management (简化管理) permit holders file annual and quarterly reports only, so there is no monthly report to fill in. If the unit should be under key management, check its category.',
      };
  return {
    category,
    reports: key ? ['annual', 'quarterly', 'monthly'] : ['annual', 'quarterly'],
    explanation,
    correction: issuedBeforeCutoff === undefined ? CORRECTION_UNKNOWN : issuedBeforeCutoff ? CORRECTION_BEFORE : CORRECTION_AFTER,
    needsCategoryOnFirstReport: issuedBeforeCutoff === true,
  };
}
