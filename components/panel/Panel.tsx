import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import type { PageKindId } from '../../platform/page-kinds';
import { PanelResizeHandle } from './PanelResizeHandle';

export interface PanelProps {
  pageKind: PageKindId;
  /** The detected page in words, in the UI language. */
  pageLabel: string;
  /** How many FAQ entries fit this page (shown on the collapsed tab). */
  entryCount: number;
  open: boolean;
  width: number;
  onToggle(): void;
  onClose(): void;
  onResize(width: number): void;
  /** The panel's body; rendered only while open. */
  children?: ComponentChildren;
}

/** The in-page panel: a tab on the right edge that opens a docked side panel. */
export function Panel(props: PanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(props.open);

  useEffect(() => {
    if (props.open && !wasOpen.current) headingRef.current?.focus();
    if (!props.open && wasOpen.current) toggleRef.current?.focus();
    wasOpen.current = props.open;
  }, [props.open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && props.open) {
      event.stopPropagation();
      props.onClose();
    }
  };

  return (
    <div
      class="ph-root"
      data-testid="panel"
      data-page-kind={props.pageKind}
      data-state={props.open ? 'open' : 'closed'}
      style={{ '--ph-width': `${props.width}px` }}
      onKeyDown={onKeyDown}
    >
      <button
        ref={toggleRef}
        type="button"
        class="ph-tab"
        data-testid="panel-toggle"
        aria-expanded={props.open}
        aria-controls="ph-panel"
        title={props.open ? i18n.t('panel.closeHint') : i18n.t('panel.openHint')}
        onClick={props.onToggle}
      >
        <span class="ph-tab-text">{i18n.t('panel.toggle')}</span>
        {props.entryCount > 0 && (
          <span class="ph-tab-count" aria-label={i18n.t('panel.entryCount', [String(props.entryCount)])}>
            {props.entryCount}
          </span>
        )}
      </button>
      {props.open && (
        <aside id="ph-panel" class="ph-panel" role="complementary" aria-labelledby="ph-title">
          <PanelResizeHandle width={props.width} onResize={props.onResize} />
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
      )}
    </div>
  );
}
