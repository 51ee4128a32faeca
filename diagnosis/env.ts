import type { UaBrand } from './browser';
import type { PopupProbe } from './snapshot';

/** The globals a collector may read; tests pass a plain object with only what they need. */
export type GlobalLike = Partial<typeof globalThis>;

export interface NavigatorLike {
  userAgent?: string;
  userAgentData?: {
    brands?: readonly UaBrand[];
    mobile?: boolean;
    platform?: string;
    getHighEntropyValues?: (hints: string[]) => Promise<Record<string, unknown>>;
  };
  plugins?: ArrayLike<{ name?: string }>;
  mimeTypes?: ArrayLike<{ type?: string }>;
  cookieEnabled?: boolean;
}

export interface StorageLike {
  setItem(key: string, value: string): void;
  getItem(key: string): string | null;
  removeItem(key: string): void;
}

/** Everything the collector reads, passed in by the popup or the content script. */
export interface PageEnv {
  /** 'page': a content script on the platform page; 'extension-popup': the toolbar popup. */
  context: 'page' | 'extension-popup';
  navigator?: NavigatorLike;
  screen?: { width: number; height: number; availWidth: number };
  /**
   * The realm's global object (`window` on the page and in the popup). The shared facts read
   * `innerWidth` and `devicePixelRatio`; a check's own `collect` reads whatever else it needs.
   */
  window?: GlobalLike;
  document?: { cookie: string };
  /** Getters, because merely reading `window.localStorage` throws when site data is blocked. */
  localStorage?: () => StorageLike | null | undefined;
  sessionStorage?: () => StorageLike | null | undefined;
  /** Result of `probePopup` run by the platform page during a click. */
  popupProbe?: PopupProbe;
  /** Browser zoom factor if the caller knows it (e.g. `tabs.getZoom`). */
  zoom?: number;
  now?: () => number;
  /** How long to wait for `getHighEntropyValues`. */
  hintsTimeoutMs?: number;
}

