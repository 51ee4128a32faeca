import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Timers that leave nothing behind per call. WXT's `ctx.setTimeout`, `ctx.requestAnimationFrame` and
 * `ctx.requestIdleCallback` add a listener to the context's abort signal for every call (to clear
 * that one timer), and these run on every keystroke, click and scroll frame: the listeners piled up for as long as the page
 * stayed open. Here each timer keeps its pending ids itself and one listener clears them all when
 * the context goes away.
 */
export function createTimers(ctx: ContentScriptContext) {
  const timeouts = new Set<number>();
  const frames = new Set<number>();
  const idles = new Set<number>();
  ctx.onInvalidated(() => {
    for (const id of timeouts) clearTimeout(id);
    for (const id of frames) cancelAnimationFrame(id);
    for (const id of idles) cancelIdleCallback(id);
    timeouts.clear();
    frames.clear();
    idles.clear();
  });
  const timers = {
    /** Like `setTimeout`; the call is skipped once the context is gone. */
    setTimeout(run: () => void, ms: number): number {
      const id = window.setTimeout(() => {
        timeouts.delete(id);
        if (ctx.isValid) run();
      }, ms);
      timeouts.add(id);
      return id;
    },
    clearTimeout(id: number | undefined): void {
      if (id === undefined) return;
      clearTimeout(id);
      timeouts.delete(id);
    },
    /** Like `requestAnimationFrame`; the call is skipped once the context is gone. */
    requestAnimationFrame(run: () => void): number {
      const id = window.requestAnimationFrame(() => {
        frames.delete(id);
        if (ctx.isValid) run();
      });
      frames.add(id);
      return id;
    },
    /** At idle time where the browser can tell (requestIdleCallback is missing in some old cores), else soon. */
    whenIdle(run: () => void, timeout: number): void {
      if (typeof window.requestIdleCallback !== 'function') {
        timers.setTimeout(run, 1);
        return;
      }
      const id = window.requestIdleCallback(
        () => {
          idles.delete(id);
          if (ctx.isValid) run();
        },
        { timeout },
      );
      idles.add(id);
    },
  };
  return timers;
}
