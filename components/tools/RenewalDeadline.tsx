import { i18n } from '#i18n';
import { renewalDeadline } from '../../tools/deadlines';
import type { UiLocale } from '../../lib/localized';
import { DeadlineResultView } from './DeadlineResultView';
import type { FaqHref } from './FaqRef';
import { todayIso } from './today';

/** The last day to apply for renewal (FAQ 12) for a permit expiring on `expiryDate`, with the working days left. */
export function RenewalDeadline({
  expiryDate,
  locale,
  today = todayIso(),
  faqHref,
  testId = 'renewal-deadline-result',
  compact = false,
}: {
  expiryDate: string;
  locale: UiLocale;
  today?: string;
  faqHref?: FaqHref | undefined;
  testId?: string;
  compact?: boolean;
}) {
  return (
    <DeadlineResultView
      result={renewalDeadline(expiryDate)}
      label={i18n.t('tools.deadline.renewalLabel')}
      today={today}
      locale={locale}
      pastIsLate
      faqHref={faqHref}
      testId={testId}
      compact={compact}
    />
  );
}
