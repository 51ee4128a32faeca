/**
 * Renders scripts/icon.svg to the PNG sizes the manifest lists (public/icon/N.png) and to the 300 px logo
 * Edge Add-ons asks for (docs/store/logo-300.png), with Debian's Chromium.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './ensure-browsers';

const sizes = [16, 32, 48, 128];
const outputs: [number, string][] = [...sizes.map((size): [number, string] => [size, `../public/icon/${size}.png`]), [300, '../docs/store/logo-300.png']];
const svg = await readFile(resolve(import.meta.dirname, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [size, path] of outputs) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
    await page.screenshot({ path: resolve(import.meta.dirname, path), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Wrote public/icon/{${sizes.join(',')}}.png and docs/store/logo-300.png`);
