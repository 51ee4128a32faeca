import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { maxAlertTextLength, pageAlertEvent } from '../page-hooks.content/alert-hook';
import { createTimers } from './timers';
import { runSafely } from './run-safely';
import { watchLocation } from './watch-location';
import type { OpenedCard } from '../../platform/detect';
import { openedCardOfClick } from '../../platform/opened-card';
import { lookAtFrame, sameSnapshot, type FrameLook, type FrameSnapshot } from '../../platform/frame-look';

/** How long after a click, change or submit the page gets to show its reaction before we look again. */
const settleMs = 350;

export interface FrameWatchers {
  /** Every look, changed or not: the field tools attach to the fields it found. */
  onLook(look: FrameLook): void;
  /** A look whose snapshot differs from the last one. */
  onChange(snapshot: FrameSnapshot): void;
}

/**
 * Watches one frame without polling and without a MutationObserver. The first look waits for the
 * load event and then for idle time, so it never delays the page's own start-up (the tab already
 * shows the kind from the URL); the frame is looked at again after each in-page navigation, after
 * each alert(), and shortly after the user clicks, changes a field or submits a form (when error
 * tips appear). One look reads the document once for detection, messages, facts and the field tools.
 */
export function watchFrame(ctx: ContentScriptContext, watchers: FrameWatchers): void {
  const alertTexts: string[] = [];
  let last: FrameLook | undefined;
  let timer: number | undefined;
  let openedCard: OpenedCard | undefined;

  const look = () =>
    runSafely('watch-frame', () => {
      timer = undefined;
      const next = lookAtFrame(document, location.href, alertTexts, openedCard);
      const changed = !sameSnapshot(last?.snapshot, next.snapshot);
      last = next;
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
  afterLoadWhenIdle(ctx, () => {
    if (last === undefined && timer === undefined) look();
  });
}

/** How long the first look waits at most for idle time after the load event. */
const idleTimeoutMs = 1000;

/** Runs `task` once, in idle time after the frame's load event (at once to idle if it already fired). */
export function afterLoadWhenIdle(ctx: ContentScriptContext, task: () => void): void {
  const whenIdle = () => {
    if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(() => task(), { timeout: idleTimeoutMs });
    else ctx.setTimeout(task, 0);
  };
  if (document.readyState === 'complete') whenIdle();
  else ctx.addEventListener(window, 'load', () => whenIdle(), { once: true });
}
