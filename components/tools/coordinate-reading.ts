import type { LocalizedText } from '../../lib/localized';
import {
  formatDecimal,
  parseCoordinate,
  parseCoordinatePair,
  type Axis,
  type CoordinateWarning,
} from '../../tools/coordinates';

/** What the converter read from one text box: a pair, a single value (one axis at a time), or why not. */
export type CoordinateReading =
  | { kind: 'empty' }
  | { kind: 'pair'; lon: number; lat: number; warnings: CoordinateWarning[] }
  | { kind: 'single'; value: number; axis?: Axis }
  | { kind: 'error'; error: LocalizedText; suggestion?: { lon: number; lat: number } };

export function readCoordinates(text: string): CoordinateReading {
  if (typeof text !== 'string' || text.trim() === '') return { kind: 'empty' };
  const pair = parseCoordinatePair(text);
  if (pair.ok) return { kind: 'pair', lon: pair.lon, lat: pair.lat, warnings: pair.warnings };
  const single = parseCoordinate(text);
  if (single.ok) {
    // A lone value above 90 can only be a longitude.
    const axis = single.axis ?? (Math.abs(single.value) > 90 ? 'lon' : undefined);
    return axis ? { kind: 'single', value: single.value, axis } : { kind: 'single', value: single.value };
  }
  if (pair.suggestion) return { kind: 'error', error: pair.error, suggestion: pair.suggestion };
  // One unbroken value (no separator, no space): its own error says more than "enter two numbers".
  const oneValue = !/[,，、;；|\s]/.test(text.trim());
  return { kind: 'error', error: oneValue ? single.error : pair.error };
}

/** The decimal text the platform's inputs take (6 decimals, about 0.1 m). */
export function decimalText(value: number): string {
  return formatDecimal(value, 6);
}
