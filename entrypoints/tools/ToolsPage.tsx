import { i18n } from '#i18n';
import type { UiLocale } from '../../lib/localized';
import type { FaqHref } from '../../components/tools/FaqRef';
import { faqHash } from '../../components/faq/faq-hash';
import { fieldTools } from '../../components/field-tools/registry';

const faqHref: FaqHref = (number) => `/faq.html${faqHash(number)}`;

/** tools.html: every field tool of the registry that works without a page, for use without the platform open. */
export function ToolsPage({ locale }: { locale: UiLocale }) {
  const sections = fieldTools.filter((tool) => tool.PanelSection && !tool.pageOnly);
  return (
    <main class="pt-root tools-page">
      <h1 class="tools-page__title">{i18n.t('tools.page.title')}</h1>
      <p class="tools-page__intro">{i18n.t('tools.page.intro')}</p>
      <nav aria-label={i18n.t('tools.page.contents')}>
        <ul class="tools-page__toc">
          {sections.map((tool) => (
            <li key={tool.id}>
              <a href={`#${tool.id}`}>{tool.title()}</a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((tool) => {
        const Section = tool.PanelSection!;
        return (
          <section key={tool.id} id={tool.id} class="tools-page__section" aria-labelledby={`${tool.id}-title`}>
            <h2 id={`${tool.id}-title`} class="tools-page__heading">
              {tool.title()}
            </h2>
            <p class="tools-page__section-intro">{tool.intro()}</p>
            <Section kind="unknown" locale={locale} pageFacts={{}} faqHref={faqHref} headingLevel={3} />
          </section>
        );
      })}
    </main>
  );
}
