import { heading } from '../dom-facts';
import { defineKind } from './kind';
import { permitPath, permitRoute } from './url-rules';

/** 执行报告: the report app's entry and its list of reports (`#/list-rt`), or a report whose period is not known. */
const kind = defineKind({
  id: 'report-home',
  label: { zh: '执行报告', en: 'Execution reports' },
  specificity: 2,
  precedence: 240,
  side: 'enterprise',
  offers: { tools: ['report-obligations'] },
  urls: [
    {
      test: permitPath(/^\/permitrep\/autologin$/),
      fixtures: [
        'https://permit.mee.gov.cn/permitrep/autologin?userAccount=9144030012345678X1&permitCode=91440300123456789X001P&cityCode=440300',
        'http://permit.mep.gov.cn/permitrep/autologin?userAccount=9144030012345678X1&permitCode=91440300123456789X001P&cityCode=440300',
      ],
    },
    {
      // The report list and the reports opened from it; the same app's `#/list-env` is the unified report.
      test: permitRoute(/^\/permitrep\/report(?:\/(?!list-env(?:\/|$)).*)?$/),
      fixtures: [
        'https://permit.mee.gov.cn/permitrep/report/#/list-rt?year=2025&businessType=RT',
        'http://permit.mee.gov.cn/permitrep/report/#/list-rt?year=2024&businessType=RT',
        'https://permit.mep.gov.cn/permitrep/report/',
      ],
    },
    {
      // Any other page of /permitrep/ that is not the ledger, the correction or the unified report app.
      test: permitPath(/^\/permitrep(?:\/.*)?$/),
      fallback: true,
      fixtures: ['https://permit.mee.gov.cn/permitrep/', 'https://permit.mee.gov.cn/permitrep/home'],
    },
  ],
  dom: [{ strength: 'weak', test: (f) => heading(f, /执行报告/), fixtures: ['<h3>执行报告</h3>'] }],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'report-home': typeof kind;
  }
}
