import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import { placeBelow } from './placement';

/**
 * A tip drawn in our shadow root just below a page element, at the element's document position
 * (recomputed each time the layer re-renders: on focus, input, scroll and resize).
 */
export function AnchoredTip({
  anchor,
  width = 360,
  testId,
  data,
  onClose,
  children,
}: {
  anchor: Element;
  width?: number;
  testId: string;
  data?: Record<string, string>;
  onClose?: () => void;
  children: ComponentChildren;
}) {
  const place = placeBelow(anchor, width);
  if (!place) return null;
  const dataAttributes = Object.fromEntries(Object.entries(data ?? {}).map(([key, value]) => [`data-${key}`, value]));
  return (
    <div
      class="pt-tip"
      data-testid={testId}
      {...dataAttributes}
      style={{ top: `${place.top}px`, left: `${place.left}px`, maxWidth: `${place.width}px` }}
    >
      {children}
      {onClose && (
        <button type="button" class="pt-tip-close" aria-label={i18n.t('tools.tip.close')} title={i18n.t('tools.tip.close')} onClick={onClose}>
          ×
        </button>
      )}
    </div>
  );
}
