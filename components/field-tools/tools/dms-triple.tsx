import { useState } from 'preact/hooks';
import { pickText, type LocalizedText, type UiLocale } from '../../../lib/localized';
import { controlNames, readDocument, type DocumentReader } from '../../../platform/dom-text';
import { findPlatformFields } from '../../../platform/fields';
import {
  dmsAgreesWithDecimal,
  dmsDisagreement,
  formatDecimal,
  parseCoordinate,
  parseCoordinatePair,
  readDmsTriple,
  toDmsParts,
  toDmsText,
  type Axis,
} from '../../../tools/coordinates';
import { TextField } from '../../tools/TextField';
import { currentUiLocale } from '../../faq/ui-locale';
import { AnchoredTip } from '../AnchoredTip';
import { setFieldValue } from '../set-field-value';
import { defineFieldTool } from '../model';

/** The 度/分/秒 inputs of one axis (the public detail's `opelngd/opelngf/opelngm`, `opelatd/opelatf/opelatm`). */
export interface DmsTriple {
  axis: Axis;
  degrees: HTMLInputElement;
  minutes: HTMLInputElement;
  seconds: HTMLInputElement;
  /** The decimal input of the same axis (`longitude`/`latitude`), when the page has one. */
  decimal?: HTMLInputElement | undefined;
}

/** Suffixes of degrees, minutes, seconds: pinyin initials (the platform's d/f/m), pinyin, English, English initials. */
const SCHEMES: readonly (readonly [string, string, string])[] = [
  ['d', 'f', 'm'],
  ['du', 'fen', 'miao'],
  ['deg', 'min', 'sec'],
  ['d', 'm', 's'],
];
const AXIS_STEM: readonly [Axis, RegExp][] = [
  ['lon', /(?:lng|lon|jd|longitude)[_-]?$/],
  ['lat', /(?:lat|wd|latitude)[_-]?$/],
];


/**
 * The page's 度分秒 triples, found by name or id: a degrees input whose name ends in an axis word and
 * a degrees suffix, with its minutes and seconds beside it under the same stem. Tolerant of the
 * naming (the card pages' own names are unseen); reads only the page's inputs, bounded.
 */
export function findDmsTriples(doc: Document, reader: DocumentReader = readDocument(doc)): DmsTriple[] {
  const triples: DmsTriple[] = [];
  const fields = findPlatformFields(doc, reader);
  const inputs = reader.query<HTMLInputElement>('input', 400);
  // Lower-case name or id → the first input carrying it.
  const named = new Map<string, HTMLInputElement>();
  for (const input of inputs) for (const name of controlNames(input).split(' ')) if (name !== '' && !named.has(name)) named.set(name, input);
  const byNameOrId = (name: string) => named.get(name);
  for (const input of inputs) {
    for (const name of new Set(controlNames(input).split(' ').filter((part) => part !== ''))) {
      for (const [degreeSuffix, minuteSuffix, secondSuffix] of SCHEMES) {
        if (!name.endsWith(degreeSuffix)) continue;
        const stem = name.slice(0, -degreeSuffix.length);
        const axis = AXIS_STEM.find(([, pattern]) => pattern.test(stem))?.[0];
        if (!axis || triples.some((triple) => triple.axis === axis)) continue;
        const minutes = byNameOrId(stem + minuteSuffix);
        const seconds = byNameOrId(stem + secondSuffix);
        if (!minutes || !seconds || minutes === input || seconds === input || minutes === seconds) continue;
        const decimal = (axis === 'lon' ? fields.longitude : fields.latitude).find((candidate) => ![input, minutes, seconds].includes(candidate));
        triples.push({ axis, degrees: input, minutes, seconds, decimal });
      }
    }
  }
  return triples.sort((a, b) => (a.axis === b.axis ? 0 : a.axis === 'lon' ? -1 : 1));
}

