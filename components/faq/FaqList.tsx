import { i18n } from '#i18n';
import type { TargetedKeyboardEvent } from 'preact';
import type { FaqEntry, FaqSection } from '../../faq/schema';
import type { HeadingLevel } from './heading';
import { faqSectionLabel } from './section-label';
import './faq.css';

export interface FaqListProps {
  entries: readonly FaqEntry[];
  /** Show only this section's entries; all when null or not given. */
  sectionFilter?: FaqSection | null;
  onOpen: (number: number) => void;
  /** The open entry, marked as current. */
  selected?: number | null;
  /**
   * 'sections' (default): entries under a heading per section, for browsing.
   * 'flat': entries in the given order with a section tag each, for search results.
   */
  layout?: 'sections' | 'flat';
  /** Level of the section headings; 3 unless given. */
  headingLevel?: HeadingLevel;
  /** Accessible name of the list; 「问题列表」 unless given. */
  label?: string;
}

interface SectionGroup {
  section: FaqSection;
  entries: FaqEntry[];
}

/** Runs of consecutive entries of the same section, in the given order. */
export function groupBySection(entries: readonly FaqEntry[]): SectionGroup[] {
  const groups: SectionGroup[] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (last && last.section === entry.section) last.entries.push(entry);
    else groups.push({ section: entry.section, entries: [entry] });
  }
  return groups;
}

const ITEM_SELECTOR = 'button[data-faq-item]';

/** Up/Down/Home/End move the focus between the questions of a list. */
export function moveFocusInList(event: TargetedKeyboardEvent<HTMLElement>): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const items = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>(ITEM_SELECTOR));
  if (items.length === 0) return;
  const current = items.indexOf(event.target as HTMLButtonElement);
  const last = items.length - 1;
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? last
        : event.key === 'ArrowDown'
          ? Math.min(current + 1, last)
          : Math.max(current - 1, 0);
  event.preventDefault();
  items[next]?.focus();
}

function Item({
  entry,
  onOpen,
  selected,
  showSection,
}: {
  entry: FaqEntry;
  onOpen: (number: number) => void;
  selected: boolean;
  showSection: boolean;
}) {
  return (
    <li class="faq-list__row">
      <button
        type="button"
        class="faq-list__item"
        data-faq-item={String(entry.number)}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onOpen(entry.number)}
      >
        <span class="faq-list__number">{entry.source === 'helper' ? i18n.t('faq.entry.helperShort') : entry.number}</span>
        <span class="faq-list__question">{entry.question}</span>
        {(showSection || entry.source === 'helper') && (
          <span class={entry.source === 'helper' ? 'faq-tag faq-tag--helper' : 'faq-tag'}>
            {entry.source === 'helper' ? i18n.t('faq.entry.helper') : faqSectionLabel(entry.section)}
          </span>
        )}
      </button>
    </li>
  );
}

export function FaqList({
  entries,
  sectionFilter = null,
  onOpen,
  selected = null,
  layout = 'sections',
  headingLevel = 3,
  label,
}: FaqListProps) {
  const shown = sectionFilter ? entries.filter((entry) => entry.section === sectionFilter) : entries;
  const name = label ?? i18n.t('faq.list.label');
  if (shown.length === 0) {
    return <p class="faq-root faq-list faq-list__empty">{i18n.t('faq.list.empty')}</p>;
  }
  if (layout === 'flat') {
    return (
      <ul class="faq-root faq-list" aria-label={name} onKeyDown={moveFocusInList}>
        {shown.map((entry) => (
          <Item key={entry.number} entry={entry} onOpen={onOpen} selected={entry.number === selected} showSection />
        ))}
      </ul>
    );
  }
  const Heading = `h${headingLevel}` as const;
  return (
    <div class="faq-root faq-list" role="group" aria-label={name} onKeyDown={moveFocusInList}>
      {groupBySection(shown).map((group, i) => (
        <section key={`${group.section}-${i}`} class="faq-list__group">
          <Heading class="faq-list__section">{faqSectionLabel(group.section)}</Heading>
          <ul class="faq-list__items">
            {group.entries.map((entry) => (
              <Item
                key={entry.number}
                entry={entry}
                onOpen={onOpen}
                selected={entry.number === selected}
                showSection={false}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
