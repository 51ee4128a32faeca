import { useId, useState } from 'preact/hooks';
import type { SettingPath } from '../../state/settings';
import { describedBy } from './ManagedBadge';
import { SettingField } from './SettingField';
import { useDraft } from './use-draft';

export interface TextSettingProps {
  path: SettingPath;
  label: string;
  value: string;
  managed: boolean;
  onSave(path: SettingPath, value: string): void;
  type?: 'text' | 'tel' | 'url';
  placeholder?: string;
  maxLength: number;
  autoComplete?: string;
  /** A Chinese message when the text cannot be saved; nothing is saved until it is fixed. */
  validate?(value: string): string | undefined;
}

/** A text setting saved as it is typed. */
export function TextSetting(props: TextSettingProps) {
  const id = useId();
  const [draft, setDraft, ref] = useDraft<HTMLInputElement>(props.value);
  const [error, setError] = useState<string>();

  const onInput = (event: Event) => {
    const next = (event.currentTarget as HTMLInputElement).value;
    setDraft(next);
    const problem = props.validate?.(next);
    setError(problem);
    if (problem === undefined && next !== props.value) props.onSave(props.path, next);
  };

  return (
    <SettingField id={id} path={props.path} label={props.label} managed={props.managed}>
      <input
        ref={ref}
        id={id}
        class="opt-input"
        // Preact types each input type separately; these three accept the same attributes.
        type={(props.type ?? 'text') as 'text'}
        value={draft}
        maxLength={props.maxLength}
        placeholder={props.placeholder}
        autoComplete={props.autoComplete ?? 'off'}
        disabled={props.managed}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(props.managed && `${id}-managed`, error && `${id}-error`)}
        onInput={onInput}
      />
      {error && (
        <p class="opt-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </SettingField>
  );
}
