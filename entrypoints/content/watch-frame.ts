import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { maxAlertTextLength, pageAlertEvent } from '../page-hooks.content/alert-hook';
import { createTimers } from './timers';
import { runSafely } from './run-safely';
import { watchLocation } from './watch-location';
import type { OpenedCard } from '../../platform/detect';
import { openedCardOfClick } from '../../platform/opened-card';
import { lookAtFrame, sameSnapshot, type FrameLook, type FrameSnapshot } from './frame-snapshot';

/** How long after a click, change or submit the page gets to show its reaction before we look again. */
const settleMs = 350;

export interface FrameWatchers {
  /** Every look, changed or not: the field tools attach to the fields it found. */
  onLook(look: FrameLook): void;
  /** A look whose snapshot differs from the last one. */
  onChange(snapshot: FrameSnapshot): void;
}

/**
 * What changes when a page's scripts rebuild or fill it: the element count, the text, the title,
 * the values of the credit-code fields. Reading these costs far less than a look, so the look at
 * the load event is skipped when none of them moved since the look at the end of parsing.
 */
function pageFingerprint(doc: Document, href: string, look: FrameLook | undefined): string {
  const values = look?.fields.creditCode.map((input) => input.value).join('|') ?? '';
  return [href, doc.title, doc.getElementsByTagName('*').length, doc.body?.textContent?.length ?? 0, values].join('\n');
}

/**
 * Watches one frame without polling and without a MutationObserver: the frame is looked at once
 * at start and again at its load event if the page changed meanwhile, after each in-page navigation, after each alert(), and
 * shortly after the user clicks, changes a field or submits a form (when error tips appear). One look reads the document
 * once for detection, messages, facts and the field tools.
 */
export function watchFrame(ctx: ContentScriptContext, watchers: FrameWatchers): void {
  const alertTexts: string[] = [];
  let last: FrameLook | undefined;
  // Only wanted until the load event, to decide whether the look there can be skipped.
  let loadPending = document.readyState !== 'complete';
  let lastFingerprint = '';
  let timer: number | undefined;
  let openedCard: OpenedCard | undefined;

  const look = () =>
    runSafely('watch-frame', () => {
      timer = undefined;
      const next = lookAtFrame(document, location.href, alertTexts, openedCard);
      const changed = !sameSnapshot(last?.snapshot, next.snapshot);
      last = next;
      if (loadPending) lastFingerprint = pageFingerprint(document, location.href, next);
      watchers.onLook(next);
      if (changed) watchers.onChange(next.snapshot);
    });
  const timers = createTimers(ctx);
  const lookSoon = (delay = settleMs) => {
    timers.clearTimeout(timer);
    timer = timers.setTimeout(look, delay);
  };

  window.addEventListener(
    pageAlertEvent,
    (event: Event) =>
      runSafely('page-alert', () => {
        const text = (event as CustomEvent<unknown>).detail;
        // The page itself can send this event too: only text, and never more than the hook passes on.
        if (typeof text !== 'string' || text.trim() === '') return;
        alertTexts.push(text.slice(0, maxAlertTextLength).trim());
        if (alertTexts.length > 20) alertTexts.shift();
        lookSoon(0);
      }),
    { signal: ctx.signal },
  );
  watchLocation(ctx, () => runSafely('location-change', () => lookSoon(50)));
  if (loadPending) {
    ctx.addEventListener(
      window,
      'load',
      () =>
        runSafely('page-load', () => {
          loadPending = false;
          if (pageFingerprint(document, location.href, last) !== lastFingerprint) lookSoon(0);
        }),
      { once: true },
    );
  }
  for (const type of ['click', 'change', 'submit'] as const) {
    ctx.addEventListener(
      document,
      type,
      (event: Event) =>
        runSafely('page-event', () => {
          // A report opened from its period card (年报, 2季度…): its route does not name the period.
          if (type === 'click') openedCard = openedCardOfClick(event.target, location.href) ?? openedCard;
          lookSoon();
        }),
      { capture: true, passive: true },
    );
  }
  look();
}
