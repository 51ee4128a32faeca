import { i18n } from '#i18n';
import type { CheckId } from '../../diagnosis/check-ids';
import type { CheckResult } from '../../diagnosis/check-result';
import type { DiagnosisCollectors } from '../../diagnosis/run';
import type { PageKindId } from '../../platform/page-kinds';
import type { UiLocale } from '../../lib/localized';
import { DiagnosisReport } from '../diagnosis/DiagnosisReport';
import { useDiagnosis } from '../diagnosis/useDiagnosis';

export interface PageChecksSectionProps {
  kind: PageKindId;
  /** The checks the entries for this page relate to: listed first. */
  relevant: readonly CheckId[];
  locale: UiLocale;
  extensionVersion: string;
  collectors(): DiagnosisCollectors;
  onDone(results: CheckResult[]): void;
}

/** The panel's 「环境检测」: the one-click diagnosis run on this page, its checks for this page first. */
export function PageChecksSection(props: PageChecksSectionProps) {
  const diagnosis = useDiagnosis(props.collectors, props.onDone);
  const rank = (result: CheckResult) => (props.relevant.includes(result.id) ? 0 : 1);
  const results = [...diagnosis.results].sort((a, b) => rank(a) - rank(b));
  return (
    <div class="ph-checks">
      <p class="ph-note">{i18n.t('panel.checksIntro')}</p>
      <button
        type="button"
        class="ph-button ph-button-primary"
        data-testid="diagnose"
        disabled={diagnosis.running}
        onClick={() => void diagnosis.start()}
      >
        {diagnosis.startedAt ? i18n.t('diagnosis.rerun') : i18n.t('diagnosis.button')}
      </button>
      {diagnosis.startedAt && (
        <DiagnosisReport
          results={results}
          running={diagnosis.running}
          locale={props.locale}
          meta={{ generatedAt: diagnosis.startedAt, extensionVersion: props.extensionVersion, pageKind: props.kind }}
        />
      )}
    </div>
  );
}
