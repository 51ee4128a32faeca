import { i18n } from '#i18n';

/** Builds the address of an FAQ entry where the tools can link to it (extension pages); absent on platform pages. */
export type FaqHref = (number: number) => string;

/** 「常见问题第 N 条」, as links when the page can open the FAQ. */
export function FaqRef({ numbers, faqHref }: { numbers: readonly number[]; faqHref?: FaqHref | undefined }) {
  if (numbers.length === 0) return null;
  return (
    <span class="pt-faq-ref">
      {i18n.t('tools.faq.source')}
      {numbers.map((number, index) => (
        <span key={number}>
          {index > 0 ? i18n.t('tools.faq.separator') : ''}
          {faqHref ? (
            <a href={faqHref(number)} target="_blank" rel="noopener">
              {i18n.t('tools.faq.number', [String(number)])}
            </a>
          ) : (
            i18n.t('tools.faq.number', [String(number)])
          )}
        </span>
      ))}
    </span>
  );
}
