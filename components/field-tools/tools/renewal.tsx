import { kindsOffering } from '../../../platform/page-kinds';
import { i18n } from '#i18n';
import { findPlatformFields, findRenewalAnchor, type RenewalAnchor } from '../../../platform/fields';
import { readDocument } from '../../../platform/dom-text';
import { RenewalDeadline } from '../../tools/RenewalDeadline';
import { RenewalTip } from '../RenewalTip';
import { defineFieldTool } from '../model';

/** The renewal page: the last day to apply (30 working days before expiry, FAQ 12), next to the expiry date. */
export const renewalTool = defineFieldTool<RenewalAnchor>({
  id: 'renewal',
  order: 60,
  kinds: kindsOffering('renewal'),
  title: () => i18n.t('tools.deadline.renewalTitle'),
  intro: () => i18n.t('tools.deadline.intro'),
  pageOnly: true,
  find: (doc, { kind, reader = readDocument(doc) }) => findRenewalAnchor(doc, kind, findPlatformFields(doc, reader), reader),
  Tip: ({ found, context }) => <RenewalTip renewal={found} locale={context.locale} />,
  PanelSection: ({ locale, pageFacts, faqHref, today }) =>
    pageFacts.expiryDate ? (
      <>
        <p class="pt-muted">{i18n.t('tools.deadline.readFromPage', [pageFacts.expiryDate])}</p>
        <RenewalDeadline expiryDate={pageFacts.expiryDate} locale={locale} faqHref={faqHref} {...(today === undefined ? {} : { today })} />
      </>
    ) : (
      <p class="pt-muted">{i18n.t('tools.deadline.notOnPage')}</p>
    ),
});
export default renewalTool;

// Kinds name it in `offers.tools`.
declare module '../../../platform/kinds/kind' {
  interface PanelToolModules {
    renewal: true;
  }
}
