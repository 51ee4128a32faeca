import { i18n } from '#i18n';
import type { PageFacts } from '../../platform/page-facts';
import type { PageKindId } from '../../platform/page-kinds';
import type { UiLocale } from '../../lib/localized';
import { CreditCodeChecker } from './CreditCodeChecker';
import { CoordinateConverter } from './CoordinateConverter';
import { DeadlineTools } from './DeadlineTools';
import { FileChecker } from './FileChecker';
import { RenewalDeadline } from './RenewalDeadline';
import { ReportObligationsTool } from './ReportObligationsTool';
import type { FaqHref } from './FaqRef';


export interface PanelToolsSectionProps {
  kind: PageKindId;
  locale: UiLocale;
  pageFacts: PageFacts;
  faqHref?: FaqHref;
  today?: string;
}

const creditCodePages = new Set<PageKindId>(['apply-basic-info', 'register', 'enterprise-info']);
const reportPages = new Set<PageKindId>(['report-home', 'report-annual', 'report-quarterly', 'report-monthly']);

/** The panel's 「工具」 section: the tools that fit this page first, the deadline calculator (collapsed) on every page. */
export function PanelToolsSection({ kind, locale, pageFacts, faqHref, today }: PanelToolsSectionProps) {
  const todayProp = today === undefined ? {} : { today };
  return (
    <div class="pt-root pt-panel-tools" data-testid="panel-tools" data-page-kind={kind}>
      {kind === 'renewal' && (
        <section class="pt-part" data-tool="renewal">
          <h3 class="pt-heading">{i18n.t('tools.deadline.renewalTitle')}</h3>
          {pageFacts.expiryDate ? (
            <>
              <p class="pt-muted">{i18n.t('tools.deadline.readFromPage', [pageFacts.expiryDate])}</p>
              <RenewalDeadline expiryDate={pageFacts.expiryDate} locale={locale} faqHref={faqHref} {...todayProp} />
            </>
          ) : (
            <p class="pt-muted">{i18n.t('tools.deadline.notOnPage')}</p>
          )}
        </section>
      )}
      {reportPages.has(kind) && (
        <section class="pt-part" data-tool="report-obligations">
          <h3 class="pt-heading">{i18n.t('tools.reports.title')}</h3>
          <ReportObligationsTool locale={locale} category={pageFacts.category} issueDate={pageFacts.issueDate} faqHref={faqHref} />
        </section>
      )}
      {creditCodePages.has(kind) && (
        <section class="pt-part" data-tool="credit-code">
          <h3 class="pt-heading">{i18n.t('tools.credit.title')}</h3>
          <CreditCodeChecker locale={locale} faqHref={faqHref} />
        </section>
      )}
      {kind === 'apply-coordinates' && (
        <section class="pt-part" data-tool="coordinates">
          <h3 class="pt-heading">{i18n.t('tools.coord.title')}</h3>
          <CoordinateConverter locale={locale} faqHref={faqHref} />
        </section>
      )}
      {kind === 'apply-attachments' && (
        <section class="pt-part" data-tool="file-check">
          <h3 class="pt-heading">{i18n.t('tools.upload.title')}</h3>
          <FileChecker locale={locale} faqHref={faqHref} />
        </section>
      )}
      <details class="pt-disclosure pt-part" data-tool="deadlines">
        <summary>{i18n.t('tools.deadline.title')}</summary>
        <DeadlineTools
          locale={locale}
          expiryDate={pageFacts.expiryDate}
          issueDate={pageFacts.issueDate}
          faqHref={faqHref}
          headingLevel={4}
          {...todayProp}
        />
      </details>
    </div>
  );
}
