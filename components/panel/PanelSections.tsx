import { i18n } from '#i18n';

export type PanelSectionId = 'help' | 'checks' | 'tools' | 'search';

const sections: { id: PanelSectionId; label: () => string }[] = [
  { id: 'help', label: () => i18n.t('panel.sectionHelp') },
  { id: 'checks', label: () => i18n.t('panel.sectionChecks') },
  { id: 'tools', label: () => i18n.t('panel.sectionTools') },
  { id: 'search', label: () => i18n.t('panel.sectionSearch') },
];

/** The panel's section tabs (WAI-ARIA tabs: arrow keys move between them). */
export function PanelSections({ current, onSelect }: { current: PanelSectionId; onSelect(id: PanelSectionId): void }) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const index = sections.findIndex((section) => section.id === current);
    const next = sections[(index + (event.key === 'ArrowRight' ? 1 : sections.length - 1)) % sections.length];
    if (!next) return;
    event.preventDefault();
    onSelect(next.id);
    const root = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot | Document;
    root.getElementById?.(`ph-tab-${next.id}`)?.focus();
  };
  return (
    <div class="ph-sections" role="tablist" aria-label={i18n.t('panel.sectionsLabel')} onKeyDown={onKeyDown}>
      {sections.map((section) => (
        <button
          key={section.id}
          type="button"
          role="tab"
          id={`ph-tab-${section.id}`}
          class="ph-section-tab"
          aria-selected={section.id === current}
          aria-controls={`ph-section-${section.id}`}
          tabIndex={section.id === current ? 0 : -1}
          data-testid={`panel-section-${section.id}`}
          onClick={() => onSelect(section.id)}
        >
          {section.label()}
        </button>
      ))}
    </div>
  );
}
