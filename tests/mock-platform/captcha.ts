import { deflateSync } from 'node:zlib';

/** 3×5 bitmaps of the digits 0-9, one string of 15 bits per digit, row by row. */
const DIGITS = [
  '111101101101111', '010110010010111', '111001111100111', '111001111001111', '101101111001001',
  '111100111001111', '111100111101111', '111001001001001', '111101111101111', '111101111001111',
];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes 8-bit grayscale pixels (row-major, one byte each) as a PNG file. */
export function grayscalePng(width: number, height: number, pixels: Buffer): Buffer {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) pixels.copy(raw, y * (width + 1) + 1, y * width, (y + 1) * width);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // grayscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A 16×16 favicon (a dark square with a light border), so browsers do not log a 404. */
export const faviconPng: Buffer = grayscalePng(
  16,
  16,
  Buffer.from(Array.from({ length: 256 }, (_, i) => (i % 16 === 0 || i % 16 === 15 || i < 16 || i >= 240 ? 0xe0 : 0x30))),
);

/**
 * A real 96×32 grayscale PNG showing `code` (digits) in a blocky font over speckle noise,
 * like a kaptcha image. `seed` makes the noise reproducible.
 */
export function captchaPng(code: string, seed = 1): Buffer {
  const width = 96;
  const height = 32;
  const scale = 4;
  const pixels = Buffer.alloc(width * height, 0xf2);
  let state = seed >>> 0 || 1;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 0x100000000;
  };
  for (let i = 0; i < pixels.length; i++) if (random() < 0.08) pixels[i] = 0x90;
  [...code].forEach((ch, index) => {
    const bitmap = DIGITS[Number(ch)] ?? DIGITS[0] ?? '';
    const left = 10 + index * 20;
    const top = 4 + Math.floor(random() * 6);
    for (let row = 0; row < 5; row++)
      for (let col = 0; col < 3; col++) {
        if (bitmap[row * 3 + col] !== '1') continue;
        for (let dy = 0; dy < scale; dy++)
          for (let dx = 0; dx < scale; dx++) pixels[(top + row * scale + dy) * width + left + col * scale + dx] = 0x1a;
      }
  });
  return grayscalePng(width, height, pixels);
}

/** A fresh captcha: four random digits and their image. */
export function newCaptcha(): { code: string; png: Buffer } {
  const code = String(Math.floor(Math.random() * 10000)).padStart(4, '0');
  return { code, png: captchaPng(code, Math.floor(Math.random() * 0xffffffff)) };
}
