import { defaultPanelState } from './defaults';
import { panelStateSchema } from './schemas';
import { storageKeys } from './storage-keys';
import { defineValidatedItem } from './validated-item';

export { panelStateSchema, type PanelState } from './schemas';
export { defaultPanelState };

/** Whether the panel is open and how wide, remembered per user across pages and reloads. */
export const panelStateItem = defineValidatedItem({
  key: storageKeys.panelState,
  schema: panelStateSchema,
  fallback: defaultPanelState,
  version: 1,
});
