import type { PageKindId } from '../../platform/page-kinds';
import type { FieldTool } from './model';

const modules = import.meta.glob<FieldTool>('./tools/*.tsx', { eager: true, import: 'default' });

/**
 * Every field tool, in their `order` (as the panel and the tools page show them): every module of
 * tools/ is one and registers itself by being there. The in-page layer, the panel's tools section
 * and the tools page all read this list.
 */
export const fieldTools: readonly FieldTool[] = Object.values(modules).sort(
  (a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
);

/** The tools the panel offers on a kind of page. */
export function toolsForKind(kind: PageKindId): FieldTool[] {
  return fieldTools.filter((tool) => tool.PanelSection && (tool.kinds === 'all' || tool.kinds.includes(kind)));
}
