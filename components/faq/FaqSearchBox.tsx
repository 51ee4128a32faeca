import { i18n } from '#i18n';
import type { Ref } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { FaqEntry } from '../../faq/schema';
import { searchFaq, type FaqSearchHit } from '../../faq/search';
import './faq.css';

export interface FaqSearchBoxProps {
  /** Entries to search. Keep the array's identity stable: the search index is cached per array. */
  entries: readonly FaqEntry[];
  /** Hits best first after each (debounced) change; null when the box is empty. */
  onResults: (hits: FaqSearchHit[] | null, query: string) => void;
  /** Wait after the last key stroke, in ms; 150 unless given. */
  debounceMs?: number;
  /** Most hits; 10 unless given. */
  limit?: number;
  /**
   * Hits scoring below this share of the best hit are left out (0.1 unless given; 0 keeps all).
   * OR-combined search also returns entries that share one common word such as 「许可证」,
   * which would bury the answer under unrelated questions.
   */
  minRelativeScore?: number;
  initialQuery?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** Hits that score at least `share` of the best one, in their order. */
export function relevantHits(hits: FaqSearchHit[], share: number): FaqSearchHit[] {
  const best = hits[0]?.score ?? 0;
  return hits.filter((hit) => hit.score >= best * share);
}

export function FaqSearchBox({
  entries,
  onResults,
  debounceMs = 150,
  limit = 10,
  minRelativeScore = 0.1,
  initialQuery = '',
  inputRef,
}: FaqSearchBoxProps) {
  const inputId = useId();
  const statusId = useId();
  const [query, setQuery] = useState(initialQuery);
  const [hits, setHits] = useState<FaqSearchHit[] | null>(null);
  const report = useRef(onResults);
  report.current = onResults;
  const input = useRef<HTMLInputElement | null>(null);
  const setInput = (element: HTMLInputElement | null) => {
    input.current = element;
    if (typeof inputRef === 'function') inputRef(element);
    else if (inputRef) inputRef.current = element;
  };

  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed === '') {
      setHits(null);
      report.current(null, '');
      return;
    }
    const timer = setTimeout(() => {
      const found = relevantHits(searchFaq(trimmed, { limit, entries }), minRelativeScore);
      setHits(found);
      report.current(found, trimmed);
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [query, entries, limit, minRelativeScore, debounceMs]);

  return (
    <div class="faq-root faq-search" role="search">
      <label class="faq-search__label" for={inputId}>
        {i18n.t('faq.search.label')}
      </label>
      <div class="faq-search__row">
        <input
          ref={setInput}
          id={inputId}
          class="faq-search__input"
          type="search"
          enterKeyHint="search"
          autoComplete="off"
          placeholder={i18n.t('faq.search.placeholder')}
          aria-describedby={statusId}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query !== '') {
              event.preventDefault();
              event.stopPropagation();
              setQuery('');
            }
          }}
        />
        {query !== '' && (
          <button
            type="button"
            class="faq-button faq-search__clear"
            onClick={() => {
              setQuery('');
              input.current?.focus();
            }}
          >
            {i18n.t('faq.search.clear')}
          </button>
        )}
      </div>
      <p id={statusId} class="faq-search__status" role="status" aria-live="polite">
        {hits === null
          ? ''
          : hits.length > 0
            ? i18n.t('faq.search.count', { count: hits.length })
            : i18n.t('faq.search.none')}
      </p>
    </div>
  );
}
