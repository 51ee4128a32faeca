import { defaultPanelState } from './defaults';
import { panelStateSchema, type PanelState } from './schemas';
import { panelStateStore } from './stored-item';

export { panelStateSchema, type PanelState } from './schemas';
export { defaultPanelState };

/**
 * Whether the panel is open and how wide, remembered per user across pages and reloads. A stored
 * state that fails the schema is not used (the defaults are) and not rewritten: the user's next
 * toggle or resize saves a new one.
 */
export async function readPanelState(): Promise<{ value: PanelState; unreadable: boolean }> {
  const raw = await panelStateStore.read();
  if (raw === undefined) return { value: defaultPanelState, unreadable: false };
  const parsed = panelStateSchema.safeParse(raw);
  return parsed.success ? { value: parsed.data, unreadable: false } : { value: defaultPanelState, unreadable: true };
}

export async function savePanelState(state: PanelState): Promise<void> {
  await panelStateStore.write(panelStateSchema.parse(state));
}
