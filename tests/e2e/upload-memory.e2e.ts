import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startMockPlatform, type MockPlatform } from '../mock-platform/server';
import { uploadPageUrl } from '../mock-platform/data/attachments';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { permitUrl } from './support/platform';

/**
 * Issue 16 item 4: ten 48-megapixel photos picked at once must not be decoded to check them (decoded,
 * they come to about 2 GB in the platform's tab). The pre-check reads their sizes from the file headers,
 * so the tab's renderer grows by less than 50 MB. Memory is the renderers' peak resident size (VmHWM
 * in /proc), so a decode that came and went would still count.
 */
// 48 megapixels, with a long side over the default 8,000 px limit, so the check has something to say of each.
const megapixels48 = { width: 8400, height: 5715 };
const limitBytes = 50 * 1024 * 1024;

let mock: MockPlatform;
let browser: ExtensionBrowser;

beforeAll(async () => {
  mock = await startMockPlatform();
  browser = await launchWithExtension({ port: mock.port });
});
afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

/** Pids of this browser's renderer processes: the children of the process started with our profile. */
function rendererPids(): number[] {
  const processes = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((pid) => {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        return { pid: Number(pid), ppid: Number(/PPid:\s+(\d+)/.exec(status)?.[1]), cmdline: readFileSync(`/proc/${pid}/cmdline`, 'utf8') };
      } catch {
        return undefined;
      }
    })
    .filter((process) => process !== undefined);
  const ours = new Set(processes.filter((process) => process.cmdline.includes(browser.profileDir)).map((process) => process.pid));
  // Renderers are started by the zygote, itself a child of the browser: follow the tree from our processes.
  let grew = true;
  while (grew) {
    grew = false;
    for (const process of processes) if (!ours.has(process.pid) && ours.has(process.ppid)) (ours.add(process.pid), (grew = true));
  }
  return processes.filter((process) => ours.has(process.pid) && process.cmdline.includes('--type=renderer')).map((process) => process.pid);
}

function kilobytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

it.skipIf(process.platform !== 'linux')('checks ten 48-megapixel photos from their headers: the tab grows by less than 50 MB', async () => {
  // One real 48-megapixel JPEG, drawn in a page of its own that is closed before measuring.
  const drawing = await browser.context.newPage();
  const base64 = await drawing.evaluate(async ({ width, height }) => {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#3060a0';
    context.fillRect(0, 0, width, height);
    context.fillStyle = '#e0c040';
    context.fillRect(width / 4, height / 4, width / 2, height / 2);
    const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 })).arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }, megapixels48);
  await drawing.close();

  const page = await browser.context.newPage();
  await page.goto(permitUrl(uploadPageUrl), { waitUntil: 'load' });
  await page.waitForTimeout(1_000);
  const before = new Map(rendererPids().map((pid) => [pid, kilobytes(pid, 'VmRSS')]));
  expect(before.size).toBeGreaterThan(0);

  await page.evaluate(
    ({ base64, count }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      for (let i = 1; i <= count; i++) transfer.items.add(new File([bytes], `现场照片${i}.jpg`, { type: 'image/jpeg' }));
      const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
      input.files = transfer.files;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { base64, count: 10 },
  );
  // The pre-check has looked at every file once its list shows ten entries, each with its size read.
  const files = page.locator('[data-testid=upload-tip] li.pt-file');
  await expect.poll(() => files.count(), { timeout: 30_000 }).toBe(10);
  expect(await page.locator('[data-testid=upload-tip]').textContent()).toContain('8400');
  await page.waitForTimeout(2_000);

  const growth = Math.max(0, ...[...before].map(([pid, rss]) => kilobytes(pid, 'VmHWM') - rss)) * 1024;
  expect(growth, `the tab's renderer grew by ${(growth / 1024 / 1024).toFixed(1)} MB`).toBeLessThan(limitBytes);
  await page.close();
});
