import { heading } from '../dom-facts';
import { isHiddenByMarkup } from '../dom-text';
import { defineKind } from './kind';
import { cardUrl } from './card-url';
import { permitAction } from './url-rules';

/** Card 1 of the application form: 排污单位基本情况 (credit code, FAQ 17; the site's centre coordinates, FAQ 20). */
const kind = defineKind({
  id: 'apply-basic-info',
  label: { zh: '申请表：排污单位基本情况', en: 'Application: basic information' },
  specificity: 3,
  precedence: 110,
  side: 'enterprise',
  group: 'application-card',
  offers: { tools: ['credit-code', 'coordinates'], checks: ['ie-advice', 'flash'] },
  urls: [
    {
      test: permitAction('syssb/wysb/hpsp', 'hpsp', ['pwxkinfo']),
      fixtures: [
        cardUrl('syssb/wysb/hpsp/hpsp!pwxkInfo.action', 'card1'),
        cardUrl('syssb/wysb/hpsp/hpsp!pwxkInfo.action', 'card1', { scheme: 'http', operate: 'readonly' }),
        'http://permit.mep.gov.cn/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action;jsessionid=AB12?cardid=card1&dataid=8a8a8a01',
        // The card number is a position, not what the card is.
        cardUrl('syssb/wysb/hpsp/hpsp!pwxkInfo.action', 'card2'),
      ],
    },
  ],
  dom: [
    {
      strength: 'strong',
      test: (f) => f.creditCode().some((input) => !isHiddenByMarkup(input)) && f.hasRegionSelects() && !f.hasPassword(),
      fixtures: [
        `<table><tr><th>统一社会信用代码：</th><td><input name="a1"></td></tr><tr><th>地址</th><td><select id="sheng"><option>--请选择省--</option></select>
         <select id="shi"><option>--请选择市--</option></select><select id="xian"><option>--请选择县--</option></select></td></tr></table>`,
      ],
    },
    { strength: 'weak', test: (f) => heading(f, /排污单位基本(?:情况|信息)/), fixtures: ['<h3>排污单位基本情况</h3>'] },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'apply-basic-info': typeof kind;
  }
}
