import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { monitoringSyncDate, reissueDeadline, reportSyncDate } from '../../tools/deadlines';
import type { UiLocale } from '../../lib/localized';
import { DateField } from './DateField';
import { DeadlineResultView } from './DeadlineResultView';
import { RenewalDeadline } from './RenewalDeadline';
import type { FaqHref } from './FaqRef';
import { todayIso } from './today';

export interface DeadlineToolsProps {
  locale: UiLocale;
  /** The permit's expiry date when known (read from the page), 'YYYY-MM-DD'. */
  expiryDate?: string | undefined;
  /** The issue date when known, prefilled as the issue/change date. */
  issueDate?: string | undefined;
  today?: string;
  faqHref?: FaqHref | undefined;
  /** Heading level of the three parts (2 on the tools page, 3 or 4 inside the panel). */
  headingLevel?: 2 | 3 | 4;
}

/**
 * Working-day deadlines from the FAQ: the last day to apply for renewal (12), when the monitoring
 * platform (22–23) and the execution-report module (24) have the permit, the reissue window (14).
 */
export function DeadlineTools({ locale, expiryDate = '', issueDate = '', today = todayIso(), faqHref, headingLevel = 3 }: DeadlineToolsProps) {
  const [expiry, setExpiry] = useState(expiryDate);
  const [issued, setIssued] = useState(issueDate);
  const [lost, setLost] = useState('');
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  return (
    <div class="pt-root pt-tool" data-testid="deadline-tools">
      <section class="pt-part">
        <Heading class="pt-heading">{i18n.t('tools.deadline.renewalTitle')}</Heading>
        <DateField label={i18n.t('tools.deadline.expiryLabel')} value={expiry} onChange={setExpiry} testId="deadline-expiry" />
        {expiry !== '' && <RenewalDeadline expiryDate={expiry} locale={locale} today={today} faqHref={faqHref} />}
      </section>
      <section class="pt-part">
        <Heading class="pt-heading">{i18n.t('tools.deadline.syncTitle')}</Heading>
        <DateField label={i18n.t('tools.deadline.issueLabel')} value={issued} onChange={setIssued} testId="deadline-issued" />
        {issued !== '' && (
          <>
            <DeadlineResultView
              result={reportSyncDate(issued)}
              label={i18n.t('tools.deadline.reportSyncLabel')}
              today={today}
              locale={locale}
              pastIsLate={false}
              faqHref={faqHref}
              testId="report-sync-result"
            />
            <DeadlineResultView
              result={monitoringSyncDate(issued)}
              label={i18n.t('tools.deadline.monitoringSyncLabel')}
              today={today}
              locale={locale}
              pastIsLate={false}
              faqHref={faqHref}
              testId="monitoring-sync-result"
            />
          </>
        )}
      </section>
      <section class="pt-part">
        <Heading class="pt-heading">{i18n.t('tools.deadline.reissueTitle')}</Heading>
        <DateField label={i18n.t('tools.deadline.lossLabel')} value={lost} onChange={setLost} testId="deadline-lost" />
        {lost !== '' && (
          <DeadlineResultView
            result={reissueDeadline(lost)}
            label={i18n.t('tools.deadline.reissueLabel')}
            today={today}
            locale={locale}
            pastIsLate
            faqHref={faqHref}
            testId="reissue-result"
          />
        )}
      </section>
    </div>
  );
}
