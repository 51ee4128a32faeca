import { useId, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { normalizeCategory, reportObligations, type ManagementCategory, type ReportKind } from '../../tools/report-obligations';
import { pickText, type UiLocale } from '../../lib/localized';
import { DateField } from './DateField';
import { FaqRef, type FaqHref } from './FaqRef';

const categories: { id: ManagementCategory; label: () => string }[] = [
  { id: '重点管理', label: () => i18n.t('tools.reports.key') },
  { id: '简化管理', label: () => i18n.t('tools.reports.simplified') },
];

const reportLabels: Record<ReportKind, () => string> = {
  annual: () => i18n.t('tools.reports.annual'),
  quarterly: () => i18n.t('tools.reports.quarterly'),
  monthly: () => i18n.t('tools.reports.monthly'),
};

export interface ReportObligationsToolProps {
  locale: UiLocale;
  /** As the page shows it (「重点管理」「简化」…), prefilled when known. */
  category?: string | undefined;
  /** 'YYYY-MM-DD', prefilled when known. */
  issueDate?: string | undefined;
  faqHref?: FaqHref | undefined;
}

/** FAQ 26: which execution reports a permit holder files, and how a wrong management category is corrected. */
export function ReportObligationsTool({ locale, category = '', issueDate = '', faqHref }: ReportObligationsToolProps) {
  const [chosen, setChosen] = useState<string>(normalizeCategory(category) ?? category.trim());
  const [issued, setIssued] = useState(issueDate);
  const name = useId();
  const result = chosen === '' ? undefined : reportObligations({ category: chosen, issueDate: issued });
  return (
    <div class="pt-root pt-tool" data-testid="report-obligations">
      <fieldset class="pt-choices">
        <legend>{i18n.t('tools.reports.categoryQuestion')}</legend>
        {categories.map((option) => (
          <label key={option.id} class="pt-choice">
            <input type="radio" name={name} value={option.id} checked={chosen === option.id} onChange={() => setChosen(option.id)} />
            {option.label()}
          </label>
        ))}
      </fieldset>
      <DateField label={i18n.t('tools.reports.issueLabel')} value={issued} onChange={setIssued} testId="obligations-issued" />
      <div aria-live="polite">
        {result === undefined && <p class="pt-muted">{i18n.t('tools.reports.choose')}</p>}
        {result !== undefined && 'error' in result && (
          <p class="pt-status pt-warn">
            <span aria-hidden="true">✗ </span>
            {pickText(result.error, locale)}
          </p>
        )}
        {result !== undefined && !('error' in result) && (
          <div data-testid="report-obligations-result" data-reports={result.reports.join(' ')}>
            <p class="pt-deadline-date">
              {i18n.t('tools.reports.due')}
              <strong>{result.reports.map((kind) => reportLabels[kind]()).join(i18n.t('tools.faq.separator'))}</strong>
            </p>
            <p class="pt-text">{pickText(result.explanation, locale)}</p>
            {result.needsCategoryOnFirstReport && <p class="pt-status pt-caution">{i18n.t('tools.reports.firstReport')}</p>}
            <p class="pt-subheading">{i18n.t('tools.reports.wrongCategory')}</p>
            <p class="pt-text">{pickText(result.correction, locale)}</p>
          </div>
        )}
      </div>
      <p class="pt-muted">
        <FaqRef numbers={[26]} faqHref={faqHref} />
      </p>
    </div>
  );
}
