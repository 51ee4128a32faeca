import { i18n } from '#i18n';
import { useId, useState } from 'preact/hooks';
import type { SettingPath } from '../../state/settings';
import { describedBy } from './ManagedBadge';
import { SettingField } from './SettingField';
import { useDraft } from './use-draft';

/** Full-width digits and points (typed with a Chinese input method) read as ASCII. */
export function readNumber(text: string): number | undefined {
  const ascii = text
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .trim();
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(ascii)) return undefined;
  return Number(ascii);
}

export interface NumberSettingProps {
  path: SettingPath;
  label: string;
  /** The stored value. */
  value: number;
  managed: boolean;
  onSave(path: SettingPath, value: number): void;
  /** The unit shown after the box (像素, MB, 个字). */
  unit: string;
  /** Bounds in the shown unit. */
  min: number;
  max: number;
  /** Stored value → shown value and back (MB ↔ bytes); identity when omitted. */
  toShown?(stored: number): number;
  toStored?(shown: number): number;
}

/** A number setting in the unit people think in, saved as soon as it is a valid number in range. */
export function NumberSetting(props: NumberSettingProps) {
  const id = useId();
  const toShown = props.toShown ?? ((stored: number) => stored);
  const toStored = props.toStored ?? ((shown: number) => Math.round(shown));
  const [draft, setDraft, ref] = useDraft<HTMLInputElement>(String(toShown(props.value)));
  const [invalid, setInvalid] = useState(false);
  const bounds = { min: String(props.min), max: String(props.max) };

  const onInput = (event: Event) => {
    const next = (event.currentTarget as HTMLInputElement).value;
    setDraft(next);
    const shown = readNumber(next);
    const ok = shown !== undefined && shown >= props.min && shown <= props.max;
    setInvalid(!ok);
    if (ok && toStored(shown) !== props.value) props.onSave(props.path, toStored(shown));
  };

  return (
    <SettingField id={id} path={props.path} label={props.label} managed={props.managed}>
      <span class="opt-number">
        <input
          ref={ref}
          id={id}
          class="opt-input opt-input--number"
          type="text"
          inputMode="decimal"
          value={draft}
          disabled={props.managed}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={describedBy(`${id}-hint`, props.managed && `${id}-managed`, invalid && `${id}-error`)}
          onInput={onInput}
        />
        <span class="opt-unit">{props.unit}</span>
      </span>
      <p class="opt-hint" id={`${id}-hint`}>
        {i18n.t('options.number.range', bounds)}
      </p>
      {invalid && (
        <p class="opt-error" id={`${id}-error`}>
          {i18n.t('options.number.invalid', bounds)}
        </p>
      )}
    </SettingField>
  );
}
