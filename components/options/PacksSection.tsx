import { i18n } from '#i18n';
import { useId, useRef, useState } from 'preact/hooks';
import { maxPackFileBytes, type ImportResult, type PackList } from '../../state/packs';
import { ManagedBadge } from './ManagedBadge';
import { OptionsSection } from './OptionsSection';

type Outcome = { kind: 'done'; text: string } | { kind: 'failed'; errors: string[] };

function outcomeOf(result: ImportResult): Outcome {
  if (!result.ok) return { kind: 'failed', errors: result.errors };
  const values = { name: result.pack.name, count: String(result.pack.entries.length) };
  return { kind: 'done', text: i18n.t(result.replaced ? 'options.packs.replaced' : 'options.packs.imported', values) };
}

/** 本地内容包: import a bureau's pack from a file or pasted text, list the packs, remove them. */
export function PacksSection(props: {
  packs: PackList;
  onImport(text: string): Promise<ImportResult>;
  onRemove(name: string): Promise<void>;
}) {
  const id = useId();
  const [pasted, setPasted] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  // After a removal the button is gone; focus goes back to the file picker so keyboard users are not lost.
  const fileInput = useRef<HTMLInputElement>(null);

  const runImport = async (read: () => Promise<string>, fromPaste: boolean) => {
    setBusy(true);
    try {
      const result = await props.onImport(await read());
      setOutcome(outcomeOf(result));
      if (result.ok && fromPaste) setPasted('');
    } catch (error) {
      setOutcome({
        kind: 'failed',
        errors: [i18n.t('options.packs.readFailed', { error: error instanceof Error ? error.message : String(error) })],
      });
    } finally {
      setBusy(false);
    }
  };

  const onFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    // Checked before reading: a huge file (picked by mistake) is never loaded into the page.
    if (file.size > maxPackFileBytes) {
      setOutcome({ kind: 'failed', errors: [i18n.t('options.packs.fileTooLarge', { size: String(Math.ceil(file.size / 1024 / 1024)), max: String(maxPackFileBytes / 1024 / 1024) })] });
      input.value = '';
      return;
    }
    void runImport(() => file.text(), false).then(() => {
      input.value = '';
    });
  };

  return (
    <OptionsSection name="packs" title={i18n.t('options.packs.title')} intro={i18n.t('options.packs.intro')}>
      <div class="opt-field">
        <label class="opt-label" for={`${id}-file`}>
          {i18n.t('options.packs.chooseFile')}
        </label>
        <input
          ref={fileInput}
          id={`${id}-file`}
          class="opt-file"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          data-testid="pack-file"
          onChange={onFile}
        />
      </div>
      <div class="opt-field">
        <label class="opt-label" for={`${id}-paste`}>
          {i18n.t('options.packs.pasteLabel')}
        </label>
        <textarea
          id={`${id}-paste`}
          class="opt-textarea"
          rows={6}
          spellcheck={false}
          value={pasted}
          data-testid="pack-paste"
          onInput={(event) => setPasted((event.currentTarget as HTMLTextAreaElement).value)}
        />
        <button
          type="button"
          class="opt-button"
          disabled={busy}
          data-testid="pack-import"
          onClick={() => void runImport(() => Promise.resolve(pasted), true)}
        >
          {i18n.t('options.packs.importPasted')}
        </button>
      </div>

      <div aria-live="polite" data-testid="pack-outcome">
        {outcome?.kind === 'done' && <p class="opt-success">{outcome.text}</p>}
      </div>
      {outcome?.kind === 'failed' && (
        <div class="opt-problem" role="alert" data-testid="pack-errors">
          <p>{i18n.t('options.packs.failed')}</p>
          <ul>
            {outcome.errors.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </div>
      )}

      {props.packs.packs.length === 0 ? (
        <p class="opt-empty">{i18n.t('options.packs.none')}</p>
      ) : (
        <ul class="opt-packs" aria-label={i18n.t('options.packs.listLabel')}>
          {props.packs.packs.map(({ pack, managed }, index) => (
            <li
              class="opt-pack"
              key={`${managed ? 'm' : 'u'}:${pack.name}`}
              data-pack={pack.name}
              data-managed={managed ? 'true' : undefined}
            >
              <span class="opt-pack__name">{pack.name}</span>
              <span class="opt-pack__count">
                {i18n.t('options.packs.entryCount', { count: String(pack.entries.length) })}
                {`（${pack.entries.map((entry) => entry.number).join('、')}）`}
              </span>
              {managed ? (
                <ManagedBadge id={`${id}-managed-${index}`} />
              ) : (
                <button
                  type="button"
                  class="opt-button opt-button--quiet"
                  aria-label={i18n.t('options.packs.removeLabel', { name: pack.name })}
                  onClick={() => {
                    setOutcome(undefined);
                    void props.onRemove(pack.name).then(() => fileInput.current?.focus());
                  }}
                >
                  {i18n.t('options.packs.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </OptionsSection>
  );
}
