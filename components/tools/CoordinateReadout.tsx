import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import { toDmsText, type Axis } from '../../tools/coordinates';
import { pickText, type UiLocale } from '../../lib/localized';
import { decimalText, type CoordinateReading } from './coordinate-reading';

function AxisValue({ axis, value, locale }: { axis: Axis; value: number; locale: UiLocale }) {
  return (
    <div class="pt-coord-row" data-axis={axis}>
      <dt>{axis === 'lon' ? i18n.t('tools.coord.lon') : i18n.t('tools.coord.lat')}</dt>
      <dd>
        <output class="pt-mono" data-testid={`coordinate-${axis}`}>
          {decimalText(value)}
        </output>
        <span class="pt-muted"> {pickText(toDmsText(value, axis), locale)}</span>
      </dd>
    </div>
  );
}

/** The converter's reading in words: decimal values with their 度分秒 form, warnings or the error. */
export function CoordinateReadout({
  reading,
  locale,
  children,
}: {
  reading: CoordinateReading;
  locale: UiLocale;
  /** Buttons that act on the reading (fill the page's inputs, copy). */
  children?: ComponentChildren;
}) {
  if (reading.kind === 'empty') return <p class="pt-muted">{i18n.t('tools.coord.hint')}</p>;
  if (reading.kind === 'error') {
    return (
      <div aria-live="polite">
        <p class="pt-status pt-warn" data-testid="coordinate-error">
          <span aria-hidden="true">✗ </span>
          {pickText(reading.error, locale)}
        </p>
        {children}
      </div>
    );
  }
  return (
    <div aria-live="polite">
      {reading.kind === 'pair' ? (
        <dl class="pt-coords">
          <AxisValue axis="lon" value={reading.lon} locale={locale} />
          <AxisValue axis="lat" value={reading.lat} locale={locale} />
        </dl>
      ) : reading.axis ? (
        <dl class="pt-coords">
          <AxisValue axis={reading.axis} value={reading.value} locale={locale} />
        </dl>
      ) : (
        <p class="pt-text">
          {i18n.t('tools.coord.singleValue')} <output class="pt-mono">{decimalText(reading.value)}</output>
        </p>
      )}
      {reading.kind === 'pair' &&
        reading.warnings.map((warning) => (
          <p key={warning.id} class="pt-status pt-warn" data-warning={warning.id}>
            <span aria-hidden="true">⚠ </span>
            {pickText(warning.message, locale)}
          </p>
        ))}
      {children}
    </div>
  );
}
