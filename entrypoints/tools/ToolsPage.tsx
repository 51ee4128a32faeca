import { i18n } from '#i18n';
import type { UiLocale } from '../../lib/localized';
import { CreditCodeChecker } from '../../components/tools/CreditCodeChecker';
import { CoordinateConverter } from '../../components/tools/CoordinateConverter';
import { FileChecker } from '../../components/tools/FileChecker';
import { DeadlineTools } from '../../components/tools/DeadlineTools';
import { ReportObligationsTool } from '../../components/tools/ReportObligationsTool';
import type { FaqHref } from '../../components/tools/FaqRef';
import { faqHash } from '../../components/faq/faq-hash';

const faqHref: FaqHref = (number) => `/faq.html${faqHash(number)}`;

const sections = [
  { id: 'credit-code', title: () => i18n.t('tools.credit.title'), intro: () => i18n.t('tools.credit.intro') },
  { id: 'coordinates', title: () => i18n.t('tools.coord.title'), intro: () => i18n.t('tools.coord.intro') },
  { id: 'file-check', title: () => i18n.t('tools.upload.title'), intro: () => i18n.t('tools.upload.intro') },
  { id: 'deadlines', title: () => i18n.t('tools.deadline.title'), intro: () => i18n.t('tools.deadline.intro') },
  { id: 'report-obligations', title: () => i18n.t('tools.reports.title'), intro: () => i18n.t('tools.reports.intro') },
] as const;

type SectionId = (typeof sections)[number]['id'];

function Tool({ id, locale }: { id: SectionId; locale: UiLocale }) {
  switch (id) {
    case 'credit-code':
      return <CreditCodeChecker locale={locale} faqHref={faqHref} />;
    case 'coordinates':
      return <CoordinateConverter locale={locale} faqHref={faqHref} />;
    case 'file-check':
      return <FileChecker locale={locale} faqHref={faqHref} />;
    case 'deadlines':
      return <DeadlineTools locale={locale} faqHref={faqHref} headingLevel={3} />;
    case 'report-obligations':
      return <ReportObligationsTool locale={locale} faqHref={faqHref} />;
  }
}

/** tools.html: every field tool on one page, for use without the platform open. */
export function ToolsPage({ locale }: { locale: UiLocale }) {
  return (
    <main class="pt-root tools-page">
      <h1 class="tools-page__title">{i18n.t('tools.page.title')}</h1>
      <p class="tools-page__intro">{i18n.t('tools.page.intro')}</p>
      <nav aria-label={i18n.t('tools.page.contents')}>
        <ul class="tools-page__toc">
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title()}</a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((section) => (
        <section key={section.id} id={section.id} class="tools-page__section" aria-labelledby={`${section.id}-title`}>
          <h2 id={`${section.id}-title`} class="tools-page__heading">
            {section.title()}
          </h2>
          <p class="tools-page__section-intro">{section.intro()}</p>
          <Tool id={section.id} locale={locale} />
        </section>
      ))}
    </main>
  );
}
