import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { detectPage, mostSpecific } from '../../platform/detect';
import { builtInEntries } from '../../faq/entries';
import { entriesForPageKind } from '../../faq/page-entries';
import type { PanelAppModel } from '../../components/panel/PanelApp';
import { onMessage, sendMessage, type RelayedFrameReport } from '../../messaging/protocol';
import { defaultPanelState, defaultSettings } from '../../state/defaults';
import type { Settings } from '../../state/settings';
import type { PanelBoot } from '../../state/panel-boot';
import { createStore } from './panel-store';
import { createPanelShell } from './panel-shell';
import { mountShadowHost } from './shadow-host';
import { loadLazy } from './load-lazy';
import { reportError, runSafely, setErrorSink } from './run-safely';
import { mergeFacts, type FrameSnapshot } from '../../platform/frame-look';
import panelCss from '../../components/panel/panel.css?inline';

/**
 * The top frame owns the one panel. It merges its own snapshot with those its sub-frames report
 * (through the background), shows the most specific page kind and the entries that fit it. The
 * entries written for the page are counted here; answering the page's messages needs the search
 * index, which is loaded with the panel's body only when there are messages or the panel opens.
 */
export async function startTopFrame(ctx: ContentScriptContext) {
  const store = createStore<PanelAppModel>({
    detection: { kind: 'unknown', via: 'none', confidence: 'low' },
    messages: [],
    matches: [],
    entries: builtInEntries,
    errors: [],
    open: defaultPanelState.open,
    width: defaultPanelState.width,
    storedSetAside: false,
    openedByUser: false,
    locale: browser.i18n.getUILanguage(),
    pageFacts: {},
    extensionVersion: browser.runtime.getManifest().version,
    contact: defaultSettings.contact,
    side: defaultSettings.panel.side,
  });
  let settings: Settings = defaultSettings;
  let settingsLoaded: () => void = () => undefined;
  const settingsRead = new Promise<void>((resolve) => (settingsLoaded = resolve));
  /** The panel opens by itself at most once per page, the first time the page shows a problem we answer. */
  let autoOpened = false;
  setErrorSink((error) => store.update({ errors: [...store.get().errors, error].slice(-5) }));

  // Until the frame's first look (in idle time after the load event), the kind its URL says.
  let own: FrameSnapshot | undefined = { detection: detectPage({ url: location.href }), messages: [], facts: {} };
  const frames = new Map<string, RelayedFrameReport>();
  let generation = 0;

  const recompute = () => {
    if (!own) return;
    const reports = [...frames.values()];
    const detection = mostSpecific([own.detection, ...reports.map((report) => report.detection)]);
    const messages = [...new Set([...own.messages, ...reports.flatMap((report) => report.messages)])];
    const { entries } = store.get();
    const current = ++generation;
    const pageFacts = mergeFacts([own.facts, ...reports.map((report) => report.facts)]);
    store.update({ detection, messages, pageFacts, matches: entriesForPageKind(detection.kind, entries) });
    if (messages.length === 0) return;
    // Opening by itself waits for the settings: the user may have said never.
    void Promise.all([loadLazy(), settingsRead])
      .then(([lazy]) => {
        if (current !== generation) return;
        const matches = lazy.matchEntriesForPage({ kind: detection.kind, messages, entries });
        const problem = matches.some((match) => match.reason === 'message');
        const autoOpen = problem && !autoOpened && !store.get().open && settings.panel.autoOpen === 'on-problem';
        if (autoOpen) autoOpened = true;
        store.update({ matches, ...(autoOpen ? { open: true, openedByUser: false } : {}) });
      })
      .catch((error: unknown) => reportError('match-messages', error));
  };

  const persist = () => {
    const { open, width } = store.get();
    void sendMessage('panel:save', { open, width }).catch((error: unknown) => reportError('save-panel-state', error));
  };
  /** The user opened, closed or resized the panel before the stored state arrived: theirs wins. */
  let userActed = false;
  const act = (patch: Partial<PanelAppModel>) => {
    userActed = true;
    store.update(patch);
    persist();
  };
  const actions = {
    toggle: () => runSafely('toggle', () => act({ open: !store.get().open, openedByUser: true })),
    close: () => runSafely('close', () => act({ open: false })),
    resize: (width: number) => runSafely('resize', () => act({ width })),
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
    onMessage('panel:boot-changed', () => runSafely('boot-changed', reloadSettings)),
    onMessage('panel:status', () => ({ kind: store.get().detection.kind, entries: store.get().matches.length })),
  ];
  ctx.onInvalidated(() => removeListeners.forEach((remove) => remove()));

  const applySettings = (boot: PanelBoot) => {
    settings = boot.settings;
    // The width an administrator set wins over the one the user last dragged to.
    const width = boot.managedWidth ? settings.panel.width : store.get().width;
    store.update({ contact: settings.contact, side: settings.panel.side, width, storedSetAside: store.get().storedSetAside || boot.setAside });
  };

  recompute();
  mountShadowHost(ctx, {
    name: 'permit-helper-panel',
    css: panelCss,
    onMount(container) {
      const shell = createPanelShell(container, { onToggle: actions.toggle, onClose: actions.close });
      let unmountBody: (() => void) | undefined;
      let lastBadge = -1;
      const sync = (model: PanelAppModel) =>
        runSafely('render', () => {
          shell.update({
            kind: model.detection.kind,
            open: model.open,
            width: model.width,
            count: model.matches.length,
            side: model.side,
            fontSize: settings.fontSize,
          });
          if (model.matches.length !== lastBadge) {
            lastBadge = model.matches.length;
            void sendMessage('badge:entries', lastBadge).catch(() => undefined);
          }
          if (model.open && !unmountBody) {
            unmountBody = () => undefined;
            void loadLazy()
              .then((lazy) => {
                unmountBody = lazy.mountPanelBody(shell.bodyHost, store, actions);
              })
              .catch((error: unknown) => {
                reportError('load-panel', error);
                shell.showLoadError(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
              });
          }
        });
      const unsubscribe = store.subscribe(sync);
      sync(store.get());
      return () => {
        unsubscribe();
        unmountBody?.();
      };
    },
  });

  // The tab shows at once with the defaults; the stored state and settings follow from the background.
  // A later answer (settings changed meanwhile) wins over an earlier one that arrives after it.
  let latestBoot = 0;
  const firstBoot = ++latestBoot;
  const boot = sendMessage('panel:boot');
  void boot
    .then((answer) =>
      runSafely('saved-state', () => {
        if (!userActed) store.update({ open: answer.panel.open, width: answer.panel.width, openedByUser: false });
        if (firstBoot === latestBoot) applySettings(answer);
        else store.update({ storedSetAside: store.get().storedSetAside || answer.setAside });
      }),
    )
    .catch((error: unknown) => reportError('saved-state', error))
    .finally(() => settingsLoaded());
  const reloadSettings = () => {
    const call = ++latestBoot;
    void sendMessage('panel:boot').then(
      (answer) =>
        runSafely('settings', () => {
          if (call === latestBoot) applySettings(answer);
        }),
      (error: unknown) => reportError('settings', error),
    );
  };
  void boot.then(async ({ mayHavePacks }) => {
    if (!mayHavePacks || !ctx.isValid) return;
    const lazy = await loadLazy();
    const withPacks = async () => {
      store.update({ entries: [...builtInEntries, ...(await lazy.loadPackEntries())] });
      recompute();
    };
    await withPacks();
    ctx.onInvalidated(lazy.watchPacks(() => void withPacks().catch((error: unknown) => reportError('local-packs', error))));
  }).catch((error: unknown) => reportError('local-packs', error));

  return {
    setOwnSnapshot(snapshot: FrameSnapshot) {
      own = snapshot;
      recompute();
    },
  };
}
