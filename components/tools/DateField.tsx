import { useId } from 'preact/hooks';

/** A labelled date input (the browser's own picker; the value is 'YYYY-MM-DD' or ''). */
export function DateField({ label, value, onChange, testId }: { label: string; value: string; onChange(value: string): void; testId?: string }) {
  const id = useId();
  return (
    <div class="pt-field">
      <label class="pt-label" for={id}>
        {label}
      </label>
      <input
        id={id}
        class="pt-input pt-input-date"
        type="date"
        value={value}
        data-testid={testId}
        onInput={(event) => onChange(event.currentTarget.value)}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    </div>
  );
}
