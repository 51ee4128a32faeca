import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import { pickText, type UiLocale } from '../../lib/localized';
import { worstLevel, type InspectedFile } from './inspect-file';
import { wasPlacedByRepair } from './put-file';

const marks = { warn: '⚠', info: 'ℹ', ok: '✓' } as const;

/**
 * What the pre-check found in each picked file: warnings and notes in full, a file with nothing
 * to say as one short ✓ line. Advice only: the upload is never held back.
 */
export function UploadFindings({
  files,
  locale,
  extra,
}: {
  files: readonly InspectedFile[];
  locale: UiLocale;
  /** Shown under a file's findings (the repair offer). */
  extra?: (file: InspectedFile, index: number) => ComponentChildren;
}) {
  return (
    <ul class="pt-files">
      {files.map((file, index) => {
        const level = worstLevel(file.findings);
        const shown = level === 'ok' ? file.findings.slice(0, 1) : file.findings.filter((finding) => finding.level !== 'ok');
        return (
          <li key={`${index}-${file.name}`} class={`pt-file pt-level-${level}`} data-level={level}>
            <p class="pt-file-name">
              <span aria-hidden="true">{marks[level]} </span>
              {file.name === '' ? i18n.t('tools.upload.unnamed') : file.name}
              {level === 'ok' ? ` ${i18n.t('tools.upload.looksFine')}` : ''}
            </p>
            {level === 'ok' ? (
              shown.length > 0 && <p class="pt-muted">{shown.map((finding) => pickText(finding.message, locale)).join(' ')}</p>
            ) : (
              <ul class="pt-findings">
                {shown.map((finding) => (
                  <li key={finding.id} data-finding={finding.id} data-level={finding.level}>
                    <span class="pt-visually-hidden">{finding.level === 'warn' ? i18n.t('tools.upload.warnPrefix') : i18n.t('tools.upload.infoPrefix')}</span>
                    {pickText(finding.message, locale)}
                  </li>
                ))}
              </ul>
            )}
            {wasPlacedByRepair(file.file) && (
              <p class="pt-muted" data-testid="upload-placed-note">
                {i18n.t('tools.upload.placedNote')}
              </p>
            )}
            {extra?.(file, index)}
          </li>
        );
      })}
    </ul>
  );
}
