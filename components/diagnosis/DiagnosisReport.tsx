import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { CheckResult } from '../../diagnosis/check-result';
import { statusLabels } from '../../diagnosis/check-result';
import { encodeCaseCode } from '../../diagnosis/case-code';
import { browserLine, formatCompactReport } from '../../diagnosis/compact-report';
import { formatReportJson, formatReportMarkdown, formatReportText, pageCheckRow, summarize, type ReportMeta } from '../../diagnosis/report';
import { pickText, type UiLocale } from '../../lib/localized';
import { copyToClipboard } from '../faq/copy-to-clipboard';
import { ReportQr } from './ReportQr';
import { saveTextFile } from './save-file';
import './diagnosis.css';

export interface DiagnosisReportProps {
  results: readonly CheckResult[];
  running: boolean;
  meta: ReportMeta;
  locale: UiLocale;
  /** Opens an FAQ entry (the full FAQ page or the panel's reader). */
  onOpenFaq?: (number: number) => void;
}

function fileStamp(iso: string): string {
  return iso.slice(0, 16).replace(/[-:T]/g, '');
}

/** The diagnosis report: a summary line, each check with status, evidence and advice; copy and save. */
export function DiagnosisReport({ results, running, meta, locale, onOpenFaq }: DiagnosisReportProps) {
  const [status, setStatus] = useState('');
  const summary = summarize(results);
  const pageCheck = pageCheckRow(meta, locale);
  const copy = () =>
    copyToClipboard(formatReportText(results, meta, locale)).then(
      () => setStatus(i18n.t('diagnosis.copied')),
      () => setStatus(i18n.t('diagnosis.copyFailed')),
    );
  const save = (format: 'md' | 'json') => {
    const name = `permit-self-check-${fileStamp(meta.generatedAt)}.${format}`;
    const content = format === 'md' ? formatReportMarkdown(results, meta, locale) : formatReportJson(results, meta);
    saveTextFile(name, content, format === 'md' ? 'text/markdown' : 'application/json');
    setStatus(i18n.t('diagnosis.saved', [name]));
  };
  return (
    <section class="dx-report" data-testid="report" data-state={running ? 'running' : 'done'} aria-busy={running}>
      <p class="dx-summary" role="status">
        {running ? i18n.t('diagnosis.running', [String(results.length)]) : pickText(summary.headline, locale)}
      </p>
      <ul class="dx-checks">
        {results.map((result) => (
          <li key={result.id} class={`dx-check dx-${result.status}`} data-check={result.id} data-status={result.status}>
            <div class="dx-check-head">
              <span class="dx-badge">{pickText(statusLabels[result.status], locale)}</span>
              <strong>{pickText(result.title, locale)}</strong>
            </div>
            <p class="dx-evidence">{pickText(result.evidence, locale)}</p>
            {pickText(result.advice, locale) !== '' && <p class="dx-advice">{pickText(result.advice, locale)}</p>}
            {result.faq.length > 0 && onOpenFaq && (
              <p class="dx-faq">
                {i18n.t('diagnosis.relatedFaq')}
                {result.faq.map((number) => (
                  <button key={number} type="button" class="dx-link" onClick={() => onOpenFaq(number)}>
                    {i18n.t('diagnosis.faqNumber', [String(number)])}
                  </button>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
      {pageCheck && (
        <p class="dx-page-check" data-testid="report-page-check">
          <strong>{pageCheck[0]}</strong> {pageCheck[1]}
        </p>
      )}
      {!running && results.length > 0 && (
        <div class="dx-actions">
          <p class="dx-privacy">{i18n.t('diagnosis.privacy')}</p>
          <button type="button" class="dx-button dx-button-primary" data-testid="report-copy" onClick={() => void copy()}>
            {i18n.t('diagnosis.copy')}
          </button>
          <button type="button" class="dx-button" data-testid="report-save-md" onClick={() => save('md')}>
            {i18n.t('diagnosis.saveMarkdown')}
          </button>
          <button type="button" class="dx-button" data-testid="report-save-json" onClick={() => save('json')}>
            {i18n.t('diagnosis.saveJson')}
          </button>
          <span class="dx-status" role="status">{status}</span>
        </div>
      )}
      {!running && results.length > 0 && (
        <ReportQr compact={formatCompactReport(results, meta, browserLine(navigator.userAgent))} caseCode={encodeCaseCode(results)} />
      )}
    </section>
  );
}
