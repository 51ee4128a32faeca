import { defineKind } from './kind';
import { reportCardSelector } from './report-cards';

/** A quarterly execution report, opened from its N季度 card (FAQ 25: delete and create again). */
const kind = defineKind({
  id: 'report-quarterly',
  label: { zh: '执行报告：季报', en: 'Execution report: quarterly' },
  specificity: 3,
  side: 'enterprise',
  offers: { tools: ['report-obligations'] },
  urls: [],
  openedFromCard: { from: 'report-home', selector: reportCardSelector, label: /^第?[1-4一二三四]季度$/, fixtures: ['1季度', '4季度', '第二季度'] },
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'report-quarterly': typeof kind;
  }
}
