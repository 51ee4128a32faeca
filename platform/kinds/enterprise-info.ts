import { heading } from '../dom-facts';
import { defineKind } from './kind';
import { permitPath } from './url-rules';

/** 修改企业基本信息 (FAQ 16: 省市县; FAQ 17: the credit code). */
const kind = defineKind({
  id: 'enterprise-info',
  label: { zh: '修改企业基本信息', en: 'Edit enterprise information' },
  specificity: 2,
  precedence: 30,
  side: 'enterprise',
  offers: { tools: ['credit-code'] },
  urls: [
    {
      test: permitPath(/^\/permitext\/outside\/updateentermsg\.jsp$/),
      fixtures: [
        'https://permit.mee.gov.cn/permitExt/outside/updateEnterMSG.jsp?username=9144030012345678X1',
        'http://permit.mee.gov.cn/permitExt/outside/updateEnterMSG.jsp',
        'http://permit.mep.gov.cn/permitExt/outside/updateEnterMSG.jsp?username=abc',
      ],
      markers: ['[name="SocietyCode"]', 'select[name="counties"]'],
    },
  ],
  dom: [
    {
      strength: 'strong',
      test: (f) =>
        (f.has('input[name="SocietyCode"]') && f.has('select[name="counties"]')) ||
        (heading(f, /修改(?:企业|注册单位|单位)(?:基本)?信息/) && f.creditCode().length > 0),
      fixtures: [
        '<form><input name="EnterName"><input name="SocietyCode"><select name="province"></select><select name="city"></select><select name="counties"></select></form>',
        '<h2>修改企业基本信息</h2><table><tr><th>统一社会信用代码</th><td><input name="q"></td></tr></table>',
      ],
    },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'enterprise-info': typeof kind;
  }
}
