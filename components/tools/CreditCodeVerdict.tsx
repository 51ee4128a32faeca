import { i18n } from '#i18n';
import { validateCreditCode, type CreditCodeParts } from '../../tools/credit-code';
import { pickText, type UiLocale } from '../../lib/localized';

function partsText(parts: CreditCodeParts, locale: UiLocale): string[] {
  const lines: string[] = [];
  if (parts.authority.name) lines.push(i18n.t('tools.credit.authority', [pickText(parts.authority.name, locale)]));
  if (parts.category.name) lines.push(i18n.t('tools.credit.category', [pickText(parts.category.name, locale)]));
  lines.push(i18n.t('tools.credit.region', [parts.region]));
  return lines;
}

export interface CreditCodeVerdictProps {
  /** What is in the field now. */
  value: string;
  locale: UiLocale;
  /** Show what the code says (authority, category, region) when valid. */
  showParts?: boolean;
  /**
   * Offered when the input only differs from a cleaner form by spaces, full-width characters or
   * lowercase letters: the button 「改为 …」 calls this; nothing changes without that click.
   */
  onApply?: ((normalized: string) => void) | undefined;
}

/** What is wrong with a credit code (or ✓), in words for the user; the message is announced politely. */
export function CreditCodeVerdict({ value, locale, showParts = false, onApply }: CreditCodeVerdictProps) {
  const result = validateCreditCode(value);
  const differs = result.normalized !== value && result.normalized !== '';
  return (
    <div class="pt-verdict" data-valid={String(result.valid)}>
      <p class={result.valid ? 'pt-status pt-ok' : 'pt-status pt-warn'} aria-live="polite" data-testid="credit-code-message">
        <span aria-hidden="true">{result.valid ? '✓ ' : '✗ '}</span>
        {result.valid ? i18n.t('tools.credit.valid') : pickText(result.message, locale)}
      </p>
      {result.valid && showParts && (
        <ul class="pt-facts">
          {partsText(result.parts, locale).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {differs && result.changes.length > 0 && (
        <div class="pt-suggest">
          <p class="pt-text">
            {i18n.t('tools.credit.checkedAs', [result.normalized])}
            {result.changes.map((change) => pickText(change, locale)).join(i18n.t('tools.faq.separator'))}
          </p>
          {onApply && (
            <button type="button" class="pt-button" data-testid="credit-code-apply" onClick={() => onApply(result.normalized)}>
              {i18n.t('tools.credit.applyFix', [result.normalized])}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
