/**
 * The benchmark's baselines. The no-op: an MV3 extension whose content scripts do nothing. Each of our
 * manifest's content_scripts entries gets an empty script with the same matches, all_frames,
 * run_at and world, so the baseline pays exactly the browser's cost of injecting scripts and
 * nothing of ours.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

interface ContentScriptEntry {
  matches: string[];
  all_frames?: boolean;
  match_about_blank?: boolean;
  run_at?: string;
  world?: string;
}

/**
 * The smallest panel anyone could show: in the top frame, a fixed tab with a label in a shadow root,
 * nothing read, detected or stored. Not a product, a yardstick: what drawing any tab at all costs a
 * page, next to what ours costs.
 */
export const tabOnlyScript = `if (window.top === window) {
  const host = document.createElement('bench-tab-only');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = ':host{all:initial;position:fixed;top:0;left:0;width:0;height:0}' +
    'button{position:fixed;top:40%;right:0;z-index:2147483000;writing-mode:vertical-rl;padding:10px 6px;border:0;' +
    'border-radius:6px 0 0 6px;background:#1f5f99;color:#fff;font:14px sans-serif}';
  const tab = document.createElement('button');
  tab.type = 'button';
  tab.textContent = '\u6392\u6c61\u8bb8\u53ef\u52a9\u624b';
  shadow.append(style, tab);
  document.documentElement.append(host);
}
`;

/** Writes the no-op extension for the build in `builtDir` into `dir` (created if missing). */
export async function createNoopExtension(builtDir: string, dir: string): Promise<string> {
  return createBaselineExtension(builtDir, dir, 'No-op content script (benchmark baseline)', () => '');
}

/** Writes the tab-only extension (see `tabOnlyScript`): the no-op's manifest, with a tab drawn by the isolated-world script. */
export async function createTabOnlyExtension(builtDir: string, dir: string): Promise<string> {
  return createBaselineExtension(builtDir, dir, 'Tab-only content script (benchmark yardstick)', (entry) =>
    entry.world === 'MAIN' ? '' : tabOnlyScript,
  );
}

/** One runtime message from every frame, and a listener for answers: the messaging any panel with settings needs. */
export const askBackgroundScript = `chrome.runtime.onMessage.addListener(() => undefined); chrome.runtime.sendMessage('bench').catch(() => undefined);`;

/** The tab-only extension plus `askBackgroundScript` in every frame: the yardstick "tab + messaging". */
export async function createTabMessagingExtension(builtDir: string, dir: string): Promise<string> {
  return createBaselineExtension(builtDir, dir, 'Tab and messaging content script (benchmark yardstick)', (entry) =>
    entry.world === 'MAIN' ? '' : `${tabOnlyScript}\n${askBackgroundScript}\n`,
  );
}

/**
 * A yardstick of bench/floors.ts: the no-op's manifest with `isolated` as the code of its isolated-world
 * scripts, plus, when given, `topFrameStart` in an extra isolated-world script of the top frame at
 * document_start (the no-op's manifest has no such entry: empty, it would cost next to nothing).
 */
export async function createYardstickExtension(
  builtDir: string,
  dir: string,
  name: string,
  code: { isolated: string; topFrameStart?: string },
): Promise<string> {
  return createBaselineExtension(builtDir, dir, name, (entry) => (entry.world === 'MAIN' ? '' : code.isolated), code.topFrameStart);
}

async function createBaselineExtension(
  builtDir: string,
  dir: string,
  name: string,
  scriptFor: (entry: ContentScriptEntry) => string,
  topFrameStart?: string,
): Promise<string> {
  const ours = JSON.parse(await readFile(join(builtDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: ContentScriptEntry[];
  };
  const entries = ours.content_scripts ?? [];
  if (entries.length === 0) throw new Error(`${builtDir}/manifest.json declares no content scripts`);
  await mkdir(dir, { recursive: true });
  const scripts = await Promise.all(
    entries.map(async (entry, index) => {
      const file = `script-${index}.js`;
      await writeFile(join(dir, file), scriptFor(entry));
      return file;
    }),
  );
  const contentScripts: (ContentScriptEntry & { js: string[] })[] = entries.map((entry, index) => ({
    matches: entry.matches,
    ...(entry.all_frames !== undefined ? { all_frames: entry.all_frames } : {}),
    ...(entry.match_about_blank !== undefined ? { match_about_blank: entry.match_about_blank } : {}),
    ...(entry.run_at ? { run_at: entry.run_at } : {}),
    ...(entry.world ? { world: entry.world } : {}),
    js: [scripts[index]!],
  }));
  if (topFrameStart !== undefined) {
    await writeFile(join(dir, 'top-frame-start.js'), topFrameStart);
    contentScripts.push({ matches: entries[0]!.matches, run_at: 'document_start', js: ['top-frame-start.js'] });
  }
  const manifest = { manifest_version: 3, name, version: '1.0.0', content_scripts: contentScripts };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}
