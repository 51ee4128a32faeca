import { i18n } from '#i18n';
import type { UiLocale } from '../../lib/localized';
import { UploadFindings } from '../tools/UploadFindings';
import { worstLevel } from '../tools/inspect-file';
import { UploadRepair } from '../tools/UploadRepair';
import { putFileIntoInput } from '../tools/put-file';
import { loadHeicDecoder } from '../tools/load-heic-decoder';
import { AnchoredTip } from './AnchoredTip';
import type { FieldToolsActions, UploadField } from './model';

/** What the pre-check found in the files just picked, under their file input, with 一键修复 where it helps. Never blocks the upload. */
export function UploadTip({ field, locale, actions }: { field: UploadField; locale: UiLocale; actions: FieldToolsActions }) {
  const level = worstLevel(field.files.flatMap((file) => file.findings));
  return (
    <AnchoredTip anchor={field.input} width={400} testId="upload-tip" data={{ level }} onClose={() => actions.dismissUpload(field.key)}>
      <div aria-live="polite">
        <p class="pt-tip-title">{level === 'ok' ? i18n.t('tools.upload.tipTitleOk') : i18n.t('tools.upload.tipTitle')}</p>
        <UploadFindings
          files={field.files}
          locale={locale}
          extra={(file, index) =>
            file.thresholds && (
              <UploadRepair inspected={file} thresholds={file.thresholds} loadHeic={loadHeicDecoder} place={(repaired) => putFileIntoInput(field.input, index, repaired)} />
            )
          }
        />
        {level !== 'ok' && <p class="pt-muted">{i18n.t('tools.upload.neverBlocked')}</p>}
      </div>
    </AnchoredTip>
  );
}
