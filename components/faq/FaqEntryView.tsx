import { i18n } from '#i18n';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { pickText, type UiLocale } from '../../lib/localized';
import { faqLinkTargets, faqLinkUrl } from '../../faq/links';
import type { FaqEntry } from '../../faq/schema';
import { copyToClipboard } from './copy-to-clipboard';
import { faqEntryToText } from './entry-text';
import { FaqBlockView } from './FaqBlocks';
import { FaqContactBox, type FaqContactInfo } from './FaqContactBox';
import { faqHash } from './faq-hash';
import { subLevel, type HeadingLevel } from './heading';
import { currentUiLocale } from './ui-locale';
import './faq.css';

export interface FaqEntryViewProps {
  entry: FaqEntry;
  /** Language of texts that come in both languages (link labels, contact names); the browser's unless given. */
  locale?: UiLocale;
  /** The local bureau's contact from the options page, shown where the entry says to contact it. */
  contact?: FaqContactInfo | undefined;
  /** Address of the options page (`browser.runtime.getURL('/options.html')`), linked when no contact is set. */
  optionsUrl?: string;
  /** Level of the question's heading; block titles get the level below. 2 unless given. */
  headingLevel?: HeadingLevel;
  /** Opens another entry; without it related entries are listed as text. */
  onOpenEntry?: (number: number) => void;
  /** All entries, so related entries can be shown with their questions. */
  entries?: readonly FaqEntry[];
  /** Puts text on the clipboard; the system clipboard unless given. */
  copyText?: (text: string) => Promise<void>;
}

type CopyState = 'idle' | 'copied' | 'failed';
const COPY_STATUS_MS = 4000;

function CopyButton({ entry, locale, copyText }: { entry: FaqEntry; locale: UiLocale; copyText: (text: string) => Promise<void> }) {
  const [state, setState] = useState<CopyState>('idle');
  const button = useRef<HTMLButtonElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => setState('idle'), [entry.number]);

  async function copy() {
    clearTimeout(timer.current);
    let next: CopyState;
    try {
      await copyText(faqEntryToText(entry, locale));
      next = 'copied';
    } catch {
      next = 'failed';
    }
    setState(next);
    // The textarea fallback moves focus away; give it back to the button.
    button.current?.focus();
    timer.current = setTimeout(() => setState('idle'), COPY_STATUS_MS);
  }

  return (
    <div class="faq-entry__copy">
      <button ref={button} type="button" class="faq-button" onClick={() => void copy()}>
        {i18n.t('faq.entry.copy')}
      </button>
      <span class="faq-entry__copy-status" role="status" aria-live="polite">
        {state === 'copied' ? i18n.t('faq.entry.copied') : state === 'failed' ? i18n.t('faq.entry.copyFailed') : ''}
      </span>
    </div>
  );
}

function RelatedEntries({
  entry,
  entries,
  onOpenEntry,
  level,
}: {
  entry: FaqEntry;
  entries: readonly FaqEntry[] | undefined;
  onOpenEntry: ((number: number) => void) | undefined;
  level: HeadingLevel;
}) {
  const headingId = useId();
  const Heading = `h${level}` as const;
  return (
    <nav class="faq-entry__related" aria-labelledby={headingId}>
      <Heading id={headingId} class="faq-entry__section-title">
        {i18n.t('faq.entry.related')}
      </Heading>
      <ul>
        {entry.related.map((number) => {
          const question = entries?.find((other) => other.number === number)?.question;
          const text = i18n.t('faq.entry.number', { number }) + (question ? ` ${question}` : '');
          return (
            <li key={number}>
              {onOpenEntry ? (
                <a
                  href={faqHash(number)}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpenEntry(number);
                  }}
                >
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export function FaqEntryView({
  entry,
  locale = currentUiLocale(),
  contact,
  optionsUrl,
  headingLevel = 2,
  onOpenEntry,
  entries,
  copyText = copyToClipboard,
}: FaqEntryViewProps) {
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const inner = subLevel(headingLevel);
  const InnerHeading = `h${inner}` as const;
  return (
    <article class="faq-root faq-entry" data-faq={String(entry.number)} aria-labelledby={headingId}>
      <Heading id={headingId} class="faq-entry__question" tabIndex={-1}>
        {entry.source === 'helper' ? (
          <span class="faq-tag faq-tag--helper" data-source="helper">{i18n.t('faq.entry.helper')}</span>
        ) : (
          <span class="faq-entry__number">{i18n.t('faq.entry.number', { number: entry.number })}</span>
        )}
        {entry.source === 'local' && <span class="faq-tag">{i18n.t('faq.entry.local')}</span>}
        <span class="faq-entry__question-text">{entry.question}</span>
      </Heading>
      <div class="faq-entry__answer">
        {entry.answer.map((block, i) => (
          <FaqBlockView key={i} block={block} titleLevel={inner} />
        ))}
      </div>
      {entry.contacts.map((marker) => (
        <FaqContactBox key={marker} marker={marker} contact={contact} optionsUrl={optionsUrl} locale={locale} />
      ))}
      {entry.links.length > 0 && (
        <div class="faq-entry__links">
          <InnerHeading class="faq-entry__section-title">{i18n.t('faq.entry.links')}</InnerHeading>
          <ul>
            {entry.links.map((link) => (
              <li key={link.target}>
                <a href={faqLinkUrl(link.target)} target="_blank" rel="noopener noreferrer">
                  {pickText(link.label, locale)}
                  <span class="faq-visually-hidden">{i18n.t('faq.entry.opensNewTab')}</span>
                </a>
                <span class="faq-entry__link-note">{pickText(faqLinkTargets[link.target].description, locale)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {entry.related.length > 0 && (
        <RelatedEntries entry={entry} entries={entries} onOpenEntry={onOpenEntry} level={inner} />
      )}
      <CopyButton entry={entry} locale={locale} copyText={copyText} />
    </article>
  );
}
