import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { UploadThresholds } from '../../../tools/file-check';
import type { UiLocale } from '../../../lib/localized';
import { createStore } from '../panel-store';
import { loadLazy } from '../load-lazy';
import { reportError, runSafely } from '../run-safely';
import { scanPage, type LookedAt } from './scan-page';
import { mountShadowHost } from '../shadow-host';
import { isExactCreditCode } from '../../../tools/credit-code';
import type { CreditField, FieldToolsActions, FieldToolsModel, UploadField } from './model';

export interface FieldToolsOptions {
  /** The upload pre-check's thresholds (settings), read when a file is picked. */
  thresholds: () => UploadThresholds | Promise<UploadThresholds>;
  locale: UiLocale;
}

const TYPING_PAUSE_MS = 200;
/** An unknown field being focused or typed in may be new (forms built by script): look again, at most this often. */
const RESCAN_INTERVAL_MS = 1000;
const MAX_FILES = 10;
/** Keyboard and form events from our own controls stay in our shadow root, so page shortcuts and handlers never see them. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'change', 'click'];

function isInput(target: EventTarget | null): target is HTMLInputElement {
  return !!target && (target as Element).tagName?.toUpperCase() === 'INPUT';
}

/**
 * The in-page field tools of one frame: inline credit-code tips, the coordinate card, upload
 * pre-checks and the renewal deadline. Everything is drawn in one shadow root, mounted only when
 * this frame has something to show; the page's own elements are never restyled or moved, and a
 * field's value only changes on a click on one of our buttons.
 */
export interface FieldTools {
  /** Attach to what the frame's latest look found (watch-frame.ts looks at start, load, navigation and after user actions). */
  useLook(looked: LookedAt): void;
}

