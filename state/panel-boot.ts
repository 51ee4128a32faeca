import type { PanelState } from './panel-state';
import type { Settings } from './settings';

/**
 * Everything the content script's panel needs from storage at start, read and validated by the
 * background (read-panel-boot.ts): the page's own thread then loads neither the schemas nor the
 * storage layer. Types only, so importing this costs the content script nothing.
 */
export interface PanelBoot {
  /** Open or closed, and how wide, as the user last left it. */
  panel: PanelState;
  /** The user's settings with the policy's laid over them. */
  settings: Settings;
  /** An administrator set the width: it wins over the one the user last dragged to. */
  managedWidth: boolean;
  /**
   * A stored value (a setting, the panel's state) could not be used: the default is used in its
   * place, the stored value is left as it was, and the options page names it.
   */
  setAside: boolean;
  /** Local content packs may exist: the content script loads them with the panel's module. */
  mayHavePacks: boolean;
}
