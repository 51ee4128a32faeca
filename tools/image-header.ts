/**
 * Image dimensions (and a JPEG's EXIF orientation) read from the file's own header, without
 * decoding a pixel: a 48-megapixel photo costs a few kilobytes to measure instead of 190 MB.
 */
import { sniffFileType } from './file-type';

export type HeaderImageType = 'jpeg' | 'png' | 'gif' | 'webp' | 'bmp';

export interface ImageHeader {
  type: HeaderImageType;
  /** As stored in the file, before any EXIF rotation. */
  width: number;
  height: number;
  /** EXIF orientation 1–8 (JPEG only; 1 when there is none). 5–8 swap width and height on screen. */
  orientation: number;
}

/** More of the file is needed: read its first `bytes` bytes and ask again. */
export interface NeedMoreBytes {
  needBytes: number;
}

export type HeaderReading = ImageHeader | NeedMoreBytes | undefined;

/** How far into a JPEG we look for its frame header (EXIF, ICC and XMP segments come first). */
export const MAX_HEADER_BYTES = 1024 * 1024;

const u16be = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u16le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, i: number) => (u16be(b, i) * 0x10000 + u16be(b, i + 2)) >>> 0;
const u32le = (b: Uint8Array, i: number) => (u16le(b, i) + u16le(b, i + 2) * 0x10000) >>> 0;
const i32le = (b: Uint8Array, i: number) => u32le(b, i) | 0;

function sized(type: HeaderImageType, width: number, height: number, orientation = 1): ImageHeader | undefined {
  return width > 0 && height > 0 ? { type, width, height, orientation } : undefined;
}

/** The orientation tag (0x0112) of IFD0 in an APP1 "Exif\0\0" payload starting at `start`. */
export function exifOrientation(bytes: Uint8Array, start: number, end: number): number {
  const tiff = start + 6;
  if (end - tiff < 8) return 1;
  const little = bytes[tiff] === 0x49 && bytes[tiff + 1] === 0x49;
  if (!little && !(bytes[tiff] === 0x4d && bytes[tiff + 1] === 0x4d)) return 1;
  const u16 = little ? u16le : u16be;
  const u32 = little ? u32le : u32be;
  const ifd = tiff + u32(bytes, tiff + 4);
  if (ifd + 2 > end) return 1;
  const count = u16(bytes, ifd);
  for (let n = 0; n < count; n++) {
    const entry = ifd + 2 + n * 12;
    if (entry + 12 > end) return 1;
    if (u16(bytes, entry) === 0x0112) {
      const value = u16(bytes, entry + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpegHeader(bytes: Uint8Array): HeaderReading {
  let orientation = 1;
  let at = 2;
  while (at < MAX_HEADER_BYTES) {
    if (at + 4 > bytes.length) return { needBytes: at + 4 };
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return undefined; // image data before any frame header
    const length = u16be(bytes, at + 2);
    if (length < 2) return undefined;
    const end = at + 2 + length;
    if (SOF_MARKERS.has(marker)) {
      if (at + 9 > bytes.length) return { needBytes: at + 9 };
      return sized('jpeg', u16be(bytes, at + 7), u16be(bytes, at + 5), orientation);
    }
    if (marker === 0xe1 && orientation === 1) {
      if (end > bytes.length) return { needBytes: end };
      const isExif = bytes[at + 4] === 0x45 && bytes[at + 5] === 0x78 && bytes[at + 6] === 0x69 && bytes[at + 7] === 0x66;
      if (isExif) orientation = exifOrientation(bytes, at + 4, end);
    }
    at = end;
  }
  return undefined;
}

function webpHeader(bytes: Uint8Array): HeaderReading {
  if (bytes.length < 16) return { needBytes: 30 };
  const chunk = String.fromCharCode(bytes[12] ?? 0, bytes[13] ?? 0, bytes[14] ?? 0, bytes[15] ?? 0);
  const needed = chunk === 'VP8L' ? 25 : 30;
  if (bytes.length < needed) return { needBytes: needed };
  if (chunk === 'VP8 ') {
    // Key frame: 3-byte frame tag, start code 9d 01 2a, then 14-bit width and height.
    if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) return undefined;
    return sized('webp', u16le(bytes, 26) & 0x3fff, u16le(bytes, 28) & 0x3fff);
  }
  if (chunk === 'VP8L') {
    if (bytes[20] !== 0x2f) return undefined;
    const bits = u32le(bytes, 21);
    return sized('webp', (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X') return sized('webp', u24le(bytes, 24) + 1, u24le(bytes, 27) + 1);
  return undefined;
}

function bmpHeader(bytes: Uint8Array): HeaderReading {
  if (bytes.length < 26) return { needBytes: 26 };
  const dib = u32le(bytes, 14);
  if (dib === 12) return sized('bmp', u16le(bytes, 18), u16le(bytes, 20));
  // A negative height means the rows are stored top-down.
  return sized('bmp', Math.abs(i32le(bytes, 18)), Math.abs(i32le(bytes, 22)));
}

/**
 * What the header says about an image file given its first bytes: the dimensions, a request for
 * more bytes (JPEG metadata can come before the frame header), or undefined when it is not one of
 * these images or the header is damaged.
 */
export function readImageHeader(bytes: Uint8Array): HeaderReading {
  if (!(bytes instanceof Uint8Array)) return undefined;
  const type = sniffFileType(bytes);
  switch (type) {
    case 'jpeg':
      return jpegHeader(bytes);
    case 'png': {
      if (bytes.length < 24) return { needBytes: 24 };
      if (String.fromCharCode(bytes[12] ?? 0, bytes[13] ?? 0, bytes[14] ?? 0, bytes[15] ?? 0) !== 'IHDR') return undefined;
      return sized('png', u32be(bytes, 16), u32be(bytes, 20));
    }
    case 'gif':
      if (bytes.length < 10) return { needBytes: 10 };
      return sized('gif', u16le(bytes, 6), u16le(bytes, 8));
    case 'webp':
      return webpHeader(bytes);
    case 'bmp':
      return bmpHeader(bytes);
    default:
      return undefined;
  }
}

export function isImageHeader(reading: HeaderReading): reading is ImageHeader {
  return !!reading && 'width' in reading;
}

/** Width and height as the image is shown, after its EXIF rotation. */
export function displayedSize(header: Pick<ImageHeader, 'width' | 'height' | 'orientation'>): { width: number; height: number } {
  return header.orientation >= 5 ? { width: header.height, height: header.width } : { width: header.width, height: header.height };
}