const texts = {
  title: { zh: '度分秒坐标', en: 'Degrees, minutes, seconds' },
  read: { zh: '本页的度分秒：', en: 'On this page: ' },
  agrees: { zh: '与小数坐标一致', en: 'agrees with the decimal value' },
  noDecimal: { zh: '本页没有对应的小数坐标可以核对', en: 'no decimal value on this page to check against' },
  pasteLabel: { zh: '粘贴坐标（小数或度分秒），填入度、分、秒', en: 'Paste a coordinate (decimal or DMS) to fill degrees, minutes, seconds' },
  placeholder: { zh: '例如 116.397428, 39.90923 或 东经116°23′50.74″', en: 'e.g. 116.397428, 39.90923 or 116°23′50.74″ E' },
  fillBoth: { zh: '填入经度和纬度的度分秒', en: 'Fill both' },
  fillLon: { zh: '填入经度的度分秒', en: 'Fill the longitude' },
  fillLat: { zh: '填入纬度的度分秒', en: 'Fill the latitude' },
  undo: { zh: '撤销', en: 'Undo' },
  filled: { zh: '已填入，可以撤销。', en: 'Filled; you can undo it.' },
  parts: { zh: '度、分、秒分别是：', en: 'Degrees, minutes, seconds: ' },
} satisfies Record<string, LocalizedText>;

/** What one triple says, and whether it agrees with the page's decimal value of the same axis. */
function TripleCheck({ triple, locale }: { triple: DmsTriple; locale: UiLocale }) {
  const reading = readDmsTriple({ degrees: triple.degrees.value, minutes: triple.minutes.value, seconds: triple.seconds.value }, triple.axis);
  if (!reading.ok) {
    return (
      <p class={reading.empty ? 'pt-muted' : 'pt-status pt-warn'} data-testid={`dms-${triple.axis}`} data-state={reading.empty ? 'empty' : 'error'}>
        {pickText(reading.error, locale)}
      </p>
    );
  }
  const decimalText = triple.decimal?.value.trim() ?? '';
  const decimal = decimalText === '' ? undefined : parseCoordinate(decimalText);
  const agrees = decimal?.ok ? dmsAgreesWithDecimal(reading.value, decimal.value) : undefined;
  return (
    <div data-testid={`dms-${triple.axis}`} data-state={agrees === false ? 'disagrees' : 'ok'}>
      <p class="pt-text">
        {pickText(texts.read, locale)}
        <span class="pt-mono">{pickText(toDmsText(reading.value, triple.axis), locale)}</span> = <output class="pt-mono">{formatDecimal(reading.value)}</output>
      </p>
      {agrees === true && <p class="pt-status pt-ok">✓ {pickText(texts.agrees, locale)}</p>}
      {agrees === false && decimal?.ok && (
        <p class="pt-status pt-warn" role="status">
          ⚠ {pickText(dmsDisagreement(triple.axis, reading.value, decimal.value), locale)}
        </p>
      )}
      {agrees === undefined && <p class="pt-muted">{pickText(texts.noDecimal, locale)}</p>}
    </div>
  );
}

type Fill = Partial<Record<Axis, number>>;

/** What a pasted text fills: a pair fills both axes, a value marked 东经/北纬 (or above 90) its own axis, else the user picks. */
function fillChoices(text: string, axes: readonly Axis[]): { choices: { fill: Fill; label: LocalizedText }[]; error?: LocalizedText } {
  if (text.trim() === '') return { choices: [] };
  const pair = parseCoordinatePair(text);
  if (pair.ok) return { choices: [{ fill: { lon: pair.lon, lat: pair.lat }, label: texts.fillBoth }] };
  const single = parseCoordinate(text);
  if (!single.ok) return { choices: [], error: /[,，、;；\s]/.test(text.trim()) ? pair.error : single.error };
  const axis = single.axis ?? (Math.abs(single.value) > 90 ? 'lon' : undefined);
  const wanted: Axis[] = axis ? [axis] : [...axes];
  return {
    choices: wanted.filter((one) => axes.includes(one)).map((one) => ({ fill: { [one]: single.value }, label: one === 'lon' ? texts.fillLon : texts.fillLat })),
  };
}

const PART_KEYS = ['degrees', 'minutes', 'seconds'] as const;

