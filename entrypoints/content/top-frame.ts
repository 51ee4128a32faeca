import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { detectPage, mostSpecific } from '../../platform/detect';
import { entriesForPageKind } from '../../faq/page-entries';
import type { FaqEntry } from '../../faq/schema';
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
import { uiLocaleFromTag } from '../../lib/localized';
import panelCss from '../../components/panel/panel.css?inline';

/**
 * The top frame owns the one panel. It merges its own snapshot with those its sub-frames report
 * (through the background), shows the most specific page kind and the entries that fit it. Until
 * the panel's module is loaded (the panel opens, the page shows a message to answer, local packs),
 * the tab shows the count of entries written for the page kind, counted at build time; the FAQ
 * data and the search index come with that module. Started at document_start: the boot message
 * goes out and the tab is drawn at once, before the page is parsed.
 */
export function startTopFrame(ctx: ContentScriptContext) {
  /** The entries the user can read, once the panel's module brought them (the built-in ones and local packs'). */
  let entries: readonly FaqEntry[] | undefined;
  const countFor = (model: PanelAppModel) => (entries ? model.matches.length : (__PAGE_ENTRY_COUNTS__[model.detection.kind] ?? 0));
  const store = createStore<PanelAppModel>({
    detection: { kind: 'unknown', via: 'none', confidence: 'low' },
    messages: [],
    matches: [],
    entries: [],
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
  let own: FrameSnapshot = { detection: detectPage({ url: location.href }), messages: [], facts: {} };
  const frames = new Map<string, RelayedFrameReport>();
  let generation = 0;

  const recompute = () => {
    const reports = [...frames.values()];
    const detection = mostSpecific([own.detection, ...reports.map((report) => report.detection)]);
    const messages = [...new Set([...own.messages, ...reports.flatMap((report) => report.messages)])];
    const current = ++generation;
    const pageFacts = mergeFacts([own.facts, ...reports.map((report) => report.facts)]);
    store.update({ detection, messages, pageFacts, matches: entries ? entriesForPageKind(detection.kind, entries) : [] });
    if (messages.length === 0) return;
    // Answered with the panel's module, which brings the entries (recomputing); opening by itself waits for the settings: the user may have said never.
    void Promise.all([loadLazy(), withEntries(), settingsRead])
      .then(([lazy]) => {
        if (current !== generation || !entries) return;
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
    onMessage('panel:status', () => ({ kind: store.get().detection.kind, entries: countFor(store.get()) })),
  ];
  ctx.onInvalidated(() => removeListeners.forEach((remove) => remove()));

  const applySettings = (boot: PanelBoot) => {
    settings = boot.settings;
    // The width an administrator set wins over the one the user last dragged to.
    const width = boot.managedWidth ? settings.panel.width : store.get().width;
    store.update({ contact: settings.contact, side: settings.panel.side, width, storedSetAside: store.get().storedSetAside || boot.setAside });
  };

  // The stored state and settings follow from the background; the tab is drawn with the defaults if
  // they are not there yet. A later answer (settings changed meanwhile) wins over an earlier one that arrives after it.
  let latestBoot = 0;
  const firstBoot = ++latestBoot;
  recompute();
  /** The count the toolbar badge shows: sent with the boot message, then whenever it changes. */
  let lastBadge = countFor(store.get());
  const boot = sendMessage('panel:boot', lastBadge);
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
    void sendMessage('panel:boot', undefined).then(
      (answer) =>
        runSafely('settings', () => {
          if (call === latestBoot) applySettings(answer);
        }),
      (error: unknown) => reportError('settings', error),
    );
  };

  /** The panel's module, and with it the entries: the built-in ones, then local packs' (a pack that cannot be read leaves the others). */
  let entriesLoading: Promise<void> | undefined;
  const withEntries = () =>
    (entriesLoading ??= Promise.all([loadLazy(), boot.catch(() => undefined)]).then(async ([lazy, answer]) => {
      const readPacks = async () => {
        const packs = answer?.mayHavePacks ? await lazy.loadPackEntries().catch((error: unknown) => (reportError('local-packs', error), [])) : [];
        entries = [...lazy.builtInEntries, ...packs];
        store.update({ entries });
        recompute();
      };
      await readPacks();
      if (answer?.mayHavePacks && ctx.isValid) ctx.onInvalidated(lazy.watchPacks(() => void readPacks()));
    }));
  // Local packs may add entries for this page: the tab counts them, so they are read at once.
  void boot
    .then(({ mayHavePacks }) => (mayHavePacks && ctx.isValid ? withEntries() : undefined))
    .catch((error: unknown) => reportError('local-packs', error));

  const drawPanel = () =>
    runSafely('draw-panel', () =>
      mountShadowHost(ctx, {
        name: 'permit-helper-panel',
        css: panelCss,
        onMount(container) {
          const shell = createPanelShell(container, uiLocaleFromTag(store.get().locale), { onToggle: actions.toggle, onClose: actions.close });
          let unmountBody: (() => void) | undefined;
          const sync = (model: PanelAppModel) =>
            runSafely('render', () => {
              const count = countFor(model);
              shell.update({ kind: model.detection.kind, open: model.open, width: model.width, count, side: model.side, fontSize: settings.fontSize });
              if (count !== lastBadge) {
                lastBadge = count;
                void sendMessage('badge:entries', count).catch(() => undefined);
              }
              if (model.open && !unmountBody) {
                unmountBody = () => undefined;
                void Promise.all([loadLazy(), withEntries()])
                  .then(([lazy]) => {
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
      }),
    );
  // At once, before the parser adds the page's <head> and <body> after our host: inserted into a built
  // page the host would invalidate the style of its sibling <body> and all within. Without a root element yet, at DOMContentLoaded.
  if (document.documentElement) drawPanel();
  else ctx.addEventListener(document, 'DOMContentLoaded', drawPanel, { once: true });

  return {
    setOwnSnapshot(snapshot: FrameSnapshot) {
      own = snapshot;
      recompute();
    },
  };
}
