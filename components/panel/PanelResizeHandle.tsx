import { i18n } from '#i18n';
import { panelWidthRange } from '../../state/panel-width';

const step = 20;

function clampWidth(width: number): number {
  return Math.round(Math.min(panelWidthRange.max, Math.max(panelWidthRange.min, width)));
}

/** The panel's left edge: drag it, or focus it and use the arrow keys, to change the width. */
export function PanelResizeHandle({ width, onResize }: { width: number; onResize(width: number): void }) {
  const onPointerDown = (event: PointerEvent) => {
    const handle = event.currentTarget as HTMLElement;
    handle.setPointerCapture(event.pointerId);
    const startX = event.clientX;
    const startWidth = width;
    const onMove = (move: PointerEvent) => onResize(clampWidth(startWidth + (startX - move.clientX)));
    const onUp = () => {
      handle.removeEventListener('pointermove', onMove);
      handle.removeEventListener('pointerup', onUp);
    };
    handle.addEventListener('pointermove', onMove);
    handle.addEventListener('pointerup', onUp);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowLeft') onResize(clampWidth(width + step));
    else if (event.key === 'ArrowRight') onResize(clampWidth(width - step));
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
