import { i18n } from '#i18n';
import type { CheckId } from '../../diagnosis/check-ids';
import type { CheckResult } from '../../diagnosis/check-result';
import type { ReportMeta } from '../../diagnosis/report';
import type { DiagnosisCollectors } from '../../diagnosis/run';
import type { UiLocale } from '../../lib/localized';
import { DiagnosisReport } from './DiagnosisReport';
import { useDiagnosis } from './useDiagnosis';

export interface DiagnosisRunnerProps {
  locale: UiLocale;
  /** The report's header, less the time it was made. */
  meta: Omit<ReportMeta, 'generatedAt'>;
  collectors(): DiagnosisCollectors;
  onDone(results: CheckResult[]): void;
  /** Checks to list first (those that matter on the current page). */
  first?: readonly CheckId[];
  onOpenFaq?: (number: number) => void;
  buttonClass: string;
}

/** The 一键诊断 button and, once clicked, the report as its checks finish. Used by the popup and the panel. */
export function DiagnosisRunner(props: DiagnosisRunnerProps) {
  const diagnosis = useDiagnosis(props.collectors, props.onDone);
  const rank = (result: CheckResult) => (props.first?.includes(result.id) ? 0 : 1);
  const results = props.first ? [...diagnosis.results].sort((a, b) => rank(a) - rank(b)) : diagnosis.results;
  return (
    <>
      <button
        type="button"
        class={props.buttonClass}
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
          meta={{ ...props.meta, generatedAt: diagnosis.startedAt }}
          onOpenFaq={props.onOpenFaq}
        />
      )}
    </>
  );
}
