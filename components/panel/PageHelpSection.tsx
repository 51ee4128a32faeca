import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PageMatch } from '../../faq/page-entries';
import type { FaqEntry } from '../../faq/schema';
import type { FaqContactInfo } from '../faq/FaqContactBox';
import type { UiLocale } from '../../lib/localized';
import { FaqEntryView } from '../faq/FaqEntryView';

/**
 * The entries that fit this page, in rank order: those answering the page's own messages first
 * (with the message quoted), then those written for this page. One is open at a time.
 */
export function PageHelpSection({
  matches,
  entries,
  locale,
  contact,
  onGo,
}: {
  matches: readonly PageMatch[];
  entries: readonly FaqEntry[];
  locale: UiLocale;
  contact: FaqContactInfo;
  /** Opens another section of the panel (where the FAQ has nothing for the page). */
  onGo?: (section: 'search' | 'checks') => void;
}) {
  const first = matches[0]?.entry.number ?? null;
  const [openNumber, setOpenNumber] = useState<number | null>(first);
  if (matches.length === 0)
    return (
      <div class="ph-note" data-testid="no-entries">
        <p>{i18n.t('panel.noEntries')}</p>
        {onGo && (
          <p>
            <button type="button" class="ph-button" onClick={() => onGo('search')}>
              {i18n.t('panel.goSearch')}
            </button>{' '}
            <button type="button" class="ph-button" onClick={() => onGo('checks')}>
              {i18n.t('panel.goChecks')}
            </button>
          </p>
        )}
      </div>
    );
  return (
    <ol class="ph-entries" aria-label={i18n.t('panel.forThisPage')}>
      {matches.map((match) => {
        const { number } = match.entry;
        const expanded = openNumber === number;
        return (
          <li key={number} class="ph-entry" data-faq={number} data-reason={match.reason}>
            {match.message !== undefined && (
              <p class="ph-message">{i18n.t('panel.answersMessage', [match.message])}</p>
            )}
            {expanded ? (
              <FaqEntryView
                entry={match.entry}
                locale={locale}
                headingLevel={3}
                entries={entries}
                contact={contact}
                onOpenEntry={setOpenNumber}
              />
            ) : (
              <button type="button" class="ph-entry-question" aria-expanded="false" onClick={() => setOpenNumber(number)}>
                {match.entry.source === 'helper' && <span class="faq-tag faq-tag--helper">{i18n.t('faq.entry.helper')}</span>}
                {match.entry.question}
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
