import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { copyToClipboard } from '../faq/copy-to-clipboard';

/** A button that copies `text`, then says whether that worked. */
export function CopyButton({ text, label, testId }: { text: string; label: string; testId?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span class="pt-copy">
      <button
        type="button"
        class="pt-button"
        data-testid={testId}
        onClick={() => void copyToClipboard(text).then(() => setState('copied'), () => setState('failed'))}
      >
        {label}
      </button>
      <span role="status" class="pt-muted">
        {state === 'copied' ? ` ${i18n.t('tools.copied')}` : state === 'failed' ? ` ${i18n.t('tools.copyFailed')}` : ''}
      </span>
    </span>
  );
}
