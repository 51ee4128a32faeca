import { heading } from '../dom-facts';
import { defineKind } from './kind';
import { cardUrl } from './card-url';
import { permitAction } from './url-rules';

/** Card 5 of the application form: 排污节点及治理设施, the 废水/废气 产排 tables of FAQ 11. */
const kind = defineKind({
  id: 'apply-pollution-facilities',
  label: { zh: '申请表：排污节点及治理设施', en: 'Application: discharge points and treatment facilities' },
  specificity: 3,
  precedence: 100,
  side: 'enterprise',
  group: 'application-card',
  urls: [
    {
      test: permitAction('syssb/wysb/hpsp', 'hpsp', ['zlss']),
      fixtures: [
        cardUrl('syssb/wysb/hpsp/hpsp!zlss.action', 'card5'),
        cardUrl('syssb/wysb/hpsp/hpsp!zlss.action', 'card5', { scheme: 'http', host: 'permit.mep.gov.cn', operate: 'readonly' }),
      ],
    },
  ],
  dom: [
    {
      strength: 'strong',
      test: (f) =>
        heading(f, /排污节点|治理设施|废水产治排|废水.*(?:产生|治理|排放)/) &&
        [...f.controlLabels(), ...f.columnHeads()].some((label) => /排放去向|治理设施|排放口|废水类别|污染物种类/.test(label)),
      fixtures: ['<div class="panel-title">废水产治排</div><table><tr><th>废水类别</th><th>排放去向</th></tr></table>'],
    },
    { strength: 'weak', test: (f) => heading(f, /排污节点及治理设施|废水产治排/), fixtures: ['<h3>排污节点及治理设施</h3>'] },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'apply-pollution-facilities': typeof kind;
  }
}
