/**
 * The benchmark's baseline: an MV3 extension whose content scripts do nothing. Each of our
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

/** Writes the no-op extension for the build in `builtDir` into `dir` (created if missing). */
export async function createNoopExtension(builtDir: string, dir: string): Promise<string> {
  const ours = JSON.parse(await readFile(join(builtDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: ContentScriptEntry[];
  };
  const entries = ours.content_scripts ?? [];
  if (entries.length === 0) throw new Error(`${builtDir}/manifest.json declares no content scripts`);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'noop.js'), '');
  const manifest = {
    manifest_version: 3,
    name: 'No-op content script (benchmark baseline)',
    version: '1.0.0',
    content_scripts: entries.map((entry) => ({
      matches: entry.matches,
      ...(entry.all_frames !== undefined ? { all_frames: entry.all_frames } : {}),
      ...(entry.match_about_blank !== undefined ? { match_about_blank: entry.match_about_blank } : {}),
      ...(entry.run_at ? { run_at: entry.run_at } : {}),
      ...(entry.world ? { world: entry.world } : {}),
      js: ['noop.js'],
    })),
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}
