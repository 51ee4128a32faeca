import { describe, expect, it } from 'vitest';
import { checkUploadFile, defaultUploadThresholds } from '../../../tools/file-check';
import { safeUploadName } from '../../../tools/file-name';
import { FIRST_ATTEMPT, MAX_ATTEMPTS, fitWithin, nextAttempt, repairReasons, targetSize, type EncodeAttempt } from '../../../tools/image-repair';

const MB = 1024 * 1024;
const header = (type: 'jpeg' | 'png' | 'webp', width: number, height: number, orientation = 1) => ({ type, width, height, orientation });

describe('repairReasons', () => {
  it.each([
    ['a 9 MB 6000×4000 JPEG', { type: 'jpeg', size: 9 * MB, header: header('jpeg', 6000, 4000) }, ['too-many-bytes']],
    ['a small JPEG of 9000 px', { type: 'jpeg', size: 2 * MB, header: header('jpeg', 9000, 3000) }, ['too-many-pixels']],
    ['a HEIC photo (named anything)', { type: 'heic', size: 1.5 * MB }, ['heic']],
    ['a WebP picture', { type: 'webp', size: 300_000, header: header('webp', 800, 600) }, ['format']],
    ['an AVIF picture', { type: 'avif', size: 300_000 }, ['format']],
    ['a PNG photo', { type: 'png', size: 4 * MB, header: header('png', 3000, 2000) }, ['png-photo']],
    ['a rotated phone photo', { type: 'jpeg', size: 3 * MB, header: header('jpeg', 4032, 3024, 6) }, ['exif-rotation']],
    ['a fine JPEG', { type: 'jpeg', size: 2 * MB, header: header('jpeg', 4000, 3000) }, []],
    ['a screenshot PNG', { type: 'png', size: 500_000, header: header('png', 1920, 1080) }, []],
    ['a big PDF (cannot be repaired here)', { type: 'pdf', size: 20 * MB }, []],
    ['unknown bytes', { type: 'unknown', size: 20 * MB }, []],
  ] as const)('%s → %j', (_label, facts, expected) => {
    expect(repairReasons(facts, defaultUploadThresholds)).toEqual(expected);
  });
});

describe('target size', () => {
  it('keeps an image that fits, shrinks the long side to the limit', () => {
    expect(fitWithin(4000, 3000, 8000)).toEqual({ width: 4000, height: 3000 });
    expect(fitWithin(12000, 9000, 8000)).toEqual({ width: 8000, height: 6000 });
    expect(fitWithin(3000, 12000, 4000)).toEqual({ width: 1000, height: 4000 });
  });

  it('turns a photo on its side as its EXIF orientation says', () => {
    expect(targetSize({ width: 4032, height: 3024, orientation: 6 }, 8000)).toEqual({ width: 3024, height: 4032 });
    expect(targetSize({ width: 4032, height: 3024, orientation: 6 }, 2000)).toEqual({ width: 1500, height: 2000 });
  });
});

describe('nextAttempt', () => {
  it('stops as soon as the JPEG fits', () => {
    expect(nextAttempt(FIRST_ATTEMPT, 4 * MB, 5 * MB)).toBeUndefined();
  });

  it('lowers the quality first, then the size, and reaches any limit within the attempts allowed', () => {
    // A model of JPEG size: bytes grow with area and quality.
    const bytesOf = (attempt: EncodeAttempt) => 40 * MB * attempt.scale ** 2 * (0.3 + attempt.quality);
    let attempt: EncodeAttempt | undefined = FIRST_ATTEMPT;
    const tried: EncodeAttempt[] = [];
    while (attempt && tried.length < MAX_ATTEMPTS) {
      tried.push(attempt);
      attempt = nextAttempt(attempt, bytesOf(attempt), 5 * MB);
    }
    expect(attempt).toBeUndefined();
    expect(tried.map((t) => t.quality).slice(0, 4)).toEqual([0.9, 0.8, 0.7, 0.6]);
    expect(tried.at(-1)!.scale).toBeLessThan(1);
    expect(bytesOf(tried.at(-1)!)).toBeLessThanOrEqual(5 * MB);
  });
});

describe('safeUploadName', () => {
  it.each([
    ['营业执照.jpg', 'jpg', '营业执照.jpg'],
    ['营业执照.jpg', undefined, '营业执照.jpg'],
    ['IMG_0001.HEIC', 'jpg', 'IMG_0001.jpg'],
    ['photo.heic.jpg', 'jpg', 'photo.jpg'],
    ['营业执照#1（副本）.png', 'jpg', '营业执照_1_副本.jpg'],
    ['a%20b & c+d.jpg', 'jpg', 'a_20b_c_d.jpg'],
    ['环评批复 📄✅.pdf', undefined, '环评批复.pdf'],
    ['###.jpg', 'jpg', '图片.jpg'],
    ['no extension', 'jpg', 'no_extension.jpg'],
  ])('%s (→ .%s) → %s', (name, ext, expected) => {
    expect(safeUploadName(name, 80, ext)).toBe(expected);
  });

  it('cuts a long name to the limit, keeping the extension', () => {
    const renamed = safeUploadName(`${'很长的文件名'.repeat(20)}.jpg`, 80, 'jpg');
    expect(Array.from(renamed)).toHaveLength(80);
    expect(renamed.endsWith('.jpg')).toBe(true);
  });

  it('gives names the pre-check has nothing against', () => {
    for (const name of ['营业执照#1（副本）.png', 'a%20b & c+d.jpg', '环评批复 📄✅.pdf', `${'很长的文件名'.repeat(20)}.jpg`, 'a:b*c?"d<e>f|g.jpg']) {
      const renamed = safeUploadName(name, 80, 'jpg');
      const nameFindings = checkUploadFile({ name: renamed, size: 1000, head: Uint8Array.of(0xff, 0xd8, 0xff, 0xe0) }).filter((f) => f.id.startsWith('name-'));
      expect(nameFindings, renamed).toEqual([]);
    }
  });
});
