import { kindsOffering } from '../../../platform/page-kinds';
import { i18n } from '#i18n';
import { findCoordinatePicker, findPlatformFields, type CoordinateTargets } from '../../../platform/fields';
import { readDocument } from '../../../platform/dom-text';
import { CoordinateConverter } from '../../tools/CoordinateConverter';
import { CoordinateCard } from '../CoordinateCard';
import { defineFieldTool } from '../model';

/** The coordinate picker (FAQ 20): any notation in, decimal degrees out, and the 定位/拾取 steps. */
export const coordinatesTool = defineFieldTool<CoordinateTargets>({
  id: 'coordinates',
  order: 20,
  kinds: kindsOffering('coordinates'),
  title: () => i18n.t('tools.coord.title'),
  intro: () => i18n.t('tools.coord.intro'),
  find: (doc, { reader = readDocument(doc) }) => findCoordinatePicker(doc, findPlatformFields(doc, reader), reader),
  Tip: ({ found, context }) => <CoordinateCard targets={found} locale={context.locale} />,
  PanelSection: ({ locale, faqHref }) => <CoordinateConverter locale={locale} faqHref={faqHref} />,
});
export default coordinatesTool;

// Kinds name it in `offers.tools`.
declare module '../../../platform/kinds/kind' {
  interface PanelToolModules {
    coordinates: true;
  }
}
