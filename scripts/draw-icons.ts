/** Renders scripts/icon.svg to the PNG sizes the manifest lists (public/icon/N.png), with Debian's Chromium. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './ensure-browsers';

const sizes = [16, 32, 48, 128];
const svg = await readFile(resolve(import.meta.dirname, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
    await page.screenshot({ path: resolve(import.meta.dirname, `../public/icon/${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Wrote public/icon/{${sizes.join(',')}}.png`);
