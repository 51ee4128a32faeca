/**
 * 一键修复 in Chromium on the mock: images the platform refuses are remade as JPEGs within the
 * thresholds, land in the upload page's own file input, and the mock's upload takes them. The test
 * images are made here (the 9 MB photo is never committed); the HEIC is the small real fixture.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startMockPlatform, type MockPlatform } from '../mock-platform/server';
import { uploadPageUrl } from '../mock-platform/data/attachments';
import { defaultUploadThresholds } from '../../tools/upload-thresholds';
import { exifSegment, heicQuadrants } from '../fixtures/image-bytes';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { permitUrl } from './support/platform';

let mock: MockPlatform;
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  mock = await startMockPlatform();
  browser = await launchWithExtension({ port: mock.port });
  page = await browser.context.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

interface JpegSpec {
  width: number;
  height: number;
  quality: number;
  /** Share (0–1) of the rows filled with random pixels, which makes the file large. */
  noise: number;
}

/**
 * A JPEG drawn in the browser, left half red and right half blue (a rotation shows in the colours).
 * With `pickInto`, it is picked in that file input there, as the file dialog does (files set, input
 * and change fired), and only its size comes back: handing 9 MB over the protocol takes too long.
 */
async function drawJpeg(target: Page, spec: JpegSpec, pickInto?: { selector: string; name: string }): Promise<{ size: number; base64?: string }> {
  return target.evaluate(
    async ({ spec, pickInto }) => {
      const { width, height, quality, noise } = spec;
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#d02020';
      context.fillRect(0, 0, width / 2, height);
      context.fillStyle = '#2020d0';
      context.fillRect(width / 2, 0, width / 2, height);
      const rows = Math.round(height * noise);
      if (rows > 0) {
        const band = context.getImageData(0, 0, width, rows);
        for (let i = 0; i < band.data.length; i++) if (i % 4 !== 3) band.data[i] = (Math.random() * 256) | 0;
        context.putImageData(band, 0, 0);
      }
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
      if (pickInto) {
        const input = document.querySelector<HTMLInputElement>(pickInto.selector)!;
        const transfer = new DataTransfer();
        transfer.items.add(new File([blob], pickInto.name, { type: 'image/jpeg' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
        return { size: blob.size };
      }
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { size: blob.size, base64: btoa(binary) };
    },
    { spec, pickInto },
  );
}

/** The same JPEG with an EXIF segment saying "turn 90° clockwise to show" (orientation 6), as phones write it. */
function withOrientation(jpeg: Buffer, orientation: number): Buffer {
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from(exifSegment(orientation)), jpeg.subarray(2)]);
}

interface InputFile {
  name: string;
  size: number;
  type: string;
  head: number[];
}

const inputFile = (target: Page, selector: string) =>
  target.locator(selector).evaluate(async (input: HTMLInputElement): Promise<InputFile | undefined> => {
    const file = input.files?.[0];
    if (!file) return undefined;
    return { name: file.name, size: file.size, type: file.type, head: Array.from(new Uint8Array(await file.slice(0, 3).arrayBuffer())) };
  });

type Pick = { name: string; mimeType: string; buffer: Buffer } | { name: string; generate: JpegSpec };

/**
 * Picks the file on the mock upload page, presses 一键修复 and returns what landed in the page's
 * input. A generated file is made in the page and picked there (as the file dialog does: files set,
 * input and change fired), because handing 9 MB over the protocol takes longer than the test may.
 */
async function repairOnUploadPage(pick: Pick, reason: string) {
  await page.goto(permitUrl(uploadPageUrl), { waitUntil: 'load' });
  if ('buffer' in pick) {
    await page.setInputFiles('#file_HPPF', pick);
  } else {
    const { size } = await drawJpeg(page, pick.generate, { selector: '#file_HPPF', name: pick.name });
    expect(size).toBeGreaterThan(7 * 1024 * 1024);
    expect(size).toBeLessThan(14 * 1024 * 1024);
  }
  const repair = page.locator('[data-testid=upload-tip] [data-testid=upload-repair]');
  await repair.waitFor({ timeout: 10_000 });
  expect(await repair.getAttribute('data-reasons')).toContain(reason);
  await repair.locator('[data-testid=upload-repair-button]').click();
  // The page's own change handlers fire, our pre-check looks at the new file and says it was placed.
  await page.locator('[data-testid=upload-placed-note]').waitFor({ timeout: 60_000 });
  return (await inputFile(page, '#file_HPPF'))!;
}

async function pressPlatformUpload(): Promise<string> {
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.locator('#file_HPPF').locator('xpath=following-sibling::input[@type="submit"]').click();
  await expect.poll(() => page.locator('#state_HPPF').textContent(), { timeout: 10_000 }).toMatch(/^已上传：/);
  return (await page.locator('#state_HPPF').textContent()) ?? '';
}

async function dimensionsOf(target: Page, selector: string): Promise<{ width: number; height: number; left: number[]; top: number[]; corner: number[] }> {
  return target.locator(selector).evaluate(async (input: HTMLInputElement) => {
    const bitmap = await createImageBitmap(input.files![0]!);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixel = (x: number, y: number) => Array.from(context.getImageData(x, y, 1, 1).data.slice(0, 3));
    const result = { width: bitmap.width, height: bitmap.height, left: pixel(2, bitmap.height / 2), top: pixel(bitmap.width / 2, 2), corner: pixel(2, 2) };
    bitmap.close();
    return result;
  });
}

const within = (landed: InputFile) => {
  expect(landed.type).toBe('image/jpeg');
  expect(landed.head).toEqual([0xff, 0xd8, 0xff]);
  expect(landed.size).toBeLessThanOrEqual(defaultUploadThresholds.maxBytes);
};

describe('一键修复 on the mock upload page', () => {
  it('a 6000×4000 JPEG of about 9 MB becomes one within the limits, and the platform takes it', async () => {
    const landed = await repairOnUploadPage({ name: '营业执照.jpg', generate: { width: 6000, height: 4000, quality: 0.92, noise: 0.55 } }, 'too-many-bytes');
    within(landed);
    expect(landed.name).toBe('营业执照.jpg');
    const size = await dimensionsOf(page, '#file_HPPF');
    expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(defaultUploadThresholds.maxPixelsSide);
    expect(size.width / size.height).toBeCloseTo(1.5, 2);
    expect(await pressPlatformUpload()).toBe('已上传：营业执照.jpg');
  }, 120_000);

  it('a HEIC photo named 营业执照.jpg becomes a real JPEG, and the platform takes it', async () => {
    const landed = await repairOnUploadPage({ name: '营业执照.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(heicQuadrants()) }, 'heic');
    within(landed);
    const size = await dimensionsOf(page, '#file_HPPF');
    expect(size).toMatchObject({ width: 320, height: 240 });
    // The fixture's top-left quadrant is red: decoded, not a blank canvas.
    expect(size.corner[0]).toBeGreaterThan(150);
    expect(size.corner[2]).toBeLessThan(100);
    expect(await pressPlatformUpload()).toBe('已上传：营业执照.jpg');
  }, 120_000);

  it('a phone photo with EXIF orientation 6 is turned upright, and the platform takes it', async () => {
    const drawn = await drawJpeg(page, { width: 800, height: 600, quality: 0.9, noise: 0 });
    const photo = withOrientation(Buffer.from(drawn.base64!, 'base64'), 6);
    const landed = await repairOnUploadPage({ name: 'IMG_0001 (1).jpg', mimeType: 'image/jpeg', buffer: photo }, 'exif-rotation');
    within(landed);
    // A name with spaces and brackets gets a safe one.
    expect(landed.name).toBe('IMG_0001_(1).jpg');
    const size = await dimensionsOf(page, '#file_HPPF');
    // Stored 800×600 with "turn 90° clockwise": shown 600×800; the red left half ends up on top.
    expect(size).toMatchObject({ width: 600, height: 800 });
    expect(size.top[0]).toBeGreaterThan(150);
    expect(size.top[2]).toBeLessThan(100);
    expect(await pressPlatformUpload()).toMatch(/^已上传：IMG_0001/);
  }, 120_000);

  it('the mock refuses the unrepaired HEIC, as the platform would', async () => {
    await page.goto(permitUrl(uploadPageUrl), { waitUntil: 'load' });
    await page.setInputFiles('#file_HPPF', { name: '营业执照.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(heicQuadrants()) });
    const dialog = page.waitForEvent('dialog');
    // The tip with its repair offer lies over the button here; a user would press it anyway.
    await page.locator('#file_HPPF').locator('xpath=following-sibling::input[@type="submit"]').dispatchEvent('click');
    const shown = await dialog;
    expect(shown.message()).toContain('上传失败：文件格式不正确');
    await shown.dismiss();
    expect(await page.locator('#state_HPPF').textContent()).toBe('未上传');
  }, 60_000);
});

describe('图片一键修复 on the tools page', () => {
  it('repairs a HEIC photo into a JPEG with its size and a download', async () => {
    const tools = await browser.context.newPage();
    await tools.goto(`chrome-extension://${browser.extensionId}/tools.html`, { waitUntil: 'load' });
    await tools.setInputFiles('[data-testid=upload-fix]', { name: 'IMG_0002.HEIC', mimeType: 'image/heic', buffer: Buffer.from(heicQuadrants()) });
    const result = tools.locator('[data-testid=upload-fix-result]');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.getAttribute('data-type')).toBe('image/jpeg');
    expect(await result.getAttribute('data-width')).toBe('320');
    expect(await result.getAttribute('data-height')).toBe('240');
    expect(Number(await result.getAttribute('data-bytes'))).toBeGreaterThan(500);
    expect(await result.getAttribute('data-name')).toBe('IMG_0002.jpg');
    const download = tools.waitForEvent('download');
    await result.locator('[data-testid=upload-fix-download]').click();
    expect((await download).suggestedFilename()).toBe('IMG_0002.jpg');
    await tools.close();
  }, 90_000);

  it('says why a PDF that is too big cannot be repaired here', async () => {
    const tools = await browser.context.newPage();
    await tools.goto(`chrome-extension://${browser.extensionId}/tools.html`, { waitUntil: 'load' });
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(6 * 1024 * 1024, 0x20), Buffer.from('\n%%EOF\n')]);
    await tools.setInputFiles('[data-testid=upload-fix]', { name: '环评批复.pdf', mimeType: 'application/pdf', buffer: pdf });
    const failed = tools.locator('[data-testid=upload-fix-failed][data-failure=not-image]');
    await failed.waitFor({ timeout: 10_000 });
    expect(await failed.textContent()).toContain('浏览器里没法把 PDF 或 Word 文件变小');
    await tools.close();
  }, 60_000);
});
