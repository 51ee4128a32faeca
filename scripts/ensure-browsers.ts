/**
 * Makes sure Debian's Chromium (and Firefox ESR for the Firefox smoke test) are installed before the
 * browser tests run. Installs them with apt when running as root; otherwise stops with the command to run.
 * Never downloads a browser build of its own.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Debian's packages, each known by a file it installs. */
const wanted = [
  { path: chromiumPath, pkg: 'chromium' },
  // Chromium's Chinese UI (Debian ships only en-US in the main package): the extension's i18n follows it.
  { path: '/usr/lib/chromium/locales/zh-CN.pak', pkg: 'chromium-l10n' },
  // Chinese glyphs for pages and screenshots.
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', pkg: 'fonts-noto-cjk' },
  { path: firefoxPath, pkg: 'firefox-esr' },
  // A virtual display and real key presses, for the keyboard-shortcut test (browser accelerators
  // ignore synthetic key events).
  { path: '/usr/bin/Xvfb', pkg: 'xvfb' },
  { path: '/usr/bin/xdotool', pkg: 'xdotool' },
];

function main(): void {
  const missing = wanted.filter((browser) => !existsSync(browser.path));
  if (missing.length === 0) return;
  const packages = missing.map((browser) => browser.pkg);
  const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(`Browser tests need the Debian packages ${packages.join(', ')}. Install them with:\n  sudo ${command}`);
    process.exit(1);
  }
  console.log(`Installing ${packages.join(', ')} with apt…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) main();