export function startFieldTools(ctx: ContentScriptContext, options: FieldToolsOptions): FieldTools {
  const store = createStore<FieldToolsModel>({ locale: options.locale, credit: [], uploads: [], layout: 0 });
  const keys = new WeakMap<Element, number>();
  let nextKey = 1;
  const keyOf = (element: Element) => {
    let key = keys.get(element);
    if (key === undefined) {
      key = nextKey++;
      keys.set(element, key);
    }
    return key;
  };

  const updateCredit = (key: number, patch: Partial<CreditField>) => {
    store.update({ credit: store.get().credit.map((field) => (field.key === key ? { ...field, ...patch } : field)) });
    mountWhenNeeded();
  };
  const actions: FieldToolsActions = {
    creditValueChanged: (key, value) => runSafely('field-tools-credit', () => updateCredit(key, { value, dismissed: false })),
    dismissCredit: (key) => runSafely('field-tools-dismiss', () => updateCredit(key, { dismissed: true })),
    dismissUpload: (key) =>
      runSafely('field-tools-dismiss', () => store.update({ uploads: store.get().uploads.filter((field) => field.key !== key) })),
  };

  let mounting = false;
  /**
   * The tips' module loads only where there is something to say: a coordinate picker, a renewal
   * date, picked files, or a credit-code field the user works in or whose prefilled code is wrong.
   */
  const mountWhenNeeded = () => {
    const model = store.get();
    const creditNeedsTip = model.credit.some((field) => field.touched || (field.value.trim() !== '' && !isExactCreditCode(field.value.trim())));
    if (mounting || (!creditNeedsTip && model.uploads.length === 0 && !model.coordinates && !model.renewal)) return;
    mounting = true;
    runSafely('field-tools-mount', () => {
      mountShadowHost(ctx, {
        name: 'permit-helper-field-tips',
        isolateEvents: ISOLATED_EVENTS,
        onMount(container, shadow) {
          // Our own elements: a zero-size, absolutely placed root, so the host adds nothing to the page's layout.
          const root = shadow.querySelector('html');
          // Through CSSOM: a page's CSP may refuse style attributes, never style properties.
          if (root) root.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147482000;';
          container.style.cssText = 'margin:0;padding:0;';
          // The tips are Preact components, loaded with the panel's body only in frames that need them.
          let unmount: (() => void) | undefined;
          let removed = false;
          loadLazy().then(
            (lazy) => runSafely('field-tools-render', () => {
              if (!removed) unmount = lazy.mountFieldTools(container, store, actions);
            }),
            (error: unknown) => reportError('field-tools-load', error),
          );
          return () => {
            removed = true;
            unmount?.();
          };
        },
      });
    });
  };

  let lastScan = 0;
  const rescan = (looked?: LookedAt) =>
    runSafely('field-tools-scan', () => {
      lastScan = Date.now();
      const scan = scanPage(document, location.href, looked);
      const known = new Map(store.get().credit.map((field) => [field.input, field]));
      const credit = scan.creditInputs.map(
        (input) => known.get(input) ?? { key: keyOf(input), input, value: input.value, dismissed: false, touched: false },
      );
      store.update({
        credit,
        coordinates: scan.coordinates,
        renewal: scan.renewal,
        uploads: store.get().uploads.filter((field) => field.input.isConnected),
      });
      mountWhenNeeded();
    });

  let layoutPending = false;
  const relayout = () => {
    if (layoutPending) return;
    layoutPending = true;
    ctx.requestAnimationFrame(() =>
      runSafely('field-tools-layout', () => {
        layoutPending = false;
        const model = store.get();
        if (model.credit.length > 0 || model.uploads.length > 0 || model.coordinates || model.renewal) store.update({ layout: model.layout + 1 });
      }),
    );
  };

  const typingTimers = new Map<number, number>();
  const onTyping = (input: HTMLInputElement) => {
    const field = store.get().credit.find((candidate) => candidate.input === input);
    if (!field) {
      if (Date.now() - lastScan > RESCAN_INTERVAL_MS) rescan();
      return;
    }
    const pending = typingTimers.get(field.key);
    if (pending !== undefined) clearTimeout(pending);
    typingTimers.set(
      field.key,
      ctx.setTimeout(
        () => runSafely('field-tools-typing', () => updateCredit(field.key, { value: input.value, dismissed: false, touched: true })),
        TYPING_PAUSE_MS,
      ),
    );
  };

  const uploadRuns = new Map<number, number>();
  const onFilesPicked = (input: HTMLInputElement) => {
    const key = keyOf(input);
    const run = (uploadRuns.get(key) ?? 0) + 1;
    uploadRuns.set(key, run);
    const files = Array.from(input.files ?? []).slice(0, MAX_FILES);
    const others = () => store.get().uploads.filter((field) => field.key !== key);
    if (files.length === 0) {
      store.update({ uploads: others() });
      return;
    }
    loadLazy()
      .then(async (lazy) => {
        const thresholds = await options.thresholds();
        return Promise.all(files.map((file) => lazy.inspectFile(file, thresholds)));
      })
      .then(
      (inspected) =>
        runSafely('field-tools-upload', () => {
          if (uploadRuns.get(key) !== run || !ctx.isValid) return;
          const field: UploadField = { key, input, files: inspected };
          store.update({ uploads: [...others(), field] });
          mountWhenNeeded();
        }),
      (error: unknown) => reportError('field-tools-upload', error),
    );
  };

  const passiveCapture = { capture: true, passive: true };
  ctx.addEventListener(
    document,
    'input',
    (event) =>
      runSafely('field-tools-input', () => {
        if (isInput(event.target)) onTyping(event.target);
        relayout();
      }),
    passiveCapture,
  );
  ctx.addEventListener(
    document,
    'focusin',
    (event) =>
      runSafely('field-tools-focus', () => {
        const focused = isInput(event.target) ? store.get().credit.find((field) => field.input === event.target) : undefined;
        if (focused && !focused.touched) updateCredit(focused.key, { touched: true });
        else if (!focused && isInput(event.target) && Date.now() - lastScan > RESCAN_INTERVAL_MS) rescan();
        relayout();
      }),
    passiveCapture,
  );
  ctx.addEventListener(
    document,
    'change',
    (event) =>
      runSafely('field-tools-change', () => {
        if (isInput(event.target) && event.target.type === 'file') onFilesPicked(event.target);
      }),
    passiveCapture,
  );
  // The window's own scroll moves our tips with the document; only scrolled boxes inside the page move fields away from them.
  ctx.addEventListener(document, 'scroll', (event) => event.target !== document && relayout(), passiveCapture);
  ctx.addEventListener(document, 'click', () => relayout(), passiveCapture);
  ctx.addEventListener(window, 'resize', () => relayout(), { passive: true });
  return { useLook: (looked) => rescan(looked) };
}
