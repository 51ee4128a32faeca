import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { RepairReason } from '../../tools/image-repair';
import type { UploadThresholds } from '../../tools/upload-thresholds';
import type { InspectedFile } from './inspect-file';
import { renamedCopy, repairImage, type HeicDecode } from './repair-image';
import { RepairResult, type RepairState } from './RepairResult';

const REASON_KEYS = {
  heic: 'tools.upload.reasonHeic',
  format: 'tools.upload.reasonFormat',
  'too-many-bytes': 'tools.upload.reasonBytes',
  'too-many-pixels': 'tools.upload.reasonPixels',
  'png-photo': 'tools.upload.reasonPngPhoto',
  'exif-rotation': 'tools.upload.reasonRotation',
} as const satisfies Record<RepairReason, string>;

export const reasonText = (reasons: readonly RepairReason[]) => reasons.map((reason) => i18n.t(REASON_KEYS[reason])).join('；');

/**
 * 一键修复 under a picked file the platform would refuse: remakes it as a JPEG within the thresholds
 * (or, where only the name is wrong, gives it a safe name), then hands it to `place` (the page's
 * own file input) or, where that is not possible, offers it as a download. The original is only read.
 */
export function UploadRepair({
  inspected,
  thresholds,
  loadHeic,
  place,
}: {
  inspected: InspectedFile;
  thresholds: UploadThresholds;
  loadHeic?: () => Promise<HeicDecode>;
  place?: (file: File) => boolean;
}) {
  const [result, setResult] = useState<RepairState | undefined>(undefined);
  const running = useRef(false);
  const file = inspected.file;
  const reasons = inspected.repair ?? [];
  const rename = reasons.length === 0 ? inspected.saferName : undefined;
  if (!file || (reasons.length === 0 && !rename)) return null;

  const run = () => {
    if (running.current) return;
    running.current = true;
    setResult({ state: 'working' });
    const work = rename
      ? Promise.resolve({ ok: true as const, image: { file: renamedCopy(file, rename), width: 0, height: 0 } })
      : repairImage(file, thresholds, loadHeic);
    void work
      .then((outcome) => {
        if (!outcome.ok) return setResult({ state: 'failed', failure: outcome.failure, maxBytes: thresholds.maxBytes });
        const placed = place ? place(outcome.image.file) : false;
        setResult({ state: 'done', image: outcome.image, placed, ...(rename ? { renameOnly: true } : {}) });
      })
      .catch(() => setResult({ state: 'failed', failure: 'undecodable', maxBytes: thresholds.maxBytes }))
      .finally(() => {
        running.current = false;
      });
  };

  return (
    <div class="pt-repair" data-testid="upload-repair" data-reasons={reasons.join(' ')}>
      {reasons.length > 0 && <p class="pt-muted">{i18n.t('tools.upload.repairWhy', [reasonText(reasons)])}</p>}
      <p class="pt-muted">
        {rename
          ? i18n.t('tools.upload.renameWhat', [rename])
          : i18n.t('tools.upload.repairWhat', [String(thresholds.maxPixelsSide), (thresholds.maxBytes / (1024 * 1024)).toFixed(1)])}
      </p>
      {result?.state !== 'done' && (
        <button type="button" class="pt-button" data-testid="upload-repair-button" disabled={result?.state === 'working'} onClick={run}>
          {rename ? i18n.t('tools.upload.renameButton') : i18n.t('tools.upload.repairButton')}
        </button>
      )}
      {result && <RepairResult result={result} {...(place ? {} : { placedText: false })} />}
    </div>
  );
}
