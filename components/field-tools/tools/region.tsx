import { useEffect, useState } from 'preact/hooks';
import { pickText, type LocalizedText, type UiLocale } from '../../../lib/localized';
import { currentUiLocale } from '../../faq/ui-locale';
import { controlNames, isHiddenByMarkup, readDocument, type DocumentReader } from '../../../platform/dom-text';
import { FaqRef } from '../../tools/FaqRef';
import { AnchoredTip } from '../AnchoredTip';
import { defineFieldTool } from '../model';

/** The 省/市/县 selects (修改企业基本信息: `province`, `city`, `counties`; registration alike). */
export interface RegionSelects {
  province: HTMLSelectElement;
  city: HTMLSelectElement;
  county: HTMLSelectElement;
}

const NAMES: readonly [keyof RegionSelects, RegExp][] = [
  ['province', /(?:^|\s)(?:province|prov|sheng)\w*/],
  ['city', /(?:^|\s)(?:city|shi)\w*/],
  ['county', /(?:^|\s)(?:count(?:y|ies)|district|area|xian|qx)\w*/],
];

/** The visible region selects, by name or id; all three or none. */
export function findRegionSelects(doc: Document, reader: DocumentReader = readDocument(doc)): RegionSelects | undefined {
  const selects = reader.query<HTMLSelectElement>('select', 100).filter((select) => !isHiddenByMarkup(select));
  const found: Partial<RegionSelects> = {};
  for (const [slot, pattern] of NAMES) found[slot] = selects.find((select) => pattern.test(controlNames(select)));
  return found.province && found.city && found.county ? (found as RegionSelects) : undefined;
}

const ADMIN_CODE = /^\d{6}$/;

/** What is wrong with the chosen region, if anything: no county chosen, or codes of different places (6-digit 行政区划代码). */
export function regionProblem(values: { province: string; city: string; county: string }): LocalizedText | undefined {
  if (values.county.trim() === '') {
    return { zh: '还没有选择区县。省市县选错或漏选，核发部门会无法受理。', en: 'No county is chosen. A wrong or missing 省市县 keeps the issuing authority from accepting the application.' };
  }
  const { province, city, county } = values;
  if ([province, city, county].every((code) => ADMIN_CODE.test(code)) && (city.slice(0, 2) !== province.slice(0, 2) || county.slice(0, 4) !== city.slice(0, 4))) {
    return { zh: '选中的区县不属于选中的市（或市不属于省），请从省开始重新选一遍。', en: 'The chosen county does not belong to the chosen city (or the city to the province); choose again from the province down.' };
  }
  return undefined;
}

/** Under the county select: what is wrong with the region, with FAQ 16 (修改企业基本信息 fixes it). */
function RegionTip({ selects, locale }: { selects: RegionSelects; locale: UiLocale }) {
  const read = () => ({ province: selects.province.value, city: selects.city.value, county: selects.county.value });
  const [values, setValues] = useState(read);
  const [closed, setClosed] = useState(false);
  // A blank form (nothing chosen yet) is not nagged until the user picks something; a saved one missing its county is.
  const [touched, setTouched] = useState(() => values.province !== '' && values.city !== '');
  useEffect(() => {
    const update = () => {
      setValues(read());
      setTouched(true);
    };
    for (const select of Object.values(selects)) select.addEventListener('change', update);
    return () => {
      for (const select of Object.values(selects)) select.removeEventListener('change', update);
    };
  }, [selects]);
  const problem = regionProblem(values);
  if (closed || !problem || (!touched && values.county === '')) return null;
  return (
    <AnchoredTip anchor={selects.county} testId="region-tip" onClose={() => setClosed(true)}>
      <p class="pt-status pt-warn">
        ⚠ {pickText(problem, locale)} <FaqRef numbers={[16]} />
      </p>
    </AnchoredTip>
  );
}

/** 省市县 on 修改企业基本信息 and the registration form (FAQ 16): a county left unchosen or codes of different places. */
export const regionTool = defineFieldTool<RegionSelects>({
  id: 'region',
  order: 50,
  kinds: ['enterprise-info', 'register'],
  title: () => pickText({ zh: '省市县', en: 'Province, city, county' }, currentUiLocale()),
  intro: () => pickText({ zh: '检查省、市、区县是否都已选择并且相互对应（常见问题第 16 条）。', en: 'Checks that province, city and county are all chosen and belong together (FAQ 16).' }, currentUiLocale()),
  find: (doc, { reader }) => findRegionSelects(doc, reader),
  Tip: ({ found, context }) => <RegionTip selects={found} locale={context.locale} />,
});
export default regionTool;
