import type { PageKindId } from '../../platform/page-kinds';
import { withoutExtensionId } from '../../lib/extension-url';
import type { UiLocale } from '../../lib/localized';

export interface ShellState {
  kind: PageKindId;
  open: boolean;
  width: number;
  /** How many FAQ entries fit this page. */
  count: number;
  side: 'right' | 'left';
  fontSize: 'normal' | 'large';
}

/**
 * The part of the panel present on every platform page: the root with the test hooks and the tab
 * on the page's edge. Plain DOM, so pages load without Preact or the FAQ reader; the panel's body
 * (a Preact app, loaded lazily) mounts into `bodyHost` when the panel first opens.
 */
export function createPanelShell(container: HTMLElement, locale: UiLocale, handlers: { onToggle(): void; onClose(): void }) {
  const doc = container.ownerDocument;
  // The locale files' texts, put in at build time (build/shell-texts.ts): no message bundle is asked for on every page.
  const texts = __SHELL_TEXTS__[locale];
  const root = doc.createElement('div');
  root.className = 'ph-root';
  root.setAttribute('data-testid', 'panel');
  // The panel speaks the browser's UI language, whatever (or nothing) the platform's page declares.
  root.lang = locale === 'en' ? 'en' : 'zh-CN';

  const tab = doc.createElement('button');
  tab.type = 'button';
  tab.className = 'ph-tab';
  tab.setAttribute('data-testid', 'panel-toggle');
  tab.setAttribute('aria-controls', 'ph-panel');
  const label = doc.createElement('span');
  label.className = 'ph-tab-text';
  label.textContent = texts.toggle;
  const count = doc.createElement('span');
  count.className = 'ph-tab-count';
  tab.append(label, count);
  tab.addEventListener('click', () => handlers.onToggle());

  const bodyHost = doc.createElement('div');
  bodyHost.className = 'ph-body-host';
  root.append(tab, bodyHost);
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || root.getAttribute('data-state') !== 'open') return;
    event.stopPropagation();
    handlers.onClose();
  });
  container.append(root);

  let wasOpen = false;
  let shownCount = -1;
  return {
    bodyHost,
    /**
     * 「助手出错」 for when the panel's body itself cannot load (its own error box lives in that body):
     * what happened, with the detail to copy, in place of the body.
     */
    showLoadError(detail: string) {
      const box = doc.createElement('section');
      box.className = 'ph-error ph-panel';
      box.setAttribute('role', 'alert');
      box.setAttribute('data-testid', 'helper-error');
      const title = doc.createElement('h3');
      title.textContent = texts.errorTitle;
      const body = doc.createElement('p');
      body.textContent = texts.errorBody;
      const pre = doc.createElement('pre');
      pre.textContent = withoutExtensionId(detail);
      box.append(title, body, pre);
      bodyHost.replaceChildren(box);
    },
    update(state: ShellState) {
      root.setAttribute('data-page-kind', state.kind);
      root.setAttribute('data-state', state.open ? 'open' : 'closed');
      root.setAttribute('data-side', state.side);
      root.setAttribute('data-font-size', state.fontSize);
      root.style.setProperty('--ph-width', `${state.width}px`);
      tab.setAttribute('aria-expanded', String(state.open));
      tab.title = state.open ? texts.closeHint : texts.openHint;
      if (state.count !== shownCount) {
        shownCount = state.count;
        count.hidden = state.count === 0;
        count.textContent = String(state.count);
        count.setAttribute('aria-label', texts.entryCount.replace('$1', String(state.count)));
      }
      // Focus goes back to the tab when the panel closes from inside (Escape, the close button).
      const focusInside = root.contains((root.getRootNode() as ShadowRoot).activeElement);
      if (wasOpen && !state.open && focusInside) tab.focus();
      wasOpen = state.open;
    },
  };
}
