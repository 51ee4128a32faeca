import { checkUploadFile, sniffFileType, type FileTypeId, type UploadFinding, type UploadThresholds } from '../../tools/file-check';
import { displayedSize, isImageHeader, MAX_HEADER_BYTES, readImageHeader, type ImageHeader } from '../../tools/image-header';
import { repairReasons, type RepairReason } from '../../tools/image-repair';
import { safeUploadName } from '../../tools/file-name';

const HEAD_BYTES = 64;
const TAIL_BYTES = 16;
/** Enough for a JPEG's frame header in almost every photo; more is read only when the header says so. */
const FIRST_HEADER_READ = 64 * 1024;
const HEADER_TYPES = new Set<FileTypeId | 'unknown'>(['jpeg', 'png', 'gif', 'bmp', 'webp']);
/** Names the repair renames (the platform refuses or mangles them). */
const NAME_FINDINGS = new Set(['name-special-chars', 'name-emoji', 'name-too-long', 'name-spaces', 'name-fullwidth']);

async function bytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** The header of an image file, from its first kilobytes (never the whole file, never decoded). */
export async function readHeaderOf(file: Blob): Promise<ImageHeader | undefined> {
  let length = Math.min(file.size, FIRST_HEADER_READ);
  for (let round = 0; round < 4; round++) {
    const reading = readImageHeader(await bytes(file.slice(0, length)));
    if (!reading || isImageHeader(reading)) return reading;
    const wanted = Math.min(file.size, MAX_HEADER_BYTES, Math.max(reading.needBytes, length * 2));
    if (wanted <= length) return undefined;
    length = wanted;
  }
  return undefined;
}

export interface InspectedFile {
  name: string;
  findings: UploadFinding[];
  /** The picked file itself (a handle: nothing of it is kept in memory). */
  file?: File;
  type?: FileTypeId | 'unknown';
  /** Why the helper offers to remake it as a JPEG; empty when it need not or cannot. */
  repair?: RepairReason[];
  /** A name the platform takes, when this one has characters it may refuse. */
  saferName?: string;
  /** The limits it was checked against (the repair aims within them). */
  thresholds?: UploadThresholds;
}

/**
 * Reads the first 64 and the last 16 bytes of a picked file, and an image's header (its first
 * kilobytes) for its size and EXIF rotation, then asks checkUploadFile what to tell the user.
 * Nothing is decoded and nothing kept but the file's handle; never throws.
 */
export async function inspectFile(file: File, thresholds: UploadThresholds): Promise<InspectedFile> {
  const name = typeof file?.name === 'string' ? file.name : '';
  try {
    const size = file.size;
    const head = await bytes(file.slice(0, HEAD_BYTES));
    const tail = size > HEAD_BYTES ? await bytes(file.slice(size - TAIL_BYTES)) : head.subarray(Math.max(0, head.length - TAIL_BYTES));
    const type = sniffFileType(head);
    const header = HEADER_TYPES.has(type) && size > 0 ? await readHeaderOf(file) : undefined;
    const image = header ? displayedSize(header) : HEADER_TYPES.has(type) && size > 0 ? { error: 'unreadable header' } : undefined;
    const findings = checkUploadFile({ name, size, head, tail, ...(image ? { image } : {}) }, thresholds);
    const damaged = findings.some((finding) => finding.id === 'truncated' || finding.id === 'image-undecodable');
    const repair = damaged ? [] : repairReasons({ type, size, header }, thresholds);
    const renamed = findings.some((finding) => NAME_FINDINGS.has(finding.id)) ? safeUploadName(name.trim(), thresholds.maxNameLength) : undefined;
    return { name, findings, file, type, repair, thresholds, ...(renamed && renamed !== name ? { saferName: renamed } : {}) };
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
