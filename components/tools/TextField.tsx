import { useId } from 'preact/hooks';

/** A labelled one-line text box for codes and coordinates: no autocomplete, no spell check. */
export function TextField({
  label,
  value,
  onInput,
  placeholder,
  testId,
  monospace = false,
}: {
  label: string;
  value: string;
  onInput(value: string): void;
  placeholder?: string;
  testId?: string;
  monospace?: boolean;
}) {
  const id = useId();
  return (
    <>
      <label class="pt-label" for={id}>
        {label}
      </label>
      <input
        id={id}
        class={monospace ? 'pt-input pt-input-code' : 'pt-input'}
        type="text"
        autocomplete="off"
        spellcheck={false}
        value={value}
        placeholder={placeholder}
        data-testid={testId}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </>
  );
}
