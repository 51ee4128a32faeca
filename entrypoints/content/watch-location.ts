import type { ContentScriptContext } from 'wxt/utils/content-script-context';

interface NavigationLike extends EventTarget {
  addEventListener(type: 'navigate', listener: (event: Event & { destination?: { url?: string } }) => void, options?: AddEventListenerOptions): void;
}

/**
 * Calls `onChange` when the frame's address changes without a page load (in-page routing, back and
 * forward), without polling: through the Navigation API where the browser has it; elsewhere (older
 * Chromium cores, Firefox before it) through popstate and hashchange, while links clicked in the
 * page are caught by watch-frame's click listener. WXT's own `wxt:locationchange` checks the address
 * every second in those browsers, which is why it is not used here.
 */
export function watchLocation(ctx: ContentScriptContext, onChange: () => void): void {
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  let last = location.href;
  const check = (next: string) => {
    if (next === last) return;
    last = next;
    onChange();
  };
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('navigate', (event) => check(event.destination?.url ?? location.href), { signal: ctx.signal });
    return;
  }
  for (const type of ['popstate', 'hashchange'] as const) {
    window.addEventListener(type, () => check(location.href), { signal: ctx.signal });
  }
}
