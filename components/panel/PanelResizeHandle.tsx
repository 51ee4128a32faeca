import { i18n } from '#i18n';
import { panelWidthRange } from '../../state/panel-width';

const step = 20;

function clampWidth(width: number): number {
  return Math.round(Math.min(panelWidthRange.max, Math.max(panelWidthRange.min, width)));
}

/** The panel's left edge: drag it, or focus it and use the arrow keys, to change the width. */
export function PanelResizeHandle({
  width,
  side,
  onResize,
}: {
  width: number;
  /** The page edge the panel is docked to: dragging away from it widens the panel. */
  side: 'right' | 'left';
  onResize(width: number): void;
}) {
  const away = side === 'right' ? -1 : 1;
  const onPointerDown = (event: PointerEvent) => {
    const handle = event.currentTarget as HTMLElement;
    handle.setPointerCapture(event.pointerId);
    const startX = event.clientX;
    const startWidth = width;
    const onMove = (move: PointerEvent) => onResize(clampWidth(startWidth + away * (move.clientX - startX)));
    const onUp = () => {
      handle.removeEventListener('pointermove', onMove);
      handle.removeEventListener('pointerup', onUp);
    };
    handle.addEventListener('pointermove', onMove);
    handle.addEventListener('pointerup', onUp);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowLeft') onResize(clampWidth(width - away * step));
    else if (event.key === 'ArrowRight') onResize(clampWidth(width + away * step));
    else return;
    event.preventDefault();
  };
  return (
    <div
      class="ph-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={i18n.t('panel.resize')}
      aria-valuemin={panelWidthRange.min}
      aria-valuemax={panelWidthRange.max}
      aria-valuenow={width}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
