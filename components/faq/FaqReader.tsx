import { i18n } from '#i18n';
import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { UiLocale } from '../../lib/localized';
import type { FaqEntry, FaqSection } from '../../faq/schema';
import type { FaqSearchHit } from '../../faq/search';
import { faqHash, parseFaqHash } from './faq-hash';
import { FaqEntryView } from './FaqEntryView';
import type { FaqContactInfo } from './FaqContactBox';
import { FaqList } from './FaqList';
import { FaqSearchBox } from './FaqSearchBox';
import { FaqSectionFilter, faqSectionsOf } from './FaqSectionFilter';
import type { HeadingLevel } from './heading';
import './faq.css';

export interface FaqReaderProps {
  entries: readonly FaqEntry[];
  /** The page's `location.hash`; `#faq-14` opens entry 14. Leave out where the hash is not ours (the panel). */
  hash?: string;
  /** Called with `#faq-14` when entry 14 opens and with '' when the reader goes back to the list. */
  onHashChange?: (hash: string) => void;
  /** Called with the opened entry's number, or null when the reader goes back to the list. */
  onSelect?: (number: number | null) => void;
  /** Entry to open first when `hash` does not name one. */
  initialSelected?: number | null;
  locale?: UiLocale;
  contact?: FaqContactInfo | undefined;
  optionsUrl?: string;
  /** Level of the section and question headings; 2 unless given. */
  headingLevel?: HeadingLevel;
  searchDebounceMs?: number;
  copyText?: (text: string) => Promise<void>;
}

function itemButton(root: HTMLElement | null, number: number | null): HTMLButtonElement | null {
  if (!root) return null;
  const selector = number === null ? 'button[data-faq-item]' : `button[data-faq-item="${number}"]`;
  return root.querySelector<HTMLButtonElement>(selector);
}

export function FaqReader({
  entries,
  hash,
  onHashChange,
  onSelect,
  initialSelected = null,
  locale,
  contact,
  optionsUrl,
  headingLevel = 2,
  searchDebounceMs,
  copyText,
}: FaqReaderProps) {
  const root = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<number | null>(() => parseFaqHash(hash) ?? initialSelected);
  const [section, setSection] = useState<FaqSection | null>(null);
  const [hits, setHits] = useState<FaqSearchHit[] | null>(null);
  // Where focus goes once a render shows the change: the opened entry's question, or the list
  // item of the entry just closed. Effects of an earlier render may still run first, so each
  // render checks that it is the one showing the change.
  const pendingFocus = useRef<{ to: 'entry'; number: number } | { to: 'item'; number: number | null } | null>(null);

  useEffect(() => {
    if (hash !== undefined) setSelected(parseFaqHash(hash));
  }, [hash]);

  useEffect(() => {
    const focus = pendingFocus.current;
    if (!focus || (focus.to === 'entry' ? selected !== focus.number : selected !== null)) return;
    pendingFocus.current = null;
    const target =
      focus.to === 'entry'
        ? root.current?.querySelector<HTMLElement>(`[data-faq="${focus.number}"] .faq-entry__question`)
        : (itemButton(root.current, focus.number) ?? itemButton(root.current, null));
    target?.focus();
  });

  const sections = useMemo(() => faqSectionsOf(entries), [entries]);
  const sectionEntries = useMemo(
    () => (section ? entries.filter((entry) => entry.section === section) : entries),
    [entries, section],
  );
  const entry = selected === null ? undefined : entries.find((candidate) => candidate.number === selected);

  function open(number: number) {
    if (number === selected) {
      root.current?.querySelector<HTMLElement>(`[data-faq="${number}"] .faq-entry__question`)?.focus();
      return;
    }
    pendingFocus.current = { to: 'entry', number };
    setSelected(number);
    onHashChange?.(faqHash(number));
    onSelect?.(number);
  }

  function close() {
    pendingFocus.current = { to: 'item', number: selected };
    setSelected(null);
    onHashChange?.('');
    onSelect?.(null);
  }

  function onSearchKeyDown(event: TargetedKeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'ArrowDown') return;
    const first = itemButton(root.current, null);
    if (first) {
      event.preventDefault();
      first.focus();
    }
  }

  function onDetailKeyDown(event: TargetedKeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' && selected !== null) {
      event.preventDefault();
      close();
    }
  }

  return (
    <div class="faq-reader-container">
      <div ref={root} class="faq-root faq-reader" data-has-selection={selected === null ? undefined : 'true'}>
        <div class="faq-reader__browse">
          {sections.length > 1 && <FaqSectionFilter sections={sections} value={section} onChange={setSection} />}
          <div onKeyDown={onSearchKeyDown}>
            <FaqSearchBox
              entries={sectionEntries}
              debounceMs={searchDebounceMs}
              onResults={(found) => setHits(found)}
            />
          </div>
          {hits === null ? (
            <FaqList entries={sectionEntries} onOpen={open} selected={selected} headingLevel={headingLevel} />
          ) : (
            hits.length > 0 && (
              <FaqList
                entries={hits.map((hit) => hit.entry)}
                onOpen={open}
                selected={selected}
                layout="flat"
                label={i18n.t('faq.search.results')}
              />
            )
          )}
        </div>
        <div class="faq-reader__detail" onKeyDown={onDetailKeyDown}>
          {selected === null ? (
            <p class="faq-reader__placeholder">{i18n.t('faq.reader.choose')}</p>
          ) : (
            <>
              <button type="button" class="faq-button faq-reader__back" onClick={close}>
                {i18n.t('faq.reader.back')}
              </button>
              {entry ? (
                <FaqEntryView
                  entry={entry}
                  locale={locale}
                  contact={contact}
                  optionsUrl={optionsUrl}
                  headingLevel={headingLevel}
                  onOpenEntry={open}
                  entries={entries}
                  copyText={copyText}
                />
              ) : (
                <p class="faq-reader__not-found" role="alert">
                  {i18n.t('faq.reader.notFound', { number: selected })}
                </p>
              )}
            </>
          )}
        </div>
      </div>
    </div>
  );
}
