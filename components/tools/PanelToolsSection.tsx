import type { PageKindId } from '../../platform/page-kinds';
import type { UiLocale } from '../../lib/localized';
import type { PageFacts } from '../../platform/page-facts';
import { toolsForKind } from '../field-tools/registry';
import type { FaqHref } from './FaqRef';

export type { PageFacts } from '../../platform/page-facts';

export interface PanelToolsSectionProps {
  kind: PageKindId;
  locale: UiLocale;
  pageFacts: PageFacts;
  faqHref?: FaqHref;
  today?: string;
}

/** The panel's 「工具」 section: the registry's tools that fit this page, those for every page folded. */
export function PanelToolsSection({ kind, locale, pageFacts, faqHref, today }: PanelToolsSectionProps) {
  const props = { kind, locale, pageFacts, faqHref, ...(today === undefined ? {} : { today }) };
  return (
    <div class="pt-root pt-panel-tools" data-testid="panel-tools" data-page-kind={kind}>
      {toolsForKind(kind).map((tool) => {
        const Section = tool.PanelSection!;
        return tool.folded ? (
          <details key={tool.id} class="pt-disclosure pt-part" data-tool={tool.id}>
            <summary>{tool.title()}</summary>
            <Section {...props} headingLevel={4} />
          </details>
        ) : (
          <section key={tool.id} class="pt-part" data-tool={tool.id}>
            <h3 class="pt-heading">{tool.title()}</h3>
            <Section {...props} headingLevel={4} />
          </section>
        );
      })}
    </div>
  );
}
