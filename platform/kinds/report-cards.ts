/**
 * The execution-report app (Vue + element-plus) lists a permit's reports at `#/list-rt` as cards
 * `.card.select-none`, each labelled with its period: 年报, N季度 or N月. No route names the period,
 * so a report's period is the label of the card the user opened.
 */
export const reportCardSelector = '.card.select-none';
