import { i18n } from '#i18n';
import type { PageKindId } from '../../platform/page-kinds';
import { withoutExtensionId } from '../../lib/extension-url';

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
export function createPanelShell(container: HTMLElement, handlers: { onToggle(): void; onClose(): void }) {
  const doc = container.ownerDocument;
  const root = doc.createElement('div');
  root.className = 'ph-root';
  root.setAttribute('data-testid', 'panel');
  // The panel speaks the browser's UI language, whatever (or nothing) the platform's page declares.
  root.lang = i18n.t('@@ui_locale').replace('_', '-');

  const tab = doc.createElement('button');
  tab.type = 'button';
  tab.className = 'ph-tab';
  tab.setAttribute('data-testid', 'panel-toggle');
  tab.setAttribute('aria-controls', 'ph-panel');
  const label = doc.createElement('span');
  label.className = 'ph-tab-text';
  label.textContent = i18n.t('panel.toggle');
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
  // The hints are read once each: every store update redraws the shell, and the tab's texts rarely change.
  let hints: { open: string; close: string } | undefined;
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
      title.textContent = i18n.t('panel.errorTitle');
      const body = doc.createElement('p');
      body.textContent = i18n.t('panel.errorBody');
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
      hints ??= { open: i18n.t('panel.openHint'), close: i18n.t('panel.closeHint') };
      tab.title = state.open ? hints.close : hints.open;
      if (state.count !== shownCount) {
        shownCount = state.count;
        count.hidden = state.count === 0;
        count.textContent = String(state.count);
        count.setAttribute('aria-label', i18n.t('panel.entryCount', [String(state.count)]));
      }
      // Focus goes back to the tab when the panel closes from inside (Escape, the close button).
      const focusInside = root.contains((root.getRootNode() as ShadowRoot).activeElement);
      if (wasOpen && !state.open && focusInside) tab.focus();
      wasOpen = state.open;
    },
  };
}
