import { describe, expect, it } from 'vitest';
import { displayedSize, isImageHeader, readImageHeader, type HeaderReading } from '../../../tools/image-header';
import { bmpHeader, gifHeader, jpegHeader, pngHeader, webpHeader } from '../../fixtures/image-bytes';

const size = (reading: HeaderReading) => (isImageHeader(reading) ? [reading.type, reading.width, reading.height, reading.orientation] : reading);

describe('readImageHeader', () => {
  it.each<[string, Uint8Array, unknown[]]>([
    ['JPEG (SOF0)', jpegHeader(8000, 6000), ['jpeg', 8000, 6000, 1]],
    ['JPEG with EXIF orientation 6 (big-endian)', jpegHeader(4032, 3024, { orientation: 6 }), ['jpeg', 4032, 3024, 6]],
    ['JPEG with EXIF orientation 8 (little-endian)', jpegHeader(4032, 3024, { orientation: 8, littleEndian: true }), ['jpeg', 4032, 3024, 8]],
    ['PNG', pngHeader(1920, 1080), ['png', 1920, 1080, 1]],
    ['GIF', gifHeader(640, 480), ['gif', 640, 480, 1]],
    ['BMP', bmpHeader(1024, 768), ['bmp', 1024, 768, 1]],
    ['BMP stored top-down', bmpHeader(1024, -768), ['bmp', 1024, 768, 1]],
    ['WebP lossy', webpHeader('VP8 ', 4000, 3000), ['webp', 4000, 3000, 1]],
    ['WebP lossless', webpHeader('VP8L', 1200, 900), ['webp', 1200, 900, 1]],
    ['WebP extended', webpHeader('VP8X', 16383, 9000), ['webp', 16383, 9000, 1]],
  ])('%s', (_label, bytes, expected) => {
    expect(size(readImageHeader(bytes))).toEqual(expected);
  });

  it('asks for more bytes when the frame header lies beyond what it was given', () => {
    const bytes = jpegHeader(6000, 4000, { paddingSegments: 2 });
    const first = readImageHeader(bytes.subarray(0, 64 * 1024));
    expect(first).toEqual({ needBytes: expect.any(Number) });
    const needed = (first as { needBytes: number }).needBytes;
    expect(needed).toBeGreaterThan(64 * 1024);
    expect(size(readImageHeader(bytes))).toEqual(['jpeg', 6000, 4000, 1]);
  });

  it.each<[string, Uint8Array]>([
    ['not an image', Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])],
    ['JPEG whose data starts before any frame header', Uint8Array.from([0xff, 0xd8, 0xff, 0xda, 0, 2, 0, 0])],
    ['JPEG with a broken segment', Uint8Array.from([0xff, 0xd8, 0x12, 0x34, 0, 0, 0, 0])],
    ['PNG without IHDR first', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x44, 0x41, 0x54, 0, 0, 1, 0, 0, 0, 1, 0])],
    ['PNG of zero width', pngHeader(0, 100)],
  ])('%s → undefined', (_label, bytes) => {
    expect(readImageHeader(bytes)).toBeUndefined();
  });

  it('never throws on cut or random bytes', () => {
    const samples = [jpegHeader(100, 100, { orientation: 6 }), pngHeader(10, 10), webpHeader('VP8X', 5, 5), bmpHeader(3, 3)];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (const sample of samples) {
      for (let cut = 0; cut <= sample.length; cut++) expect(() => readImageHeader(sample.subarray(0, cut))).not.toThrow();
      for (let n = 0; n < 200; n++) {
        const copy = sample.slice();
        copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
        expect(() => readImageHeader(copy)).not.toThrow();
      }
    }
  });
});

describe('displayedSize', () => {
  it.each([
    [1, { width: 4032, height: 3024 }],
    [3, { width: 4032, height: 3024 }],
    [6, { width: 3024, height: 4032 }],
    [8, { width: 3024, height: 4032 }],
  ])('orientation %i', (orientation, expected) => {
    expect(displayedSize({ width: 4032, height: 3024, orientation })).toEqual(expected);
  });
});
