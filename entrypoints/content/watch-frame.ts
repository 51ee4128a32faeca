import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageAlertEvent } from '../page-hooks.content/alert-hook';
import { runSafely } from './run-safely';
import { sameSnapshot, takeFrameSnapshot, type FrameSnapshot } from './frame-snapshot';

/** How long after a click, change or submit the page gets to show its reaction before we look again. */
const settleMs = 350;

/**
 * Watches one frame without polling and without a MutationObserver: the frame is looked at once
 * at start and once at its load event, after each in-page navigation, after each alert(), and shortly after the user clicks,
 * changes a field or submits a form (when error tips appear). Calls back only when something changed.
 */
export function watchFrame(ctx: ContentScriptContext, onChange: (snapshot: FrameSnapshot) => void): void {
  const alertTexts: string[] = [];
  let last: FrameSnapshot | undefined;
  let timer: number | undefined;

  const look = () =>
    runSafely('watch-frame', () => {
      timer = undefined;
      const next = takeFrameSnapshot(document, location.href, alertTexts);
      if (sameSnapshot(last, next)) return;
      last = next;
      onChange(next);
    });
  const lookSoon = (delay = settleMs) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(look, delay);
  };

  window.addEventListener(
    pageAlertEvent,
    (event: Event) =>
      runSafely('page-alert', () => {
        const text = (event as CustomEvent<unknown>).detail;
        if (typeof text !== 'string' || text.trim() === '') return;
        alertTexts.push(text.trim());
        if (alertTexts.length > 20) alertTexts.shift();
        lookSoon(0);
      }),
    { signal: ctx.signal },
  );
  ctx.addEventListener(window, 'wxt:locationchange', () => runSafely('location-change', () => lookSoon(50)));
  if (document.readyState !== 'complete') {
    ctx.addEventListener(window, 'load', () => runSafely('page-load', () => lookSoon(0)), { once: true });
  }
  for (const type of ['click', 'change', 'submit'] as const) {
    ctx.addEventListener(document, type, () => runSafely('page-event', () => lookSoon()), { capture: true, passive: true });
  }
  look();
}
