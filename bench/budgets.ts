/**
 * The performance budgets (issue: "an extension that helps on a slow government site must not make
 * it slower"). Timing budgets are ratios against the no-op extension in the same run, because
 * these machines are noisy; sizes are deterministic and absolute.
 */
export const budgets = {
  /** Our median main-thread task time ÷ the no-op's, on every measured page. */
  taskTimeRatio: 1.05,
  /** Median time from DOMContentLoaded to the panel showing a page kind. */
  panelReadyMs: 100,
  /** Everything the content script may run (eager + lazily imported), FAQ data included, gzip -9. */
  contentScriptGzip: 40 * 1024,
  /**
   * Caps set about 20 % above the sizes measured on 2026-11-28 (popup 40.8 KB gzip with its HTML,
   * chunks and CSS; background 5.8 KB gzip), to catch an accidental large import, not to squeeze.
   */
  popupGzip: 49 * 1024,
  backgroundGzip: 7 * 1024,
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
