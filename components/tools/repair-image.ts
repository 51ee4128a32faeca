/**
 * 一键修复: remakes a picked image as a JPEG the platform takes (long side and bytes within the
 * thresholds, EXIF rotation applied, metadata dropped by re-encoding), one file at a time. The
 * original file is only read. HEIC goes through the decoder module, loaded on first use.
 */
import { sniffFileType } from '../../tools/file-type';
import { safeUploadName } from '../../tools/file-name';
import { FIRST_ATTEMPT, MAX_ATTEMPTS, fitWithin, nextAttempt, type EncodeAttempt } from '../../tools/image-repair';
import type { UploadThresholds } from '../../tools/upload-thresholds';
import type { DecodedPixels } from './heic-decoder';

export type HeicDecode = (bytes: Uint8Array) => Promise<DecodedPixels>;

export interface RepairedImage {
  file: File;
  width: number;
  height: number;
}

export type RepairFailure = 'heic-unavailable' | 'undecodable' | 'no-canvas' | 'cannot-fit';
export type RepairOutcome = { ok: true; image: RepairedImage } | { ok: false; failure: RepairFailure; detail: string };

type Canvas2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;
interface Surface {
  context: Canvas2D;
  encode(quality: number): Promise<Blob | null>;
}

function surface(width: number, height: number): Surface | undefined {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (context && typeof canvas.convertToBlob === 'function') {
      return { context, encode: (quality) => canvas.convertToBlob({ type: 'image/jpeg', quality }) };
    }
  }
  // Older cores: a canvas element that is never attached to any page.
  if (typeof document === 'undefined') return undefined;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  return { context, encode: (quality) => new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality)) };
}

async function decode(file: File, decodeHeic: (() => Promise<HeicDecode>) | undefined): Promise<ImageBitmap> {
  const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
  if (sniffFileType(head) === 'heic') {
    if (!decodeHeic) throw Object.assign(new Error('HEIC decoding is not available here'), { failure: 'heic-unavailable' });
    let decoder: HeicDecode;
    try {
      decoder = await decodeHeic();
    } catch (error) {
      throw Object.assign(new Error(String(error)), { failure: 'heic-unavailable' });
    }
    const pixels = await decoder(new Uint8Array(await file.arrayBuffer()));
    return createImageBitmap(new ImageData(pixels.data, pixels.width, pixels.height));
  }
  // 'from-image': the photo turned the way its EXIF orientation says, as the user sees it.
  return createImageBitmap(file, { imageOrientation: 'from-image' });
}

/** Draws the bitmap at `attempt`'s size on white (transparent PNG areas would turn black in a JPEG) and encodes it. */
async function encode(bitmap: ImageBitmap, size: { width: number; height: number }, attempt: EncodeAttempt): Promise<{ blob: Blob; width: number; height: number } | undefined> {
  const width = Math.max(1, Math.round(size.width * attempt.scale));
  const height = Math.max(1, Math.round(size.height * attempt.scale));
  const target = surface(width, height);
  if (!target) return undefined;
  const { context } = target;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  const blob = await target.encode(attempt.quality);
  return blob ? { blob, width, height } : undefined;
}

/**
 * The repaired JPEG of `file`, or why there is none. `decodeHeic` loads the HEIC decoder (left out
 * where it cannot run). Decodes once; at most MAX_ATTEMPTS encodings, lowering quality, then size.
 */
export async function repairImage(file: File, thresholds: UploadThresholds, decodeHeic?: () => Promise<HeicDecode>): Promise<RepairOutcome> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await decode(file, decodeHeic);
  } catch (error) {
    const failure = (error as { failure?: RepairFailure }).failure ?? 'undecodable';
    return { ok: false, failure, detail: error instanceof Error ? error.message : String(error) };
  }
  try {
    const size = fitWithin(bitmap.width, bitmap.height, thresholds.maxPixelsSide);
    let attempt: EncodeAttempt | undefined = FIRST_ATTEMPT;
    for (let n = 0; attempt && n < MAX_ATTEMPTS; n++) {
      const result = await encode(bitmap, size, attempt);
      if (!result) return { ok: false, failure: 'no-canvas', detail: 'no canvas to encode with' };
      attempt = nextAttempt(attempt, result.blob.size, thresholds.maxBytes);
      if (!attempt) {
        const name = safeUploadName(file.name, thresholds.maxNameLength, 'jpg');
        const repaired = new File([result.blob], name, { type: 'image/jpeg', lastModified: Date.now() });
        return { ok: true, image: { file: repaired, width: result.width, height: result.height } };
      }
    }
    return { ok: false, failure: 'cannot-fit', detail: `still over ${thresholds.maxBytes} bytes after ${MAX_ATTEMPTS} attempts` };
  } finally {
    bitmap.close();
  }
}

/** The same bytes under a name the platform takes (for files that need nothing but a new name). */
export function renamedCopy(file: File, name: string): File {
  return new File([file], name, { type: file.type, lastModified: file.lastModified });
}
