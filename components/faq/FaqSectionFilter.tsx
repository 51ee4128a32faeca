import { i18n } from '#i18n';
import type { FaqEntry, FaqSection } from '../../faq/schema';
import { faqSectionIds } from '../../faq/entries/vocabulary';
import { faqSectionLabel } from './section-label';
import './faq.css';

export interface FaqSectionFilterProps {
  /** Sections to offer, in this order (see `faqSectionsOf`). */
  sections: readonly FaqSection[];
  /** The chosen section; null for all. */
  value: FaqSection | null;
  onChange: (section: FaqSection | null) => void;
}

/** The sections that occur in `entries`, in the FAQ's own order. */
export function faqSectionsOf(entries: readonly FaqEntry[]): FaqSection[] {
  const present = new Set(entries.map((entry) => entry.section));
  return faqSectionIds.filter((section) => present.has(section));
}

export function FaqSectionFilter({ sections, value, onChange }: FaqSectionFilterProps) {
  const options: (FaqSection | null)[] = [null, ...sections];
  return (
    <div class="faq-root faq-filter" role="group" aria-label={i18n.t('faq.filter.label')}>
      {options.map((section) => (
        <button
          key={section ?? 'all'}
          type="button"
          class="faq-button faq-filter__option"
          data-section={section ?? 'all'}
          aria-pressed={value === section ? 'true' : 'false'}
          onClick={() => onChange(section)}
        >
          {section ? faqSectionLabel(section) : i18n.t('faq.section.all')}
        </button>
      ))}
    </div>
  );
}
