import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PageDetection } from '../../platform/detect';
import { pageKinds } from '../../platform/page-kinds';
import type { PageMatch } from '../../faq/match';
import { faqEntries } from '../../faq/entries';
import { uiLocaleFromTag, pickText } from '../../lib/localized';
import type { HelperError } from '../../entrypoints/content/run-safely';
import { Panel } from './Panel';
import { PanelSections, type PanelSectionId } from './PanelSections';
import { PageHelpSection } from './PageHelpSection';
import { HelperErrorBox } from './HelperErrorBox';
import { FaqReader } from '../faq/FaqReader';

export interface PanelAppModel {
  detection: PageDetection;
  messages: string[];
  matches: PageMatch[];
  errors: HelperError[];
  open: boolean;
  width: number;
  /** The stored panel state was unreadable and was reset to defaults. */
  stateReset: boolean;
  /** The browser's UI language tag. */
  locale: string;
}

export interface PanelActions {
  toggle(): void;
  close(): void;
  resize(width: number): void;
}

export function PanelApp({ model, actions }: { model: PanelAppModel; actions: PanelActions }) {
  const locale = uiLocaleFromTag(model.locale);
  const [section, setSection] = useState<PanelSectionId>('help');
  return (
    <Panel
      pageKind={model.detection.kind}
      pageLabel={pickText(pageKinds[model.detection.kind].label, locale)}
      entryCount={model.matches.length}
      open={model.open}
      width={model.width}
      onToggle={actions.toggle}
      onClose={actions.close}
      onResize={actions.resize}
    >
      {model.errors.length > 0 && <HelperErrorBox errors={model.errors} />}
      {model.stateReset && <p class="ph-note" role="status">{i18n.t('panel.stateReset')}</p>}
      <PanelSections current={section} onSelect={setSection} />
      <div class="ph-section" role="tabpanel" id={`ph-section-${section}`} aria-labelledby={`ph-tab-${section}`}>
        {section === 'help' && <PageHelpSection matches={model.matches} locale={locale} />}
        {section === 'search' && <FaqReader entries={faqEntries} locale={locale} headingLevel={3} />}
      </div>
    </Panel>
  );
}
