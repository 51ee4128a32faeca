import { i18n } from '#i18n';
import { DeadlineTools } from '../../tools/DeadlineTools';
import { defineFieldTool } from '../model';

/** The working-day deadline calculator: renewal, loss, synchronisation after issuance. */
export const deadlinesTool = defineFieldTool({
  id: 'deadlines',
  order: 80,
  kinds: 'all',
  folded: true,
  title: () => i18n.t('tools.deadline.title'),
  intro: () => i18n.t('tools.deadline.intro'),
  PanelSection: ({ locale, pageFacts, faqHref, today, headingLevel }) => (
    <DeadlineTools
      locale={locale}
      expiryDate={pageFacts.expiryDate}
      issueDate={pageFacts.issueDate}
      faqHref={faqHref}
      headingLevel={headingLevel}
      {...(today === undefined ? {} : { today })}
    />
  ),
});
export default deadlinesTool;
