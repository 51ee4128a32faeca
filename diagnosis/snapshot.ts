import type { LocalizedText } from '../lib/localized';
import type { UaDataLike } from './browser';
import type { TargetId } from './targets';

/** A fact that could not be measured here, and why: checks that read it report `skip`. */
export interface Unmeasured {
  state: 'unmeasured';
  reason: LocalizedText;
}

export function isUnmeasured(value: unknown): value is Unmeasured {
  return typeof value === 'object' && value !== null && (value as { state?: unknown }).state === 'unmeasured';
}

export function unmeasured(reason: LocalizedText): Unmeasured {
  return { state: 'unmeasured', reason };
}

export interface StorageProbe {
  /** A test key could be written, read back and removed. */
  ok: boolean;
  error?: string;
}

export interface PopupProbe {
  /** `window.open` from the platform page, during a click, returned no window. */
  blocked: boolean;
}

export type ProbeOutcome = 'ok' | 'slow' | 'http-error' | 'challenge' | 'timeout' | 'dns' | 'network';

export interface ProbeResult {
  outcome: ProbeOutcome;
  status?: number;
  /** Time to the response headers (or to the failure). */
  ms: number;
  /** The server's `Date` header, when readable. */
  serverDate?: string;
  /** Local clock (epoch ms) when the headers arrived: the clock check compares it with `serverDate`. */
  receivedAt?: number;
  detail?: string;
}

export interface ExtensionFacts {
  version: string;
  /** Whether the content script answers on the current tab. */
  activeOnTab?: boolean | 'unknown';
}

/** Facts read on the page (or in the popup): all optional, so checks can skip what is missing. */
export interface LocalFacts {
  ua?: string;
  uaData?: UaDataLike;
  plugins?: string[] | Unmeasured;
  mimeTypes?: string[] | Unmeasured;
  cookieEnabled?: boolean | Unmeasured;
  storage?: {
    local: StorageProbe | Unmeasured;
    session: StorageProbe | Unmeasured;
  };
  popups?: PopupProbe | Unmeasured;
  screen?: { width: number; height: number; availWidth: number };
  /** The platform page's viewport width in CSS px; unmeasured in an extension popup. */
  innerWidth?: number | Unmeasured;
  devicePixelRatio?: number;
  /** Browser zoom as a factor (1 = 100 %), when the caller knows it (tabs.getZoom). */
  zoom?: number;
  /** Local clock, epoch ms, when the facts were collected. */
  localTime?: number;
  /** The facts single checks collect for themselves (`CheckDefinition.collect`), by check id. */
  own?: Record<string, unknown>;
}

export interface EnvironmentSnapshot extends LocalFacts {
  extension?: ExtensionFacts | Unmeasured;
  network?: Partial<Record<TargetId, ProbeResult | Unmeasured>>;
}
