import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import { PanelResizeHandle } from './PanelResizeHandle';
import { keepFormReachable } from './keep-form-reachable';

export interface PanelFrameProps {
  /** The detected page in words, in the UI language. */
  pageLabel: string;
  width: number;
  side: 'right' | 'left';
  /** Move the focus into the panel when it opens (the user opened it); otherwise the page keeps its focus. */
  takeFocus: boolean;
  onClose(): void;
  onResize(width: number): void;
  children?: ComponentChildren;
}

/** The open panel: docked at the page's edge, with its title, the page in words and a close button. */
export function PanelFrame(props: PanelFrameProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (props.takeFocus) headingRef.current?.focus();
  }, []);
  // The page's controls under the panel stay reachable (scroll room, stepping aside for the keyboard).
  const { side, width, onClose } = props;
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  useEffect(() => {
    const panel = panelRef.current;
    const root = panel?.getRootNode();
    if (!panel || !(root && 'host' in root)) return;
    return keepFormReachable({ panel, host: (root as ShadowRoot).host, side, stepAside: () => closeRef.current() });
  }, [side, width]);
  return (
    <aside id="ph-panel" class="ph-panel" role="complementary" aria-labelledby="ph-title" ref={panelRef}>
      <PanelResizeHandle width={props.width} side={props.side} onResize={props.onResize} />
      <header class="ph-header">
        <h2 id="ph-title" class="ph-title" tabIndex={-1} ref={headingRef}>
          {i18n.t('panel.title')}
        </h2>
        <p class="ph-page" data-testid="panel-page">
          {i18n.t('panel.pageIs', [props.pageLabel])}
        </p>
        <button type="button" class="ph-close" onClick={props.onClose} aria-label={i18n.t('panel.close')}>
          ×
        </button>
      </header>
      <div class="ph-body">{props.children}</div>
    </aside>
  );
}
