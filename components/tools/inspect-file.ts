import { checkUploadFile, sniffFileType, type UploadFinding, type UploadThresholds } from '../../tools/file-check';

/** Image decoding result for checkUploadFile: the dimensions, or why the image did not decode. */
export type DecodedImage = { width: number; height: number } | { error: string };
export type ImageDecoder = (file: Blob) => Promise<DecodedImage | undefined>;

const HEAD_BYTES = 64;
const TAIL_BYTES = 16;
/** Larger images are not decoded: decoding them costs memory the user's tab may not have. */
const MAX_DECODE_BYTES = 40 * 1024 * 1024;
const DECODE_TIMEOUT_MS = 4000;
const DECODABLE = new Set(['jpeg', 'png', 'gif', 'bmp']);

/** Decodes with createImageBitmap (where the browser has it), closes the bitmap at once, gives up after a few seconds. */
export const decodeWithImageBitmap: ImageDecoder = async (file) => {
  if (typeof createImageBitmap !== 'function') return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), DECODE_TIMEOUT_MS);
  });
  const decode = createImageBitmap(file).then(
    (bitmap): DecodedImage => {
      const size = { width: bitmap.width, height: bitmap.height };
      bitmap.close();
      return size;
    },
    (error: unknown): DecodedImage => ({ error: error instanceof Error ? error.message : String(error) }),
  );
  try {
    return await Promise.race([decode, timeout]);
  } finally {
    clearTimeout(timer);
  }
};

async function bytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

export interface InspectedFile {
  name: string;
  findings: UploadFinding[];
}

/**
 * Reads only the first 64 and the last 16 bytes of a picked file (and decodes it when it is a plain
 * image of a sane size), then asks checkUploadFile what to tell the user. Keeps nothing; never throws.
 */
export async function inspectFile(file: File, thresholds: UploadThresholds, decode: ImageDecoder = decodeWithImageBitmap): Promise<InspectedFile> {
  const name = typeof file?.name === 'string' ? file.name : '';
  try {
    const size = file.size;
    const head = await bytes(file.slice(0, HEAD_BYTES));
    const tail = size > HEAD_BYTES ? await bytes(file.slice(size - TAIL_BYTES)) : head.subarray(Math.max(0, head.length - TAIL_BYTES));
    const type = sniffFileType(head);
    const image = DECODABLE.has(type) && size > 0 && size <= MAX_DECODE_BYTES ? await decode(file).catch(() => undefined) : undefined;
    return { name, findings: checkUploadFile({ name, size, head, tail, ...(image ? { image } : {}) }, thresholds) };
  } catch {
    return { name, findings: checkUploadFile({ name, size: file?.size ?? 0, head: new Uint8Array() }, thresholds) };
  }
}

export type FindingLevel = UploadFinding['level'];

/** The most serious level among the findings: what the tip's colour and `data-level` show. */
export function worstLevel(findings: readonly UploadFinding[]): FindingLevel {
  if (findings.some((finding) => finding.level === 'warn')) return 'warn';
  if (findings.some((finding) => finding.level === 'info')) return 'info';
  return 'ok';
}
