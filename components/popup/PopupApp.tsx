import { i18n } from '#i18n';
import type { DiagnosisCollectors } from '../../diagnosis/run';
import type { CheckResult } from '../../diagnosis/check-result';
import type { UiLocale } from '../../lib/localized';
import { CaseCodeReader } from '../diagnosis/CaseCodeReader';
import { DiagnosisRunner } from '../diagnosis/DiagnosisRunner';
import { PermitWatchSection, type PermitWatchSectionProps } from './PermitWatchSection';
import './popup.css';

export interface PopupAppProps {
  locale: UiLocale;
  extensionVersion: string;
  collectors: () => DiagnosisCollectors;
  onDiagnosisDone(results: CheckResult[]): void;
  openFaq(number?: number): void;
  openTools(): void;
  openOptions(): void;
  /** The remembered permit's countdown; absent while it is being read. */
  permitWatch?: Omit<PermitWatchSectionProps, 'locale'>;
}

/** The toolbar popup: one-click diagnosis first, then the FAQ, tools and settings. */
export function PopupApp(props: PopupAppProps) {
  return (
    <main class="pp-root">
      <header class="pp-header">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <h1>{i18n.t('extName')}</h1>
      </header>
      <section class="pp-diagnosis" aria-labelledby="pp-diagnosis-title">
        <h2 id="pp-diagnosis-title" class="pp-visually-hidden">
          {i18n.t('diagnosis.button')}
        </h2>
        <p class="pp-intro">{i18n.t('diagnosis.intro')}</p>
        <DiagnosisRunner
          locale={props.locale}
          meta={{ extensionVersion: props.extensionVersion }}
          collectors={props.collectors}
          onDone={props.onDiagnosisDone}
          onOpenFaq={(number) => props.openFaq(number)}
          buttonClass="pp-primary"
        />
      </section>
      {props.permitWatch && <PermitWatchSection locale={props.locale} {...props.permitWatch} />}
      <details class="pp-reader" data-testid="case-code-reader">
        <summary>{i18n.t('diagnosis.reader.title')}</summary>
        <CaseCodeReader locale={props.locale} />
      </details>
      <nav class="pp-links" aria-label={i18n.t('popup.more')}>
        <button type="button" class="pp-link" data-testid="open-faq" onClick={() => props.openFaq()}>
          {i18n.t('popup.openFaq')}
        </button>
        <button type="button" class="pp-link" data-testid="open-tools" onClick={props.openTools}>
          {i18n.t('popup.openTools')}
        </button>
        <button type="button" class="pp-link" data-testid="open-options" onClick={props.openOptions}>
          {i18n.t('popup.openOptions')}
        </button>
      </nav>
    </main>
  );
}
