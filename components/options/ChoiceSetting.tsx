import { useId } from 'preact/hooks';
import type { SettingPath } from '../../state/settings';
import { describedBy, ManagedBadge } from './ManagedBadge';

export interface ChoiceSettingProps<V extends string> {
  path: SettingPath;
  legend: string;
  value: V;
  managed: boolean;
  options: readonly { value: V; label: string }[];
  onSave(path: SettingPath, value: V): void;
}

/** One choice among a few, as radio buttons (arrow keys move between them). */
export function ChoiceSetting<V extends string>(props: ChoiceSettingProps<V>) {
  const id = useId();
  return (
    <fieldset
      class="opt-field opt-choice"
      data-setting={props.path}
      data-managed={props.managed ? 'true' : undefined}
      aria-describedby={describedBy(props.managed && `${id}-managed`)}
    >
      <legend class="opt-label">
        {props.legend}
        {props.managed && <ManagedBadge id={`${id}-managed`} />}
      </legend>
      {props.options.map((option) => (
        <label class="opt-radio" key={option.value}>
          <input
            type="radio"
            name={id}
            value={option.value}
            checked={props.value === option.value}
            disabled={props.managed}
            onChange={() => props.onSave(props.path, option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
