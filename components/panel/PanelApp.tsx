import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PageDetection } from '../../platform/detect';
import { pageKinds } from '../../platform/page-kinds';
import type { PageMatch } from '../../faq/page-entries';
import type { FaqEntry } from '../../faq/schema';
import { uiLocaleFromTag, pickText } from '../../lib/localized';
import type { HelperError } from '../../entrypoints/content/run-safely';
import { PanelFrame } from './PanelFrame';
import { PanelSections, type PanelSectionId } from './PanelSections';
import { PageHelpSection } from './PageHelpSection';
import { HelperErrorBox } from './HelperErrorBox';
import { FaqReader } from '../faq/FaqReader';

export interface PanelAppModel {
  detection: PageDetection;
  messages: string[];
  matches: PageMatch[];
  /** Every entry the user can read: the platform's FAQ and local packs. */
  entries: readonly FaqEntry[];
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

export interface PanelStore {
  get(): PanelAppModel;
  subscribe(listener: (model: PanelAppModel) => void): () => void;
}

/** The panel's body: mounted on first open, follows the content script's store. */
export function PanelApp({ store, actions }: { store: PanelStore; actions: PanelActions }) {
  const [model, setModel] = useState(store.get());
  const [section, setSection] = useState<PanelSectionId>('help');
  useEffect(() => {
    // The store may have changed between the first render and this subscription.
    setModel(store.get());
    return store.subscribe(setModel);
  }, [store]);
  if (!model.open) return null;
  const locale = uiLocaleFromTag(model.locale);
  return (
    <PanelFrame
      pageLabel={pickText(pageKinds[model.detection.kind].label, locale)}
      width={model.width}
      onClose={actions.close}
      onResize={actions.resize}
    >
      {model.errors.length > 0 && <HelperErrorBox errors={model.errors} />}
      {model.stateReset && (
        <p class="ph-note" role="status">
          {i18n.t('panel.stateReset')}
        </p>
      )}
      <PanelSections current={section} onSelect={setSection} />
      <div class="ph-section" role="tabpanel" id={`ph-section-${section}`} aria-labelledby={`ph-tab-${section}`}>
        {section === 'help' && <PageHelpSection matches={model.matches} entries={model.entries} locale={locale} />}
        {section === 'search' && <FaqReader entries={model.entries} locale={locale} headingLevel={3} />}
      </div>
    </PanelFrame>
  );
}
