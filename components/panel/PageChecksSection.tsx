import { i18n } from '#i18n';
import type { CheckId } from '../../diagnosis/check-ids';
import type { CheckResult } from '../../diagnosis/check-result';
import type { DiagnosisCollectors } from '../../diagnosis/run';
import type { PageKindId } from '../../platform/page-kinds';
import type { PageMismatch } from '../../platform/page-mismatch';
import type { UiLocale } from '../../lib/localized';
import { DiagnosisRunner } from '../diagnosis/DiagnosisRunner';

export interface PageChecksSectionProps {
  kind: PageKindId;
  /** The page did not look like what the helper knows (listed in the report). */
  mismatch?: PageMismatch;
  /** The checks the entries for this page relate to: listed first. */
  relevant: readonly CheckId[];
  locale: UiLocale;
  extensionVersion: string;
  collectors(): DiagnosisCollectors;
  onDone(results: CheckResult[]): void;
}

/** The panel's 「环境检测」: the one-click diagnosis run on this page, its checks for this page first. */
export function PageChecksSection(props: PageChecksSectionProps) {
  return (
    <div class="ph-checks">
      <p class="ph-note">{i18n.t('panel.checksIntro')}</p>
      <DiagnosisRunner
        locale={props.locale}
        meta={{ extensionVersion: props.extensionVersion, pageKind: props.kind, ...(props.mismatch ? { pageMismatch: props.mismatch } : {}) }}
        collectors={props.collectors}
        onDone={props.onDone}
        first={props.relevant}
        buttonClass="ph-button ph-button-primary"
      />
    </div>
  );
}
