import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { validateCreditCode } from '../../tools/credit-code';
import type { UiLocale } from '../../lib/localized';
import { CreditCodeVerdict } from '../tools/CreditCodeVerdict';
import { CreditCodeFixPath } from '../tools/CreditCodeFixPath';
import { AnchoredTip } from './AnchoredTip';
import { setFieldValue } from './set-field-value';
import type { CreditField, FieldToolsActions } from './model';

/**
 * The inline check under a 统一社会信用代码 field. The value is only changed by a click on
 * 「改为 …」, and that change can be undone (the earlier value is shown).
 */
export function CreditCodeTip({ field, locale, actions }: { field: CreditField; locale: UiLocale; actions: FieldToolsActions }) {
  const [undo, setUndo] = useState<{ previous: string; applied: string } | undefined>(undefined);
  if (field.dismissed || field.value.trim() === '') return null;
  const valid = validateCreditCode(field.value).valid;
  const apply = (normalized: string) => {
    const previous = field.input.value;
    setFieldValue(field.input, normalized);
    setUndo({ previous, applied: normalized });
    actions.creditValueChanged(field.key, normalized);
  };
  const revert = () => {
    if (!undo) return;
    setFieldValue(field.input, undo.previous);
    setUndo(undefined);
    actions.creditValueChanged(field.key, undo.previous);
  };
  return (
    <AnchoredTip anchor={field.input} testId="credit-code-tip" data={{ valid: String(valid) }} onClose={() => actions.dismissCredit(field.key)}>
      <p class="pt-tip-title">{i18n.t('tools.credit.tipTitle')}</p>
      <CreditCodeVerdict value={field.value} locale={locale} onApply={apply} />
      {undo && field.value === undo.applied && (
        <p class="pt-undo" role="status">
          {i18n.t('tools.credit.changed', [undo.previous])}
          <button type="button" class="pt-button" data-testid="undo-credit-code" onClick={revert}>
            {i18n.t('tools.undo')}
          </button>
        </p>
      )}
      <CreditCodeFixPath locale={locale} />
    </AnchoredTip>
  );
}
