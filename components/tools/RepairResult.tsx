import { useEffect, useMemo } from 'preact/hooks';
import { i18n } from '#i18n';
import type { RepairFailure, RepairedImage } from './repair-image';

export type RepairState =
  | { state: 'working' }
  | { state: 'done'; image: RepairedImage; placed: boolean; renameOnly?: boolean }
  | { state: 'failed'; failure: RepairFailure; maxBytes: number };

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

const failureText = (failure: RepairFailure, maxBytes: number) => {
  switch (failure) {
    case 'heic-unavailable':
      return i18n.t('tools.upload.failHeic');
    case 'undecodable':
      return i18n.t('tools.upload.failUndecodable');
    case 'no-canvas':
      return i18n.t('tools.upload.failNoCanvas');
    case 'cannot-fit':
      return i18n.t('tools.upload.failCannotFit', [megabytes(maxBytes)]);
  }
};

/** What the repair made (with its download), or why it could not. */
export function RepairResult({ result, placedText }: { result: RepairState; placedText?: boolean }) {
  const done = result.state === 'done' ? result : undefined;
  const href = useMemo(() => (done ? URL.createObjectURL(done.image.file) : undefined), [done?.image.file]);
  useEffect(() => () => href && URL.revokeObjectURL(href), [href]);
  if (result.state === 'working') return <p class="pt-muted" role="status">{i18n.t('tools.upload.repairing')}</p>;
  if (result.state === 'failed') {
    return (
      <p class="pt-repair-failed" role="alert" data-testid="upload-fix-failed" data-failure={result.failure}>
        {failureText(result.failure, result.maxBytes)}
      </p>
    );
  }
  const { file, width, height } = result.image;
  const details: [string, string, string, string] = [file.name, String(width), String(height), megabytes(file.size)];
  const text = result.renameOnly
    ? i18n.t('tools.upload.placedRename', [file.name])
    : result.placed
      ? i18n.t('tools.upload.placed', details)
      : placedText === false
        ? i18n.t('tools.upload.ready', details)
        : i18n.t('tools.upload.notPlaced', details);
  return (
    <div
      class="pt-repair-result"
      data-testid="upload-fix-result"
      data-bytes={file.size}
      data-width={width}
      data-height={height}
      data-type={file.type}
      data-name={file.name}
      data-placed={String(result.placed)}
    >
      <p role="status">{result.renameOnly && !result.placed ? i18n.t('tools.upload.renameWhat', [file.name]) : text}</p>
      {href && (
        <a class="pt-button pt-button-secondary" href={href} download={file.name} data-testid="upload-fix-download">
          {i18n.t('tools.upload.download')}
        </a>
      )}
    </div>
  );
}
