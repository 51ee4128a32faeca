/**
 * Init script (page's main world, top frame only) that times the panel: DOMContentLoaded, the
 * moment the `permit-helper-panel` host is added, the first render of `[data-testid=panel]` in
 * its open shadow root, and the moment that panel names a page kind (data-page-kind set and not
 * 'unknown') — "panel ready". The host is caught by MutationObservers on the document, <html>
 * and <body> (direct children only, so the page's own DOM work is not observed), or found already
 * there when this script starts or at DOMContentLoaded; inside the
 * shadow root a MutationObserver replaces rAF polling, which would round to frames. Everything
 * stops 3 s after the host appears. Runs in every condition, so its own tiny cost cancels.
 */
export interface PanelTimes {
  /** performance.now() at DOMContentLoaded (ms since navigation start). */
  dcl: number;
  hostAt: number;
  mountedAt: number;
  readyAt: number;
  /** The last data-page-kind seen ('' = no panel). */
  kind: string;
}

export const panelTimesKey = '__permitHelperBenchPanelTimes';

/** Serialised by Playwright: must not reference anything outside its body. */
export function panelReadyProbe(): void {
  if (window.top !== window) return;
  const hostTag = 'PERMIT-HELPER-PANEL';
  const times = { dcl: -1, hostAt: -1, mountedAt: -1, readyAt: -1, kind: '' };
  Object.defineProperty(window, '__permitHelperBenchPanelTimes', { value: times });
  document.addEventListener('DOMContentLoaded', () => (times.dcl = performance.now()), { once: true });

  const observers: MutationObserver[] = [];
  const observe = (target: Node, callback: MutationCallback, options: MutationObserverInit) => {
    const observer = new MutationObserver(callback);
    observer.observe(target, options);
    observers.push(observer);
    return observer;
  };
  const stopAll = () => observers.splice(0).forEach((observer) => observer.disconnect());

  const readPanel = (host: Element): boolean => {
    const panel = host.shadowRoot?.querySelector('[data-testid=panel]');
    const kind = panel?.getAttribute('data-page-kind');
    if (kind === null || kind === undefined) return false;
    const now = performance.now();
    if (times.mountedAt < 0) times.mountedAt = now;
    times.kind = kind;
    if (kind === '' || kind === 'unknown') return false;
    times.readyAt = now;
    return true;
  };
  const hostFound = (host: Element) => {
    if (times.hostAt >= 0) return;
    times.hostAt = performance.now();
    stopAll();
    if (readPanel(host) || !host.shadowRoot) return;
    const inside = observe(host.shadowRoot, () => readPanel(host) && inside.disconnect(), {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-page-kind'],
    });
    setTimeout(() => inside.disconnect(), 3000);
  };
  const watchChildren = (parent: Node) =>
    observe(
      parent,
      (records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node instanceof Element && node.tagName === hostTag) return hostFound(node);
            if (node === document.documentElement || node === document.body) watchChildren(node);
          }
        }
      },
      { childList: true },
    );
  watchChildren(document);
  if (document.documentElement) watchChildren(document.documentElement);
  if (document.body) watchChildren(document.body);
  // A content script at document_start may add the host before this script runs: it is found here (or at
  // DOMContentLoaded), and its time is then the earliest this probe can tell, not earlier than it was.
  const findExisting = () => {
    const existing = document.querySelector(hostTag);
    if (existing) hostFound(existing);
  };
  findExisting();
  document.addEventListener('DOMContentLoaded', findExisting, { once: true });
}
