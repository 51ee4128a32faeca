import type { PanelState } from './panel-state';
import type { Settings } from './settings';

/**
 * Everything the content script's panel needs from storage at start, read and validated by the
 * background (read-panel-boot.ts): the page's own thread then loads neither the schemas nor the
 * storage layer. Types and a predicate only, so importing this costs the content script nothing.
 */
export interface PanelBoot {
  /** Open or closed, and how wide, as the user last left it. */
  panel: PanelState;
  /** The user's settings with the policy's laid over them. */
  settings: Settings;
  /** An administrator set the width: it wins over the one the user last dragged to. */
  managedWidth: boolean;
  /** A stored value was corrupted or of an unknown format and was reset to the defaults. */
  reset: boolean;
  /** Local content packs may exist: the content script loads them with the panel's module. */
  mayHavePacks: boolean;
}
