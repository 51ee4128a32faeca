import { kindsOffering } from '../../../platform/page-kinds';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { editableCreditInputs, findPlatformFields } from '../../../platform/fields';
import { isExactCreditCode } from '../../../tools/credit-code';
import { CreditCodeChecker } from '../../tools/CreditCodeChecker';
import { CreditCodeTip } from '../CreditCodeTip';
import { defineFieldTool, type CreditField, type TipContext } from '../model';

const TYPING_PAUSE_MS = 200;

/** One field's tip: follows the field's value after a typing pause; says nothing about an untouched, correct code. */
function CreditFieldTip({ input, context }: { input: HTMLInputElement; context: TipContext }) {
  const [field, setField] = useState<CreditField>(() => ({
    key: 0,
    input,
    value: input.value,
    dismissed: false,
    touched: input.ownerDocument.activeElement === input,
  }));
  const update = (patch: Partial<CreditField>) => setField((previous) => ({ ...previous, ...patch }));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onInput = () => {
      clearTimeout(timer);
      timer = setTimeout(() => update({ value: input.value, dismissed: false, touched: true }), TYPING_PAUSE_MS);
    };
    const onFocus = () => update({ touched: true });
    input.addEventListener('input', onInput);
    input.addEventListener('focus', onFocus);
    return () => {
      clearTimeout(timer);
      input.removeEventListener('input', onInput);
      input.removeEventListener('focus', onFocus);
    };
  }, [input]);
  if (!field.touched && isExactCreditCode(field.value.trim())) return null;
  return (
    <CreditCodeTip
      field={field}
      locale={context.locale}
      actions={{
        creditValueChanged: (_key, value) => update({ value, dismissed: false, touched: true }),
        dismissCredit: () => update({ dismissed: true }),
        dismissUpload: () => undefined,
      }}
    />
  );
}

/** 统一社会信用代码: the check character, look-alike letters, the tidy form (registration, 修改企业基本信息 `SocietyCode`, card 1). */
export const creditCodeTool = defineFieldTool<HTMLInputElement[]>({
  id: 'credit-code',
  order: 10,
  kinds: kindsOffering('credit-code'),
  title: () => i18n.t('tools.credit.title'),
  intro: () => i18n.t('tools.credit.intro'),
  find: (doc, { reader }) => {
    const inputs = editableCreditInputs(findPlatformFields(doc, reader));
    return inputs.length > 0 ? inputs : undefined;
  },
  Tip: ({ found, context }) => (
    <>
      {found.map((input, index) => (
        <CreditFieldTip key={index} input={input} context={context} />
      ))}
    </>
  ),
  PanelSection: ({ locale, faqHref }) => <CreditCodeChecker locale={locale} faqHref={faqHref} />,
});
export default creditCodeTool;

// Kinds name it in `offers.tools`.
declare module '../../../platform/kinds/kind' {
  interface PanelToolModules {
    'credit-code': true;
  }
}
