/**
 * File type by magic bytes, for the handful of formats users try to upload. Hand-written on purpose:
 * a general sniffing library is larger than all of our tools together.
 */
export type FileTypeId =
  | 'jpeg'
  | 'png'
  | 'gif'
  | 'bmp'
  | 'pdf'
  | 'webp'
  | 'heic'
  | 'avif'
  | 'video'
  | 'tiff'
  | 'zip'
  | 'ooxml'
  | 'doc';

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

function ascii(bytes: Uint8Array, start: number, length: number): string {
  let s = '';
  for (let i = start; i < start + length && i < bytes.length; i++) s += String.fromCharCode(bytes[i] ?? 0);
  return s;
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
}

/** The major and compatible brands of an ISO-BMFF `ftyp` box at the start of the file. */
function ftypBrands(bytes: Uint8Array): string[] {
  if (bytes.length < 12 || ascii(bytes, 4, 4) !== 'ftyp') return [];
  const boxSize = (((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0)) >>> 0;
  const end = Math.min(boxSize >= 16 ? boxSize : 16, bytes.length);
  const brands = [ascii(bytes, 8, 4)];
  for (let i = 16; i + 4 <= end; i += 4) brands.push(ascii(bytes, i, 4));
  return brands;
}

export function sniffFileType(bytes: Uint8Array): FileTypeId | 'unknown' {
  if (!(bytes instanceof Uint8Array) || bytes.length < 2) return 'unknown';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (/^GIF8[79]a/.test(ascii(bytes, 0, 6))) return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return 'pdf';
  const brands = ftypBrands(bytes);
  if (brands.some((b) => AVIF_BRANDS.has(b))) return 'avif';
  if (brands.some((b) => HEIC_BRANDS.has(b))) return 'heic';
  if (brands.length > 0) return 'video';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const firstEntry = ascii(bytes, 30, 19);
    return firstEntry === '[Content_Types].xml' || /^(word|xl|ppt|docProps|_rels)\//.test(firstEntry) ? 'ooxml' : 'zip';
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  // "BM" alone is too weak; also require a known DIB header size when the header is there.
  const dibHeaderSize = [12, 40, 52, 56, 64, 108, 124].includes(bytes[14] ?? 0) && startsWith(bytes, [0, 0, 0], 15);
  if (ascii(bytes, 0, 2) === 'BM' && dibHeaderSize) return 'bmp';
  return 'unknown';
}
