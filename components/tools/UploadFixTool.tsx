import { useId, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { defaultUploadThresholds, type UploadThresholds } from '../../tools/file-check';
import { pickText, type UiLocale } from '../../lib/localized';
import { inspectFile } from './inspect-file';
import { repairImage, type HeicDecode } from './repair-image';
import { RepairResult, type RepairState } from './RepairResult';
import { reasonText } from './UploadRepair';

const IMAGES = new Set(['jpeg', 'png', 'gif', 'bmp', 'webp', 'avif', 'heic']);

type FixState = RepairState | { state: 'not-image'; advice?: string };

/** The tools page's 图片一键修复: pick an image, get a JPEG within the thresholds to download. Runs one file at a time. */
export function UploadFixTool({
  locale,
  thresholds = defaultUploadThresholds,
  loadHeic,
}: {
  locale: UiLocale;
  thresholds?: UploadThresholds;
  loadHeic?: () => Promise<HeicDecode>;
}) {
  const [result, setResult] = useState<FixState | undefined>(undefined);
  const [reasons, setReasons] = useState('');
  const run = useRef(0);
  const id = useId();
  const onChange = (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    const current = ++run.current;
    setReasons('');
    if (!file) return setResult(undefined);
    setResult({ state: 'working' });
    void (async () => {
      const inspected = await inspectFile(file, thresholds);
      if (current !== run.current) return;
      if (!inspected.type || !IMAGES.has(inspected.type)) {
        const tooLarge = inspected.findings.find((finding) => finding.id === 'too-large');
        return setResult({ state: 'not-image', ...(tooLarge ? { advice: pickText(tooLarge.message, locale) } : {}) });
      }
      setReasons(inspected.repair && inspected.repair.length > 0 ? i18n.t('tools.upload.repairWhy', [reasonText(inspected.repair)]) : '');
      const outcome = await repairImage(file, thresholds, loadHeic);
      if (current !== run.current) return;
      setResult(outcome.ok ? { state: 'done', image: outcome.image, placed: false } : { state: 'failed', failure: outcome.failure, maxBytes: thresholds.maxBytes });
    })().catch(() => current === run.current && setResult({ state: 'failed', failure: 'undecodable', maxBytes: thresholds.maxBytes }));
  };
  return (
    <div class="pt-root pt-tool" data-testid="upload-fix-tool">
      <label class="pt-label" for={id}>
        {i18n.t('tools.upload.fixPick')}
      </label>
      <input id={id} class="pt-file-input" type="file" accept="image/*,.heic,.heif" data-testid="upload-fix" onChange={onChange} />
      <p class="pt-muted">
        {i18n.t('tools.upload.repairWhat', [String(thresholds.maxPixelsSide), (thresholds.maxBytes / (1024 * 1024)).toFixed(1)])}
      </p>
      <div aria-live="polite">
        {reasons && <p class="pt-muted">{reasons}</p>}
        {result?.state === 'not-image' ? (
          <p role="alert" data-testid="upload-fix-failed" data-failure="not-image">
            {i18n.t('tools.upload.fixNotImage')} {result.advice ?? ''}
          </p>
        ) : (
          result && <RepairResult result={result} placedText={false} />
        )}
      </div>
    </div>
  );
}
