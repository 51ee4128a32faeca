import type { PageKindId } from '../../platform/page-kinds';
import type { FieldTool } from './model';
import { creditCodeTool } from './tools/credit-code';
import { coordinatesTool } from './tools/coordinates';
import { dmsTripleTool } from './tools/dms-triple';
import { fileCheckTool } from './tools/file-check';
import { regionTool } from './tools/region';
import { renewalTool } from './tools/renewal';
import { reportObligationsTool } from './tools/report-obligations';
import { deadlinesTool } from './tools/deadlines';

/**
 * Every field tool, in the order the panel and the tools page show them. The in-page layer, the
 * panel's tools section and the tools page all read this list: a new tool is its module under
 * tools/ and one line here.
 */
export const fieldTools: readonly FieldTool[] = [
  creditCodeTool,
  coordinatesTool,
  dmsTripleTool,
  fileCheckTool,
  regionTool,
  renewalTool,
  reportObligationsTool,
  deadlinesTool,
];

/** The tools the panel offers on a kind of page. */
export function toolsForKind(kind: PageKindId): FieldTool[] {
  return fieldTools.filter((tool) => tool.PanelSection && (tool.kinds === 'all' || tool.kinds.includes(kind)));
}
