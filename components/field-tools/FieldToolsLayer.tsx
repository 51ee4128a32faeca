import { render } from 'preact';
import type { PageKindId } from '../../platform/page-kinds';
import { readDocument } from '../../platform/dom-text';
import type { FieldTool, TipContext } from './model';
import { fieldTools } from './registry';

/** What one tool found in the frame. */
export interface FoundTool {
  tool: FieldTool;
  found: unknown;
}

/** Everything the field tools show in one frame: a zero-size layer whose children sit at page positions. */
export function FieldToolsLayer({ found, context }: { found: readonly FoundTool[]; context: TipContext }) {
  return (
    <div class="pt-root pt-layer" data-layout={context.layout}>
      {found.map(({ tool, found: what }) => {
        const Tip = tool.Tip;
        return Tip ? <Tip key={tool.id} found={what} context={context} /> : null;
      })}
    </div>
  );
}

/** Runs every tool's `find` over the document, all with one reader; a tool that throws finds nothing. */
export function findTools(doc: Document, kind: PageKindId, tools: readonly FieldTool[] = fieldTools): FoundTool[] {
  const found: FoundTool[] = [];
  const reader = readDocument(doc);
  for (const tool of tools) {
    if (!tool.find || !tool.Tip) continue;
    try {
      const what = tool.find(doc, { kind, reader });
      if (what !== undefined) found.push({ tool, found: what });
    } catch {
      // One tool's reader failing never takes the others with it.
    }
  }
  return found;
}

export interface FieldToolsLayerHandle {
  /** Looks for the tools' fields again (the page may have built new ones) and redraws. */
  refresh(kind: PageKindId): void;
  /** The page's layout may have moved: place the tips again. */
  relayout(): void;
  unmount(): void;
}

/** Renders the field tools of one frame into `container` (inside our shadow root). */
export function mountFieldToolsLayer(
  container: HTMLElement,
  options: { doc: Document; locale: TipContext['locale']; thresholds: TipContext['thresholds'] },
): FieldToolsLayerHandle {
  let found: FoundTool[] = [];
  let layout = 0;
  const draw = () =>
    render(<FieldToolsLayer found={found} context={{ locale: options.locale, thresholds: options.thresholds, layout }} />, container);
  return {
    refresh(kind) {
      found = findTools(options.doc, kind);
      draw();
    },
    relayout() {
      if (found.length === 0) return;
      layout++;
      draw();
    },
    unmount: () => render(null, container),
  };
}
