/**
 * The performance budgets (issue: "an extension that helps on a slow government site must not make
 * it slower"). Timing budgets are ratios against the no-op extension in the same run, because
 * these machines are noisy; sizes are deterministic and absolute.
 */
export const budgets = {
  /** Our median main-thread task time ÷ the no-op's on the pages of the platform's weight (issue 15). */
  heavyTaskTimeRatio: 1.05,
  /** The same on the mock's light pages (25–30 ms of main-thread time, where a tab and a message already cost 1.05–1.07×). */
  lightTaskTimeRatio: 1.15,
  /** Our median load event ÷ the no-op's, on the pages of the platform's weight. */
  heavyLoadEventRatio: 1.05,
  /** Our own main-thread time (traced) on the 3,000-row list ÷ on the 300-row list: the cost must not grow with the page. */
  flatCostRatio: 1.2,
  /** Median time from DOMContentLoaded to the panel showing a page kind. */
  panelReadyMs: 100,
  /**
   * The content script injected into every platform page, gzip -9: URL detection, the tab, the boot
   * message and the page look. The FAQ data (the tab shows counts made at build time), the panel's
   * body, search, diagnosis and field tips are in the lazily imported module, capped below.
   */
  contentScriptGzip: 40 * 1024,
  /**
   * The lazily imported module (loaded when the panel opens, a message needs answering or a field a tip): 104.5 KB gzip on 2026-11-28, +15 %.
   * +5 KB on 2026-12-05 for the upload repair (header reader, repair plan, JPEG encoder and its UI; 126.3 KB in all then).
   * +7 KB the same day for the report's QR code (lean-qr, 4.7 KB), the case code, the helper notes and the changed-page
   * note (132.8 KB in all then). Issue 15 asked these to stay in their budgets: this raise is reported there as not met.
   */
  lazyModuleGzip: (120 + 2 + 5 + 7) * 1024,
  /**
   * Caps set about 20 % above the sizes measured (popup 40.8 KB gzip with its HTML, chunks and CSS
   * on 2026-11-28; background 15.6 KB gzip on 2026-11-30), to catch an accidental large import, not
   * to squeeze. The background grew on purpose: it reads and validates the stored settings for the
   * content script (zod, the storage layer), which then starts without them on every page.
   * The permit deadline watch (2026-12-05) added on purpose: to the popup its countdown, report due
   * dates and calendar with the working-day tables (chinese-days, a 7.7 KB gzip chunk shared with the
   * tools page), about 11 KB; to the background the same tables and the badge and reminder logic,
   * about 8 KB; to the lazy module the permit offer and the panel's scroll room, about 1.5 KB.
   */
  // +7 KB on 2026-12-05 for the QR code (2.2 KB), the case-code reader and the checks registry's titles (66.1 KB in all then).
  popupGzip: (49 + 11 + 7) * 1024,
  /**
   * The HEIC decoder's JavaScript (libheif-js glue, 29.1 KB gzip on 2026-12-05), loaded only to repair
   * a HEIC photo; its 1.4 MB wasm file is fetched from the package at that moment, never earlier.
   */
  heicDecoderGzip: 35 * 1024,
  backgroundGzip: (19 + 8) * 1024,
} as const;

export interface BudgetCheck {
  name: string;
  limit: string;
  measured: string;
  ok: boolean;
  /** How far over, in words, when missed. */
  miss?: string;
}

export function checkAtMost(name: string, measured: number, limit: number, format: (value: number) => string): BudgetCheck {
  const ok = Number.isFinite(measured) && measured <= limit;
  return {
    name,
    limit: `≤ ${format(limit)}`,
    measured: format(measured),
    ok,
    ...(ok
      ? {}
      : {
          miss: Number.isFinite(measured)
            ? `over by ${format(measured - limit)} (${(((measured - limit) / limit) * 100).toFixed(1)} %)`
            : 'not measured',
        }),
  };
}
