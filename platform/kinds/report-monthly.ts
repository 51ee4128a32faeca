import { defineKind } from './kind';
import { reportCardSelector } from './report-cards';

/** A monthly execution report, opened from its N月 card (FAQ 26: who must file monthly reports). */
const kind = defineKind({
  id: 'report-monthly',
  label: { zh: '执行报告：月报', en: 'Execution report: monthly' },
  specificity: 3,
  side: 'enterprise',
  offers: { tools: ['report-obligations'] },
  urls: [],
  openedFromCard: { from: 'report-home', selector: reportCardSelector, label: /^(?:[1-9]|1[0-2])月$/, fixtures: ['1月', '12月'] },
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'report-monthly': typeof kind;
  }
}
