import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { UploadThresholds } from '../../../tools/file-check';
import type { UiLocale } from '../../../lib/localized';
import type { PageKindId } from '../../../platform/page-kinds';
import type { PlatformFields } from '../../../platform/fields';
import { fieldsWorthATool } from '../../../platform/fields-worth-a-tool';
import { loadLazy } from '../load-lazy';
import { reportError, runSafely } from '../run-safely';
import { mountShadowHost } from '../shadow-host';
import { createTimers } from '../timers';
import type { FieldToolsLayerHandle } from '../../../components/field-tools/FieldToolsLayer';

export interface FieldToolsOptions {
  /** The upload pre-check's thresholds (settings), read when a file is picked. */
  thresholds: () => UploadThresholds | Promise<UploadThresholds>;
  locale: UiLocale;
}

/** What the frame's latest look already found: its fields and page kind. */
export interface LookedAt {
  fields: PlatformFields;
  kind: PageKindId;
}

export interface FieldTools {
  /** The frame was looked at (watch-frame.ts: at start, load, navigation and after user actions). */
  useLook(looked: LookedAt): void;
}

/** A focused or changed field may be new (forms built by script): look again, at most this often. */
const REFIND_INTERVAL_MS = 1000;
/** Keyboard and form events from our own controls stay in our shadow root, so page shortcuts and handlers never see them. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'change', 'click'];
const FORM_CONTROLS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

function isFormControl(target: EventTarget | null): boolean {
  return !!target && FORM_CONTROLS.has((target as Element).tagName?.toUpperCase());
}

/**
 * The in-page field tools of one frame (components/field-tools/registry.ts). Nothing is scanned at
 * start: one delegated listener for focus, input and change on the document, and the frame's own
 * look, decide when the tools' module is worth loading; their `find`s then run at idle time. Tips
 * are drawn in one shadow root; the page's elements are never restyled or moved, and a field's
 * value only changes on a click on one of our buttons.
 */
export function startFieldTools(ctx: ContentScriptContext, options: FieldToolsOptions): FieldTools {
  let kind: PageKindId = 'unknown';
  let layer: FieldToolsLayerHandle | undefined;
  let mounting = false;
  let lastFind = 0;
  let findPending = false;
  const timers = createTimers(ctx);

  const findSoon = () => {
    if (findPending || !layer) return;
    findPending = true;
    timers.whenIdle(
      () =>
        runSafely('field-tools-find', () => {
          findPending = false;
          lastFind = Date.now();
          layer?.refresh(kind);
        }),
      500,
    );
  };

  let layoutPending = false;
  const relayout = () => {
    if (layoutPending || !layer) return;
    layoutPending = true;
    timers.requestAnimationFrame(() =>
      runSafely('field-tools-layout', () => {
        layoutPending = false;
        layer?.relayout();
      }),
    );
  };

  /** Once mounted, the tips follow the page's layout: scrolled boxes, clicks, typing and resizes. */
  const followLayout = () => {
    const passiveCapture = { capture: true, passive: true };
    // The window's own scroll moves our tips with the document; only scrolled boxes inside the page move fields away from them.
    ctx.addEventListener(document, 'scroll', (event) => event.target !== document && relayout(), passiveCapture);
    ctx.addEventListener(document, 'click', () => relayout(), passiveCapture);
    ctx.addEventListener(window, 'resize', () => relayout(), { passive: true });
  };

  const mount = () => {
    if (mounting) return;
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
          let removed = false;
          loadLazy().then(
            (lazy) =>
              runSafely('field-tools-render', () => {
                if (removed) return;
                layer = lazy.mountFieldTools(container, { doc: document, locale: options.locale, thresholds: options.thresholds });
                followLayout();
                findSoon();
              }),
            (error: unknown) => reportError('field-tools-load', error),
          );
          return () => {
            removed = true;
            layer?.unmount();
            layer = undefined;
          };
        },
      });
    });
  };

  // The one delegated listener: a field the user works in may be one a tool checks.
  const onField = (event: Event) =>
    runSafely('field-tools-event', () => {
      if (!isFormControl(event.target)) return;
      if (!layer) mount();
      else if (event.type !== 'input' && Date.now() - lastFind > REFIND_INTERVAL_MS) findSoon();
      if (event.type === 'input') relayout();
    });
  for (const type of ['focusin', 'input', 'change'] as const) {
    ctx.addEventListener(document, type, onField, { capture: true, passive: true });
  }

  return {
    useLook: (looked) =>
      runSafely('field-tools-look', () => {
        kind = looked.kind;
        if (layer) findSoon();
        else if (fieldsWorthATool(looked.fields, looked.kind)) timers.whenIdle(() => runSafely('field-tools-idle', mount), 1000);
      }),
  };
}
