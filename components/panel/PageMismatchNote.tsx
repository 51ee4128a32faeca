import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { UiLocale } from '../../lib/localized';
import { helpdeskNote, type PageMismatch } from '../../platform/page-mismatch';
import { copyToClipboard } from '../faq/copy-to-clipboard';

/** Said quietly: the page recognised by its URL shows none of what the helper knows of it. */
export function PageMismatchNote({ mismatch, extensionVersion, locale }: { mismatch: PageMismatch; extensionVersion: string; locale: UiLocale }) {
  const [copied, setCopied] = useState(false);
  const copy = () => void copyToClipboard(helpdeskNote(mismatch, extensionVersion)[locale]).then(() => setCopied(true), () => setCopied(false));
  return (
    <p class="ph-note" role="status" data-testid="page-unfamiliar">
      {i18n.t('panel.unfamiliarPage')}{' '}
      <button type="button" class="ph-button" data-testid="wrong-page-copy" onClick={copy}>
        {i18n.t('panel.wrongPageCopy')}
      </button>
      <span>{copied ? ` ${i18n.t('panel.copied')}` : ''}</span>
    </p>
  );
}
