import { useId, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { creditCodeFixPath, type CreditCodeStage } from '../../tools/credit-code';
import { pickText, type UiLocale } from '../../lib/localized';
import { FaqRef, type FaqHref } from './FaqRef';

const stages: { id: CreditCodeStage; label: () => string }[] = [
  { id: 'not-submitted', label: () => i18n.t('tools.credit.stageNotSubmitted') },
  { id: 'submitted', label: () => i18n.t('tools.credit.stageSubmitted') },
  { id: 'issued', label: () => i18n.t('tools.credit.stageIssued') },
];

/** 「填错了怎么改？」: FAQ 17's way to correct a registered credit code, for the stage the user picks. */
export function CreditCodeFixPath({ locale, faqHref }: { locale: UiLocale; faqHref?: FaqHref | undefined }) {
  const [stage, setStage] = useState<CreditCodeStage | undefined>(undefined);
  const name = useId();
  return (
    <details class="pt-disclosure" data-testid="credit-code-fix">
      <summary>{i18n.t('tools.credit.howToFix')}</summary>
      <fieldset class="pt-choices">
        <legend>{i18n.t('tools.credit.stageQuestion')}</legend>
        {stages.map((option) => (
          <label key={option.id} class="pt-choice">
            <input
              type="radio"
              name={name}
              value={option.id}
              checked={stage === option.id}
              onChange={() => setStage(option.id)}
            />
            {option.label()}
          </label>
        ))}
      </fieldset>
      <p class="pt-text" aria-live="polite" data-testid="credit-code-fix-path">
        {stage ? pickText(creditCodeFixPath(stage), locale) : i18n.t('tools.credit.stageChoose')}
      </p>
      <p class="pt-muted">
        <FaqRef numbers={[17]} faqHref={faqHref} />
      </p>
    </details>
  );
}
