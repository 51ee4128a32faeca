/**
 * When a picked image should be remade before upload, and how: the reasons, the target size and
 * the JPEG quality/scale steps. Pure: the encoding itself is in components/tools/repair-image.ts.
 */
import type { FileTypeId } from './file-type';
import { displayedSize, type ImageHeader } from './image-header';
import type { UploadThresholds } from './upload-thresholds';

export type RepairReason = 'heic' | 'format' | 'too-many-bytes' | 'too-many-pixels' | 'png-photo' | 'exif-rotation';

/** Formats a browser can open (Chromium decodes all of these; HEIC needs the decoder module). */
const REPAIRABLE = new Set<FileTypeId>(['jpeg', 'png', 'gif', 'bmp', 'webp', 'avif', 'heic']);
/** A PNG this large is a photo saved in the wrong format: many times the bytes of the same JPEG. */
const PNG_PHOTO_PIXELS = 3_000_000;
const PNG_PHOTO_BYTES = 1024 * 1024;

export interface RepairFacts {
  type: FileTypeId | 'unknown';
  size: number;
  /** What the file's header says, where it could be read (not for HEIC or AVIF). */
  header?: ImageHeader | undefined;
}

/** Why this image should be remade as a JPEG before upload; empty when it can go as it is (or cannot be remade). */
export function repairReasons(facts: RepairFacts, thresholds: UploadThresholds): RepairReason[] {
  if (facts.type === 'unknown' || !REPAIRABLE.has(facts.type)) return [];
  const reasons: RepairReason[] = [];
  if (facts.type === 'heic') reasons.push('heic');
  else if (facts.type === 'webp' || facts.type === 'avif') reasons.push('format');
  if (facts.size > thresholds.maxBytes) reasons.push('too-many-bytes');
  const header = facts.header;
  if (header) {
    if (Math.max(header.width, header.height) > thresholds.maxPixelsSide) reasons.push('too-many-pixels');
    if (header.type === 'png' && header.width * header.height >= PNG_PHOTO_PIXELS && facts.size > PNG_PHOTO_BYTES) reasons.push('png-photo');
    if (header.orientation !== 1) reasons.push('exif-rotation');
  }
  return reasons;
}

/** The size to draw the image at: as shown (EXIF rotation applied), its long side within `maxSide`. */
export function fitWithin(width: number, height: number, maxSide: number): { width: number; height: number } {
  const long = Math.max(width, height);
  if (!(long > maxSide)) return { width, height };
  const scale = maxSide / long;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export function targetSize(header: Pick<ImageHeader, 'width' | 'height' | 'orientation'>, maxSide: number): { width: number; height: number } {
  const shown = displayedSize(header);
  return fitWithin(shown.width, shown.height, maxSide);
}

export interface EncodeAttempt {
  /** Of the target size (1 = as planned). */
  scale: number;
  quality: number;
}

export const FIRST_ATTEMPT: EncodeAttempt = { scale: 1, quality: 0.9 };
export const MAX_ATTEMPTS = 8;
const LOWEST_QUALITY = 0.6;
/** Aim a little under the limit: JPEG size does not follow the pixel count exactly. */
const HEADROOM = 0.9;

/**
 * The next quality and scale to try after an attempt gave `bytes` against a limit of `maxBytes`, or
 * undefined when it fits. Quality goes down first (0.9 → 0.6); then the picture gets smaller, by
 * the area the bytes say it must lose.
 */
export function nextAttempt(previous: EncodeAttempt, bytes: number, maxBytes: number): EncodeAttempt | undefined {
  if (bytes <= maxBytes) return undefined;
  if (previous.quality > LOWEST_QUALITY + 1e-9) {
    return { scale: previous.scale, quality: Math.max(LOWEST_QUALITY, Math.round((previous.quality - 0.1) * 10) / 10) };
  }
  const areaRatio = (maxBytes * HEADROOM) / bytes;
  const scale = previous.scale * Math.min(0.9, Math.sqrt(areaRatio));
  return { scale, quality: LOWEST_QUALITY };
}
