import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { mostSpecific } from '../../platform/detect';
import { matchEntriesForPage } from '../../faq/match';
import { onMessage, sendMessage, type RelayedFrameReport } from '../../messaging/protocol';
import { defaultPanelState, panelStateItem } from '../../state/panel-state';
import { PanelApp, type PanelAppModel } from '../../components/panel/PanelApp';
import { createStore } from './panel-store';
import { reportError, runSafely, setErrorSink } from './run-safely';
import type { FrameSnapshot } from './frame-snapshot';
import '../../components/panel/panel.css';

/**
 * The top frame owns the one panel. It merges its own snapshot with those its sub-frames report
 * (through the background), shows the most specific page kind and the entries that fit it.
 */
export async function startTopFrame(ctx: ContentScriptContext) {
  const store = createStore<PanelAppModel>({
    detection: { kind: 'unknown', via: 'none', confidence: 'low' },
    messages: [],
    matches: [],
    errors: [],
    open: defaultPanelState.open,
    width: defaultPanelState.width,
    stateReset: false,
    locale: browser.i18n.getUILanguage(),
  });
  setErrorSink((error) => store.update({ errors: [...store.get().errors, error].slice(-5) }));

  let own: FrameSnapshot | undefined;
  const frames = new Map<string, RelayedFrameReport>();
  let lastBadge = -1;

  const recompute = () => {
    if (!own) return;
    const reports = [...frames.values()];
    const detection = mostSpecific([own.detection, ...reports.map((report) => report.detection)]);
    const messages = [...new Set([...own.messages, ...reports.flatMap((report) => report.messages)])];
    const matches = matchEntriesForPage({ kind: detection.kind, messages });
    store.update({ detection, messages, matches });
    if (matches.length !== lastBadge) {
      lastBadge = matches.length;
      void sendMessage('badge:entries', matches.length).catch(() => undefined);
    }
  };

  const persist = () => {
    const { open, width } = store.get();
    void panelStateItem.set({ open, width }).catch((error: unknown) => reportError('save-panel-state', error));
  };
  const actions = {
    toggle: () => runSafely('toggle', () => (store.update({ open: !store.get().open }), persist())),
    close: () => runSafely('close', () => (store.update({ open: false }), persist())),
    resize: (width: number) => runSafely('resize', () => (store.update({ width }), persist())),
  };

  const removeListeners = [
    onMessage('frame:relayed', ({ data }) =>
      runSafely('frame-relayed', () => {
        frames.set(data.frameKey, data);
        recompute();
      }),
    ),
    onMessage('frame:removed', ({ data }) =>
      runSafely('frame-removed', () => {
        if (frames.delete(data)) recompute();
      }),
    ),
    onMessage('panel:toggle', () => actions.toggle()),
    onMessage('panel:status', () => ({ kind: store.get().detection.kind, entries: store.get().matches.length })),
  ];
  ctx.onInvalidated(() => removeListeners.forEach((remove) => remove()));

  const saved = await panelStateItem.get();
  store.update({ open: saved.value.open, width: saved.value.width, stateReset: saved.reset });

  const ui = await createShadowRootUi(ctx, {
    name: 'permit-helper-panel',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    onMount(container) {
      const draw = () =>
        runSafely('render', () => render(<PanelApp model={store.get()} actions={actions} />, container));
      const unsubscribe = store.subscribe(draw);
      draw();
      return unsubscribe;
    },
    onRemove(unsubscribe) {
      unsubscribe?.();
    },
  });
  ui.mount();

  return {
    setOwnSnapshot(snapshot: FrameSnapshot) {
      own = snapshot;
      recompute();
    },
  };
}
