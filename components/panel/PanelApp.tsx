import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PageDetection } from '../../platform/detect';
import { pageKindLabels } from '../../platform/page-kind-labels';
import type { PageMatch } from '../../faq/page-entries';
import type { FaqEntry } from '../../faq/schema';
import { uiLocaleFromTag, pickText } from '../../lib/localized';
import type { HelperError } from '../../lib/helper-error';
import { PanelFrame } from './PanelFrame';
import { PanelSections, type PanelSectionId } from './PanelSections';
import { PageHelpSection } from './PageHelpSection';
import { HelperErrorBox } from './HelperErrorBox';
import { FaqReader } from '../faq/FaqReader';
import type { PageFacts } from '../../platform/page-facts';
import { PanelToolsSection } from '../tools/PanelToolsSection';
import { PageChecksSection } from './PageChecksSection';
import { PageMismatchNote } from './PageMismatchNote';
import { offeredChecks } from '../../platform/page-kinds';
import { pageMismatchOf } from '../../platform/page-mismatch';
import { PermitOffer, type PermitStore } from './PermitOffer';
import type { CheckId } from '../../diagnosis/check-ids';
import type { CheckResult } from '../../diagnosis/check-result';
import type { DiagnosisCollectors } from '../../diagnosis/run';
import type { Settings } from '../../state/settings';

export interface PanelAppModel {
  detection: PageDetection;
  messages: string[];
  matches: PageMatch[];
  /** Every entry the user can read: the platform's FAQ and local packs. */
  entries: readonly FaqEntry[];
  errors: HelperError[];
  open: boolean;
  width: number;
  /** A stored setting could not be used: its default is used, the stored value is left for the options page. */
  storedSetAside: boolean;
  /** The user opened the panel (tab or shortcut): only then does it take the focus, never when it opens by itself or is restored. */
  openedByUser: boolean;
  /** The browser's UI language tag. */
  locale: string;
  /** What the page's frames showed that the tools can use (expiry, category, issue date). */
  pageFacts: PageFacts;
  extensionVersion: string;
  /** The local 环保局 contact from the options (or the administrator's policy). */
  contact: Settings['contact'];
  side: Settings['panel']['side'];
}

export interface PanelActions {
  toggle(): void;
  close(): void;
  resize(width: number): void;
}

/** What the panel's diagnosis needs from the content script that mounts it. */
export interface PanelDiagnosis {
  collectors(): DiagnosisCollectors;
  onDone(results: CheckResult[]): void;
}

export interface PanelStore {
  get(): PanelAppModel;
  subscribe(listener: (model: PanelAppModel) => void): () => void;
}

/** The panel's body: mounted on first open, follows the content script's store. */
/** The checks the entries shown for this page relate to, in entry order. */
function relevantChecks(matches: readonly PageMatch[], kind: PageDetection['kind']): CheckId[] {
  return [...new Set([...matches.flatMap((match) => match.entry.checks), ...offeredChecks(kind)])];
}

export function PanelApp({
  store,
  actions,
  diagnosis,
  permits,
}: {
  store: PanelStore;
  actions: PanelActions;
  diagnosis: PanelDiagnosis;
  /** Remembering the permit the page shows (through the background); absent where it cannot be stored. */
  permits?: PermitStore;
}) {
  const [model, setModel] = useState(store.get());
  const [section, setSection] = useState<PanelSectionId>('help');
  useEffect(() => {
    // The store may have changed between the first render and this subscription.
    setModel(store.get());
    return store.subscribe(setModel);
  }, [store]);
  if (!model.open) return null;
  const locale = uiLocaleFromTag(model.locale);
  const mismatch = pageMismatchOf(model.detection);
  return (
    <PanelFrame
      pageLabel={pickText(pageKindLabels[model.detection.kind], locale)}
      width={model.width}
      side={model.side}
      takeFocus={model.openedByUser}
      onClose={actions.close}
      onResize={actions.resize}
    >
      {model.errors.length > 0 && <HelperErrorBox errors={model.errors} />}
      {model.storedSetAside && (
        <p class="ph-note" role="status" data-testid="panel-set-aside">
          {i18n.t('panel.storedSetAside')}
        </p>
      )}
      {mismatch && <PageMismatchNote mismatch={mismatch} extensionVersion={model.extensionVersion} locale={locale} />}
      {permits && model.pageFacts.permit && <PermitOffer sighting={model.pageFacts.permit} store={permits} />}
      <PanelSections current={section} onSelect={setSection} />
      <div class="ph-section" role="tabpanel" id={`ph-section-${section}`} aria-labelledby={`ph-tab-${section}`}>
        {section === 'help' && (
          <PageHelpSection
            // A new first entry (the page's message answered, a module opened) opens afresh.
            key={`${model.detection.kind}:${model.matches[0]?.entry.number ?? ''}`}
            matches={model.matches}
            entries={model.entries}
            locale={locale}
            contact={model.contact}
            onGo={setSection}
          />
        )}
        {section === 'checks' && (
          <PageChecksSection
            kind={model.detection.kind}
            relevant={relevantChecks(model.matches, model.detection.kind)}
            mismatch={mismatch}
            locale={locale}
            extensionVersion={model.extensionVersion}
            collectors={diagnosis.collectors}
            onDone={diagnosis.onDone}
          />
        )}
        {section === 'tools' && <PanelToolsSection kind={model.detection.kind} locale={locale} pageFacts={model.pageFacts} />}
        {section === 'search' && <FaqReader entries={model.entries} locale={locale} headingLevel={3} contact={model.contact} />}
      </div>
    </PanelFrame>
  );
}
