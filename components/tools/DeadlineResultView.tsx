import { i18n } from '#i18n';
import { daysUntil, type DeadlineResult } from '../../tools/deadlines';
import { pickText, type UiLocale } from '../../lib/localized';
import { FaqRef, type FaqHref } from './FaqRef';

export interface DeadlineResultViewProps {
  result: DeadlineResult;
  /** 「最晚申请日期」, 「预计同步日期」…: what the date is. */
  label: string;
  today: string;
  locale: UiLocale;
  /** Whether a date already behind `today` is a missed deadline (true) or just a date that has come (false). */
  pastIsLate: boolean;
  faqHref?: FaqHref | undefined;
  testId?: string;
  /** Tip-sized: the FAQ's rule folded away behind 「为什么是这一天？」. */
  compact?: boolean;
}

/** One computed date: the date itself, how far away it is, the FAQ's rule in words and any doubt about it. */
export function DeadlineResultView({ result, label, today, locale, pastIsLate, faqHref, testId, compact = false }: DeadlineResultViewProps) {
  if ('error' in result) {
    return (
      <p class="pt-status pt-warn" aria-live="polite">
        <span aria-hidden="true">✗ </span>
        {pickText(result.error, locale)}
      </p>
    );
  }
  const until = daysUntil(today, result.date);
  const past = !('error' in until) && until.calendarDays < 0;
  return (
    <div class="pt-deadline" data-testid={testId} data-date={result.date} data-certain={String(result.certain)} aria-live="polite">
      <p class="pt-deadline-date">
        {label}
        <strong class="pt-mono">{result.date}</strong>
        {!('error' in until) && <span class={past && pastIsLate ? 'pt-late' : 'pt-muted'}> （{pickText(until.text, locale)}）</span>}
      </p>
      {past && pastIsLate && (
        <p class="pt-status pt-warn">
          <span aria-hidden="true">⚠ </span>
          {i18n.t('tools.deadline.passed')}
        </p>
      )}
      {!result.certain && (
        <p class="pt-status pt-caution">
          <span aria-hidden="true">⚠ </span>
          {i18n.t('tools.deadline.uncertain')}
        </p>
      )}
      {compact ? (
        <details class="pt-disclosure">
          <summary>{i18n.t('tools.deadline.why')}</summary>
          <p class="pt-text">{pickText(result.explanation, locale)}</p>
          <p class="pt-muted">
            <FaqRef numbers={result.faq} faqHref={faqHref} />
          </p>
        </details>
      ) : (
        <>
          <p class="pt-text">{pickText(result.explanation, locale)}</p>
          <p class="pt-muted">
            <FaqRef numbers={result.faq} faqHref={faqHref} />
          </p>
        </>
      )}
    </div>
  );
}
