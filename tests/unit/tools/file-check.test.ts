import { describe, expect, it } from 'vitest';
import {
  checkUploadFile,
  defaultUploadThresholds,
  type FileTypeId,
  sniffFileType,
  type UploadFileInput,
  type UploadFindingId,
} from '../../../tools/file-check';

/** Bytes from numbers and ASCII strings, padded with zeros to `length`. */
function bytes(parts: (number[] | string)[], length = 64): Uint8Array {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === 'string') for (const ch of part) out.push(ch.charCodeAt(0));
    else out.push(...part);
  }
  while (out.length < length) out.push(0);
  return Uint8Array.from(out);
}

const be32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const ftyp = (major: string, ...compatible: string[]) => bytes([be32(16 + 4 * compatible.length), 'ftyp', major, [0, 0, 0, 0], ...compatible]);
const zipEntry = (name: string) => bytes([[0x50, 0x4b, 0x03, 0x04], new Array<number>(26).fill(0), name]);

const SAMPLES: Record<FileTypeId, Uint8Array> = {
  jpeg: bytes([[0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF']),
  png: bytes([[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], 'IHDR']),
  gif: bytes(['GIF89a']),
  bmp: bytes(['BM', [0x36, 0x10, 0x0e, 0, 0, 0, 0, 0, 0x36, 0, 0, 0], [40, 0, 0, 0]]),
  pdf: bytes(['%PDF-1.7\n%âãÏÓ']),
  webp: bytes(['RIFF', [0x24, 0x10, 0, 0], 'WEBPVP8 ']),
  heic: ftyp('heic', 'mif1', 'heic'),
  avif: ftyp('avif', 'avif', 'mif1', 'miaf'),
  video: ftyp('isom', 'isom', 'iso2', 'mp41'),
  tiff: bytes([[0x49, 0x49, 0x2a, 0x00, 0x08, 0, 0, 0]]),
  zip: zipEntry('notes.txt'),
  ooxml: zipEntry('[Content_Types].xml'),
  doc: bytes([[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]]),
};

describe('sniffFileType', () => {
  it.each(Object.entries(SAMPLES))('%s magic bytes', (type, head) => {
    expect(sniffFileType(head)).toBe(type);
  });

  it.each<[string, Uint8Array, FileTypeId | 'unknown']>([
    ['GIF87a', bytes(['GIF87a']), 'gif'],
    ['big-endian TIFF', bytes([[0x4d, 0x4d, 0x00, 0x2a]]), 'tiff'],
    ['HEIF with major brand mif1', ftyp('mif1', 'mif1', 'heic'), 'heic'],
    ['HEIC sequence (msf1/hevc)', ftyp('msf1', 'msf1', 'hevc'), 'heic'],
    ['heix', ftyp('heix', 'mif1'), 'heic'],
    ['AVIF sequence (avis)', ftyp('avis', 'msf1', 'avis'), 'avif'],
    ['AVIF with major brand mif1', ftyp('mif1', 'mif1', 'avif'), 'avif'],
    ['QuickTime video', ftyp('qt  ', 'qt  '), 'video'],
    ['Word document part first', zipEntry('word/document.xml'), 'ooxml'],
    ['empty ZIP', bytes([[0x50, 0x4b, 0x05, 0x06]]), 'zip'],
    ['PDF after a few junk bytes', bytes([[0xef, 0xbb, 0xbf], '%PDF-1.4']), 'pdf'],
    ['plain text', bytes(['hello, world']), 'unknown'],
    ['"BM" text', bytes(['BMW cars are fast, and so on']), 'unknown'],
    ['RIFF but WAVE', bytes(['RIFF', [0, 0, 0, 0], 'WAVE']), 'unknown'],
    ['empty', new Uint8Array(), 'unknown'],
    ['one byte', Uint8Array.of(0xff), 'unknown'],
    ['JPEG cut after two bytes', Uint8Array.of(0xff, 0xd8), 'unknown'],
  ])('%s → %s', (_label, head, type) => {
    expect(sniffFileType(head)).toBe(type);
  });
});

const ids = (input: UploadFileInput, thresholds = defaultUploadThresholds): UploadFindingId[] =>
  checkUploadFile(input, thresholds).map((f) => f.id);

const file = (name: string, head: Uint8Array, extra: Partial<UploadFileInput> = {}): UploadFileInput => ({
  name,
  size: 200_000,
  head,
  ...extra,
});

describe('checkUploadFile: type and extension', () => {
  it('an iPhone HEIC photo renamed to .jpg gets the exact advice', () => {
    const findings = checkUploadFile(file('营业执照.jpg', SAMPLES.heic), defaultUploadThresholds);
    expect(findings.map((f) => f.id)).toEqual(['heic-renamed']);
    expect(findings[0]?.level).toBe('warn');
    expect(findings[0]?.message.zh).toBe(
      '这是苹果手机的 HEIC 格式照片，只是文件名改成了 .jpg，平台无法识别。请用手机“设置-相机-格式-兼容性最佳”重拍，或用画图另存为 JPG。',
    );
    expect(findings[0]?.message.en).toContain('HEIC');
  });

  it.each<[string, Uint8Array, string]>([
    ['IMG_0001.HEIC', SAMPLES.heic, 'HEIC'],
    ['photo.webp', SAMPLES.webp, 'WebP'],
    ['photo.jpg', SAMPLES.webp, 'WebP'],
    ['photo.avif', SAMPLES.avif, 'AVIF'],
    ['scan.tif', SAMPLES.tiff, 'TIFF'],
    ['IMG_0002.jpg', SAMPLES.video, '视频'],
  ])('%s holding %s content → unsupported format', (name, head, label) => {
    const findings = checkUploadFile(file(name, head));
    expect(findings.map((f) => f.id)).toEqual(['unsupported-format']);
    expect(findings[0]?.level).toBe('warn');
    expect(findings[0]?.message.zh).toContain(label);
    expect(findings[0]?.message.zh).toContain('平台不认这种格式');
  });

  it.each<[string, Uint8Array, 'info' | 'warn']>([
    ['photo.jpg', SAMPLES.png, 'info'],
    ['scan.png', SAMPLES.jpeg, 'info'],
    ['licence.jpg', SAMPLES.pdf, 'warn'],
    ['report.pdf', SAMPLES.ooxml, 'warn'],
    ['report.docx', SAMPLES.doc, 'warn'],
  ])('%s with other content → type mismatch (%s)', (name, head, level) => {
    const findings = checkUploadFile(file(name, head));
    expect(findings.map((f) => f.id)).toEqual(['type-mismatch']);
    expect(findings[0]?.level).toBe(level);
  });

  it.each<[string, Uint8Array]>([
    ['licence.jpg', SAMPLES.jpeg],
    ['licence.JPEG', SAMPLES.jpeg],
    ['map.png', SAMPLES.png],
    ['approval.pdf', SAMPLES.pdf],
    ['form.docx', SAMPLES.ooxml],
    ['form.xls', SAMPLES.doc],
    ['bundle.zip', SAMPLES.zip],
  ])('%s with matching content → format-ok', (name, head) => {
    const findings = checkUploadFile(file(name, head));
    expect(findings.map((f) => [f.id, f.level])).toEqual([['format-ok', 'ok']]);
  });

  it('unrecognisable content under an image name is a warning, elsewhere a note', () => {
    const junk = bytes(['not an image at all']);
    expect(checkUploadFile(file('licence.jpg', junk))[0]).toMatchObject({ id: 'unknown-type', level: 'warn' });
    expect(checkUploadFile(file('notes.txt', junk))[0]).toMatchObject({ id: 'unknown-type', level: 'info' });
  });
});

describe('checkUploadFile: content', () => {
  it('an empty file is reported and nothing is said about its type', () => {
    expect(ids(file('licence.jpg', new Uint8Array(), { size: 0 }))).toEqual(['empty']);
    expect(ids(file('licence.jpg', SAMPLES.jpeg, { size: 0 }))).toEqual(['empty']);
  });

  it.each<[string, Uint8Array, Uint8Array, boolean]>([
    ['JPEG with EOI', SAMPLES.jpeg, Uint8Array.of(0x12, 0x34, 0xff, 0xd9), false],
    ['JPEG with EOI and padding', SAMPLES.jpeg, Uint8Array.of(0xff, 0xd9, 0, 0, 0), false],
    ['JPEG without EOI', SAMPLES.jpeg, Uint8Array.of(0x12, 0x34, 0x56, 0x78), true],
    ['PNG with IEND', SAMPLES.png, bytes([[0, 0, 0, 0], 'IEND', [0xae, 0x42, 0x60, 0x82]], 12), false],
    ['PNG without IEND', SAMPLES.png, bytes(['IDAT'], 12), true],
    ['PDF with %%EOF', SAMPLES.pdf, bytes(['startxref\n123\n%%EOF\n'], 20), false],
    ['PDF cut short', SAMPLES.pdf, bytes(['stream\nxyz'], 20), true],
    ['GIF (no end check)', SAMPLES.gif, Uint8Array.of(1, 2, 3), false],
  ])('%s → truncated: %s', (_label, head, tail, truncated) => {
    expect(ids(file('x.jpg', head, { tail })).includes('truncated')).toBe(truncated);
  });

  it('says nothing about truncation without the tail', () => {
    expect(ids(file('x.jpg', SAMPLES.jpeg))).not.toContain('truncated');
  });

  it.each<[UploadFileInput['image'], UploadFindingId | undefined]>([
    [{ width: 1200, height: 1600 }, undefined],
    [{ width: 8000, height: 6000 }, undefined],
    [{ width: 8001, height: 6000 }, 'image-too-big'],
    [{ width: 3000, height: 12000 }, 'image-too-big'],
    [{ width: 0, height: 0 }, 'image-undecodable'],
    [{ error: 'EncodingError: The source image cannot be decoded.' }, 'image-undecodable'],
  ])('image %j → %s', (image, expected) => {
    const found = ids(file('x.jpg', SAMPLES.jpeg, { image })).filter((id) => id.startsWith('image-'));
    expect(found).toEqual(expected ? [expected] : []);
  });

  it('warns above the size threshold, with the sizes in MB', () => {
    const big = checkUploadFile(file('x.jpg', SAMPLES.jpeg, { size: 6 * 1024 * 1024 }));
    const warning = big.find((f) => f.id === 'too-large');
    expect(warning?.message.zh).toContain('6.0 MB');
    expect(warning?.message.zh).toContain('5.0 MB');
    expect(ids(file('x.jpg', SAMPLES.jpeg, { size: 5 * 1024 * 1024 }))).not.toContain('too-large');
  });

  it('uses the thresholds it is given', () => {
    const strict = { maxBytes: 100_000, maxPixelsSide: 1000, maxNameLength: 5 };
    const found = ids(file('licence.jpg', SAMPLES.jpeg, { image: { width: 1200, height: 900 } }), strict);
    expect(found).toEqual(expect.arrayContaining(['too-large', 'image-too-big', 'name-too-long']));
  });
});

describe('checkUploadFile: file names', () => {
  it.each<[string, UploadFindingId[]]>([
    ['营业执照.jpg', []],
    ['license_2024-01.jpg', []],
    [`${'很长的文件名'.repeat(15)}.jpg`, ['name-too-long']],
    ['营业执照#1.jpg', ['name-special-chars']],
    ['a%20b.jpg', ['name-special-chars']],
    ['A&B+C;D.jpg', ['name-special-chars']],
    ['营业 执照.jpg', ['name-spaces']],
    ['营业\u3000执照.jpg', ['name-spaces']],
    ['营业执照（副本）.jpg', ['name-fullwidth']],
    ['营业执照，正本.jpg', ['name-fullwidth']],
    ['照片😀.jpg', ['name-emoji']],
    ['营业执照', ['name-no-extension']],
    ['.jpg', ['name-no-extension']],
    ['营业执照.jpg.jpg', ['name-double-extension']],
    ['scan.pdf.png', ['name-double-extension']],
    ['report.v2.jpg', []],
  ])('%j → %j', (name, expected) => {
    const found = ids(file(name, SAMPLES.jpeg)).filter((id) => id.startsWith('name-'));
    expect(found).toEqual(expected);
  });

  it('a program disguised as a picture gets a strong warning', () => {
    const findings = checkUploadFile(file('photo.jpg.exe', bytes(['MZ'])));
    const double = findings.find((f) => f.id === 'name-double-extension');
    expect(double?.level).toBe('warn');
    expect(double?.message.zh).toContain('程序');
  });

  it('lists each risky character once', () => {
    const message = checkUploadFile(file('a#b#c%.jpg', SAMPLES.jpeg)).find((f) => f.id === 'name-special-chars')?.message.zh;
    expect(message).toContain('# %');
    expect(message?.match(/#/g)).toHaveLength(1);
  });
});

describe('defaultUploadThresholds', () => {
  it('defaults are 5 MB, 8000 px', () => {
    expect(defaultUploadThresholds.maxBytes).toBe(5 * 1024 * 1024);
    expect(defaultUploadThresholds.maxPixelsSide).toBe(8000);
  });
});
