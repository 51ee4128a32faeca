import { useId, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { UiLocale } from '../../lib/localized';
import { CoordinateReadout } from '../tools/CoordinateReadout';
import { decimalText, readCoordinates, type CoordinateReading } from '../tools/coordinate-reading';
import { FaqRef } from '../tools/FaqRef';
import { TextField } from '../tools/TextField';
import { CoordinateChecklist, Highlights } from './CoordinateChecklist';
import { locateSteps, pickSteps, targetElements, type StepTarget } from './coordinate-steps';
import { placeBesideOrBelow } from './placement';
import { setFieldValue } from './set-field-value';
import type { CoordinateTargets } from '../../platform/fields';

const CARD_WIDTH = 340;

interface Fill {
  lon?: number;
  lat?: number;
}

interface Undo {
  lon?: string;
  lat?: string;
}

function fillChoices(reading: CoordinateReading): { fill: Fill; label: string; testId: string }[] {
  if (reading.kind === 'pair') {
    const swap = reading.warnings.find((warning) => warning.suggestion)?.suggestion;
    return [
      { fill: { lon: reading.lon, lat: reading.lat }, label: i18n.t('tools.coord.fillBoth'), testId: 'fill-coordinates' },
      ...(swap ? [{ fill: { lon: swap.lon, lat: swap.lat }, label: i18n.t('tools.coord.fillSwapped'), testId: 'fill-swapped' }] : []),
    ];
  }
  if (reading.kind === 'single') {
    if (reading.axis === 'lon') return [{ fill: { lon: reading.value }, label: i18n.t('tools.coord.fillLon'), testId: 'fill-coordinates' }];
    if (reading.axis === 'lat') return [{ fill: { lat: reading.value }, label: i18n.t('tools.coord.fillLat'), testId: 'fill-coordinates' }];
    return [
      { fill: { lon: reading.value }, label: i18n.t('tools.coord.fillLon'), testId: 'fill-coordinates' },
      { fill: { lat: reading.value }, label: i18n.t('tools.coord.fillLat'), testId: 'fill-coordinates-lat' },
    ];
  }
  if (reading.kind === 'error' && reading.suggestion) {
    return [{ fill: reading.suggestion, label: i18n.t('tools.coord.fillSwapped'), testId: 'fill-swapped' }];
  }
  return [];
}

function shownValue(value: string): string {
  return value === '' ? i18n.t('tools.coord.emptyValue') : value;
}

/**
 * The floating card on the coordinate picker (FAQ 20): any notation in, decimal degrees out; the
 * page's inputs are filled only by a click, and the fill can be undone. Below it, the 定位 and 拾取
 * steps, each pointing at its control on the page.
 */
export function CoordinateCard({ targets, locale }: { targets: CoordinateTargets; locale: UiLocale }) {
  const [open, setOpen] = useState(true);
  const [text, setText] = useState('');
  const [undo, setUndo] = useState<Undo | undefined>(undefined);
  const [highlight, setHighlight] = useState<StepTarget | undefined>(undefined);
  const bodyId = useId();
  const place = placeBesideOrBelow(targets.map, targets.lat, CARD_WIDTH);
  if (!place) return null;
  const reading = readCoordinates(text);

  const fill = (values: Fill) => {
    const previous: Undo = {};
    if (values.lon !== undefined) {
      previous.lon = targets.lon.value;
      setFieldValue(targets.lon, decimalText(values.lon));
    }
    if (values.lat !== undefined) {
      previous.lat = targets.lat.value;
      setFieldValue(targets.lat, decimalText(values.lat));
    }
    setUndo(previous);
  };
  const revert = () => {
    if (!undo) return;
    if (undo.lon !== undefined) setFieldValue(targets.lon, undo.lon);
    if (undo.lat !== undefined) setFieldValue(targets.lat, undo.lat);
    setUndo(undefined);
  };

  return (
    <>
      <section
        class="pt-tip pt-card"
        data-testid="coordinate-tool"
        aria-label={i18n.t('tools.coord.title')}
        style={{ top: `${place.top}px`, left: `${place.left}px`, width: `${place.width}px` }}
      >
        <button type="button" class="pt-link-button pt-tip-title" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {i18n.t('tools.coord.title')} {open ? '▴' : '▾'}
        </button>
        {open && (
          <div class="pt-card-body" id={bodyId}>
            <TextField
              label={i18n.t('tools.coord.inputLabel')}
              value={text}
              onInput={setText}
              placeholder={i18n.t('tools.coord.placeholder')}
              testId="coordinate-input"
            />
            <CoordinateReadout reading={reading} locale={locale}>
              <div class="pt-actions">
                {fillChoices(reading).map((choice) => (
                  <button key={choice.testId} type="button" class="pt-button pt-button-primary" data-testid={choice.testId} onClick={() => fill(choice.fill)}>
                    {choice.label}
                  </button>
                ))}
              </div>
            </CoordinateReadout>
            {undo && (
              <p class="pt-undo" role="status">
                {i18n.t('tools.coord.filled', [shownValue(undo.lon ?? targets.lon.value), shownValue(undo.lat ?? targets.lat.value)])}
                <button type="button" class="pt-button" data-testid="undo-fill" onClick={revert}>
                  {i18n.t('tools.undo')}
                </button>
              </p>
            )}
            <p class="pt-subheading">{i18n.t('tools.coord.locateTitle')}</p>
            <CoordinateChecklist steps={locateSteps} targets={targets} onHighlight={setHighlight} />
            <details class="pt-disclosure">
              <summary>{i18n.t('tools.coord.pickTitle')}</summary>
              <CoordinateChecklist steps={pickSteps} targets={targets} onHighlight={setHighlight} />
            </details>
            <p class="pt-muted">{i18n.t('tools.coord.checklistHint')}</p>
            <p class="pt-muted">
              <FaqRef numbers={[20]} />
            </p>
          </div>
        )}
      </section>
      {highlight && <Highlights elements={targetElements(targets, highlight)} />}
    </>
  );
}
