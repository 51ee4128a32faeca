import { useId, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { defaultUploadThresholds, type UploadThresholds } from '../../tools/file-check';
import type { UiLocale } from '../../lib/localized';
import { inspectFile, type InspectedFile } from './inspect-file';
import { UploadFindings } from './UploadFindings';
import { UploadRepair } from './UploadRepair';
import type { HeicDecode } from './repair-image';
import { FaqRef, type FaqHref } from './FaqRef';

const MAX_FILES = 10;

/** Pick a file, see what the platform may trip over. The file never leaves the browser; only its first and last bytes and an image's header are read. */
export function FileChecker({
  locale,
  thresholds = defaultUploadThresholds,
  faqHref,
  loadHeic,
}: {
  locale: UiLocale;
  thresholds?: UploadThresholds;
  faqHref?: FaqHref;
  /** Loads the HEIC decoder for the repair (extension pages only). */
  loadHeic?: () => Promise<HeicDecode>;
}) {
  const [files, setFiles] = useState<InspectedFile[] | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const run = useRef(0);
  const id = useId();
  const onChange = (event: Event) => {
    const picked = Array.from((event.currentTarget as HTMLInputElement).files ?? []).slice(0, MAX_FILES);
    const current = ++run.current;
    if (picked.length === 0) {
      setFiles(undefined);
      return;
    }
    setBusy(true);
    void Promise.all(picked.map((file) => inspectFile(file, thresholds))).then((results) => {
      if (current !== run.current) return;
      setBusy(false);
      setFiles(results);
    });
  };
  return (
    <div class="pt-root pt-tool" data-testid="file-checker">
      <label class="pt-label" for={id}>
        {i18n.t('tools.upload.pickLabel')}
      </label>
      <input id={id} class="pt-file-input" type="file" multiple onChange={onChange} />
      <p class="pt-muted">{i18n.t('tools.upload.privacy')}</p>
      <div aria-live="polite" data-testid="file-checker-result">
        {busy && <p class="pt-muted">{i18n.t('tools.upload.checking')}</p>}
        {!busy && files && (
          <UploadFindings
            files={files}
            locale={locale}
            extra={(file) => <UploadRepair inspected={file} thresholds={thresholds} {...(loadHeic ? { loadHeic } : {})} />}
          />
        )}
      </div>
      <p class="pt-muted">
        {i18n.t('tools.upload.thresholds', [
          (thresholds.maxBytes / (1024 * 1024)).toFixed(1),
          String(thresholds.maxPixelsSide),
          String(thresholds.maxNameLength),
        ])}{' '}
        <FaqRef numbers={[6]} faqHref={faqHref} />
      </p>
    </div>
  );
}
