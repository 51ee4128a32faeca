import { defineKind } from './kind';
import { reportCardSelector } from './report-cards';

/** An annual execution report, opened from its 年报 card (FAQ 25: 重新同步数据). */
const kind = defineKind({
  id: 'report-annual',
  label: { zh: '执行报告：年报', en: 'Execution report: annual' },
  specificity: 3,
  side: 'enterprise',
  offers: { tools: ['report-obligations'] },
  urls: [],
  openedFromCard: { from: 'report-home', selector: reportCardSelector, label: /^年报$/, fixtures: ['年报', ' 年报 '] },
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'report-annual': typeof kind;
  }
}
