import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { UiLocale } from '../../lib/localized';
import { CreditCodeVerdict } from './CreditCodeVerdict';
import { CreditCodeFixPath } from './CreditCodeFixPath';
import { TextField } from './TextField';
import type { FaqHref } from './FaqRef';

/** The standalone 统一社会信用代码 checker (tools page and panel): type or paste, read what is wrong. */
export function CreditCodeChecker({ locale, faqHref, initialValue = '' }: { locale: UiLocale; faqHref?: FaqHref; initialValue?: string }) {
  const [value, setValue] = useState(initialValue);
  return (
    <div class="pt-root pt-tool" data-testid="credit-code-checker">
      <TextField label={i18n.t('tools.credit.label')} value={value} onInput={setValue} placeholder={i18n.t('tools.credit.placeholder')} monospace />
      {value.trim() !== '' && <CreditCodeVerdict value={value} locale={locale} showParts onApply={setValue} />}
      <CreditCodeFixPath locale={locale} faqHref={faqHref} />
    </div>
  );
}