/** Under the 度分秒 inputs: the reading and its check, and a box to fill them from a pasted value (with undo). */
function DmsTip({ triples, locale }: { triples: DmsTriple[]; locale: UiLocale }) {
  const [text, setText] = useState('');
  const [undo, setUndo] = useState<{ input: HTMLInputElement; value: string }[] | undefined>(undefined);
  const [closed, setClosed] = useState(false);
  const [, redraw] = useState(0);
  const anchor = triples.map((triple) => triple.seconds).find((input) => input.getBoundingClientRect().width > 0);
  if (closed || !anchor) return null;
  const editable = triples.filter((triple) => PART_KEYS.every((key) => !triple[key].readOnly && !triple[key].disabled));
  const { choices, error } = fillChoices(text, editable.map((triple) => triple.axis));
  const fill = (values: Fill) => {
    const previous: { input: HTMLInputElement; value: string }[] = [];
    for (const triple of editable) {
      const value = values[triple.axis];
      const parts = value === undefined ? undefined : toDmsParts(value);
      if (!parts) continue;
      for (const key of PART_KEYS) {
        previous.push({ input: triple[key], value: triple[key].value });
        setFieldValue(triple[key], key === 'seconds' ? String(parts.seconds) : String(parts[key]));
      }
    }
    setUndo(previous);
  };
  const revert = () => {
    for (const { input, value } of undo ?? []) setFieldValue(input, value);
    setUndo(undefined);
    redraw((n) => n + 1);
  };
  return (
    <AnchoredTip anchor={anchor} width={380} testId="dms-tool" onClose={() => setClosed(true)}>
      <p class="pt-tip-title">{pickText(texts.title, locale)}</p>
      <div aria-live="polite">
        {triples.map((triple) => (
          <TripleCheck key={triple.axis} triple={triple} locale={locale} />
        ))}
      </div>
      {editable.length > 0 && (
        <>
          <TextField label={pickText(texts.pasteLabel, locale)} value={text} onInput={setText} placeholder={pickText(texts.placeholder, locale)} testId="dms-input" />
          {error && (
            <p class="pt-status pt-warn" data-testid="dms-error">
              ✗ {pickText(error, locale)}
            </p>
          )}
          <div class="pt-actions">
            {choices.map((choice) => (
              <button key={pickText(choice.label, 'en')} type="button" class="pt-button pt-button-primary" data-testid="dms-fill" onClick={() => fill(choice.fill)}>
                {pickText(choice.label, locale)}
              </button>
            ))}
          </div>
          {undo && (
            <p class="pt-undo" role="status">
              {pickText(texts.filled, locale)}
              <button type="button" class="pt-button" data-testid="dms-undo" onClick={revert}>
                {pickText(texts.undo, locale)}
              </button>
            </p>
          )}
        </>
      )}
    </AnchoredTip>
  );
}

/** The panel: the page's triples read and checked (hidden ones too, as on the public detail); on the tools page, a value split into parts. */
function DmsPanelSection({ kind, locale }: { kind: string; locale: UiLocale }) {
  const [text, setText] = useState('');
  const triples = kind === 'unknown' || typeof document === 'undefined' ? [] : findDmsTriples(document);
  if (triples.length > 0) {
    return (
      <div class="pt-root pt-tool" data-testid="dms-panel">
        {triples.map((triple) => (
          <TripleCheck key={triple.axis} triple={triple} locale={locale} />
        ))}
      </div>
    );
  }
  const single = text.trim() === '' ? undefined : parseCoordinate(text);
  const parts = single?.ok ? toDmsParts(single.value) : undefined;
  return (
    <div class="pt-root pt-tool" data-testid="dms-panel">
      <TextField label={pickText(texts.pasteLabel, locale)} value={text} onInput={setText} placeholder={pickText(texts.placeholder, locale)} testId="dms-split-input" />
      {single && !single.ok && <p class="pt-status pt-warn">✗ {pickText(single.error, locale)}</p>}
      {parts && (
        <p class="pt-text" data-testid="dms-parts">
          {pickText(texts.parts, locale)}
          <output class="pt-mono">
            {parts.degrees} / {parts.minutes} / {parts.seconds}
          </output>
        </p>
      )}
    </div>
  );
}

/** 度分秒 triples (public detail, application cards): read them, check them against the decimal value, fill them from a pasted value. */
export const dmsTripleTool = defineFieldTool<DmsTriple[]>({
  id: 'dms-triple',
  order: 30,
  kinds: ['public-info', 'apply-basic-info', 'apply-card'],
  title: () => pickText(texts.title, currentUiLocale()),
  intro: () => pickText({ zh: '把小数或度分秒写法的坐标拆成平台的度、分、秒三个框，并核对度分秒和小数坐标是否一致。', en: 'Split a coordinate into the platform’s degrees, minutes and seconds boxes, and check them against the decimal value.' }, currentUiLocale()),
  find: (doc, { reader }) => {
    const triples = findDmsTriples(doc, reader);
    return triples.length > 0 ? triples : undefined;
  },
  Tip: ({ found, context }) => <DmsTip triples={found} locale={context.locale} />,
  PanelSection: ({ kind, locale }) => <DmsPanelSection kind={kind} locale={locale} />,
});
export default dmsTripleTool;
