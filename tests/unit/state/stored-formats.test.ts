import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FaqPack } from '../../../faq/schema';
import { retiredPageKinds } from '../../../state/pack-format';
import { listPacks } from '../../../state/packs';
import { readPanelState } from '../../../state/panel-state';
import { getSetting, readSettings, settingPaths } from '../../../state/settings';

/**
 * What every released version leaves in storage (stored-formats/<version>.json, one per release and
 * per change of a stored format since) reads back whole with the current code: no setting, pack
 * or panel state set aside, every stored value kept. A schema change that would need a migration
 * fails here.
 */
const dir = join(import.meta.dirname, 'stored-formats');
const releases = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as { version: string; local: Record<string, unknown> });

beforeEach(() => fakeBrowser.reset());

describe.each(releases.map((release) => [release.version, release] as const))('the stored format of %s', (_version, release) => {
  beforeEach(() => fakeBrowser.storage.local.set(structuredClone(release.local)));

  it('reads back every setting as stored', async () => {
    const read = await readSettings();
    expect(read.setAside).toEqual([]);
    const stored = release.local.settings as object;
    for (const path of settingPaths) {
      const value = getSetting(stored, path);
      if (value !== undefined) expect(getSetting(read.value, path), path).toEqual(value);
    }
  });

  it('reads back every pack', async () => {
    const list = await listPacks({ managedArea: null });
    expect(list.setAside).toEqual([]);
    const stored = release.local.faqPacks as FaqPack[];
    expect(list.packs.map(({ pack }) => [pack.name, pack.entries.map((entry) => entry.number)])).toEqual(
      stored.map((pack) => [pack.name, pack.entries.map((entry) => entry.number)]),
    );
    // Page kinds retired since then read as their successors.
    for (const { pack } of list.packs)
      for (const entry of pack.entries) expect(entry.pageKinds.filter((kind) => kind in retiredPageKinds)).toEqual([]);
  });

  it('reads back the panel state', async () => {
    expect(await readPanelState()).toEqual({ value: release.local.panelState, unreadable: false });
  });

  it('is not changed by reading it', async () => {
    await Promise.all([readSettings(), listPacks({ managedArea: null }), readPanelState()]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(release.local);
  });
});

it('has a fixture for every release in the changelog', () => {
  const changelog = readFileSync(join(import.meta.dirname, '../../../CHANGELOG.md'), 'utf8');
  const released = [...changelog.matchAll(/^## \[(\d+\.\d+\.\d+)\]/gm)].map((match) => match[1]);
  expect(released.length).toBeGreaterThan(0);
  for (const version of released) expect(releases.map((release) => release.version)).toContain(version);
});
