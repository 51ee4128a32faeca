import { kindsOffering } from '../../../platform/page-kinds';
import { i18n } from '#i18n';
import { ReportObligationsTool } from '../../tools/ReportObligationsTool';
import { defineFieldTool } from '../model';

/** Which execution reports are due (FAQ 26), from the management category and issue date the page shows. */
export const reportObligationsTool = defineFieldTool({
  id: 'report-obligations',
  order: 70,
  kinds: kindsOffering('report-obligations'),
  title: () => i18n.t('tools.reports.title'),
  intro: () => i18n.t('tools.reports.intro'),
  PanelSection: ({ locale, pageFacts, faqHref }) => (
    <ReportObligationsTool locale={locale} category={pageFacts.category} issueDate={pageFacts.issueDate} faqHref={faqHref} />
  ),
});
export default reportObligationsTool;

// Kinds name it in `offers.tools`.
declare module '../../../platform/kinds/kind' {
  interface PanelToolModules {
    'report-obligations': true;
  }
}
