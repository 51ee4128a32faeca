import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { HelperError } from '../../lib/helper-error';
import { copyToClipboard } from '../faq/copy-to-clipboard';
import { withoutExtensionId } from '../../lib/extension-url';

/** 「助手出错」: the helper's own errors, with a detail to copy for support; the page is unaffected. */
export function HelperErrorBox({ errors }: { errors: readonly HelperError[] }) {
  const [copied, setCopied] = useState(false);
  // Shown and copied without the extension's id (see withoutExtensionId).
  const detail = withoutExtensionId(errors.map((error) => `[${error.at}] ${error.where}: ${error.message}\n${error.stack ?? ''}`).join('\n'));
  return (
    <section class="ph-error" role="alert" data-testid="helper-error">
      <h3>{i18n.t('panel.errorTitle')}</h3>
      <p>{i18n.t('panel.errorBody')}</p>
      <pre>{detail}</pre>
      <button
        type="button"
        class="ph-button"
        onClick={() => void copyToClipboard(detail).then(() => setCopied(true), () => setCopied(false))}
      >
        {i18n.t('panel.errorCopy')}
      </button>
      <span role="status">{copied ? ` ${i18n.t('panel.copied')}` : ''}</span>
    </section>
  );
}
