import * as z from 'zod/mini';
import { defineValidatedItem } from './validated-item';
import { panelWidthRange } from './panel-width';
import { defaultPanelState } from './defaults';

export const panelStateSchema = z.object({
  open: z.boolean(),
  width: z.number().check(z.int(), z.gte(panelWidthRange.min), z.lte(panelWidthRange.max)),
});

export type PanelState = z.infer<typeof panelStateSchema>;

export { defaultPanelState };

/** Whether the panel is open and how wide, remembered per user across pages and reloads. */
export const panelStateItem = defineValidatedItem({
  key: 'local:panelState',
  schema: panelStateSchema,
  fallback: defaultPanelState,
  version: 1,
});
