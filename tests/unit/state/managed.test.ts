import { beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadEffectiveSettings, mergeManaged, watchEffectiveSettings, type EffectiveSettings } from '../../../state/effective-settings';
import { onLatePolicy, parseManagedSettings, readManagedSettings, watchManagedSettings } from '../../../state/managed';
import { defaultSettings, replaceSettings, withSetting } from '../../../state/settings';

const samplePack = JSON.parse(await readFile('docs/sample-faq-pack.json', 'utf8')) as unknown;

beforeEach(() => fakeBrowser.reset());

describe('parseManagedSettings', () => {
  it('keeps every valid policy setting (packs are read by state/packs.ts)', () => {
    const read = parseManagedSettings({
      contact: { name: '清河市生态环境局', phone: '0319-5550123' },
      panel: { autoOpen: 'never' },
      fontSize: 'large',
      upload: { maxBytes: 2097152 },
      packs: [samplePack],
    });
    expect(read.issues).toEqual([]);
    expect(read.values).toEqual({
      contact: { name: '清河市生态环境局', phone: '0319-5550123' },
      panel: { autoOpen: 'never' },
      fontSize: 'large',
      upload: { maxBytes: 2097152 },
    });
  });

  it('drops only the invalid values and names them for the administrator', () => {
    const read = parseManagedSettings({
      contact: { phone: '0319-5550123', url: 'sthjj.gov.cn' },
      panel: { side: 'top', width: 400 },
      fontSize: 3,
      unknownKey: true,
    });
    expect(read.values).toEqual({ contact: { phone: '0319-5550123' }, panel: { width: 400 } });
    expect(read.issues).toHaveLength(3);
    expect(read.issues[0]).toContain('contact.url');
    expect(read.issues[1]).toContain('panel.side');
    expect(read.issues[2]).toContain('fontSize');
  });

  it.each([null, undefined, 'text', 42, [1, 2]])('treats %j as no policy', (raw) => {
    expect(parseManagedSettings(raw)).toEqual({ values: {}, issues: [] });
  });

});

describe('readManagedSettings', () => {
  it('gives no managed values without the API or when the browser refuses', async () => {
    await fakeBrowser.storage.managed.set({ fontSize: 'large' });
    expect(await readManagedSettings(null)).toEqual({ values: {}, issues: [] });
    const refusing = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect(await readManagedSettings(refusing)).toEqual({ values: {}, issues: [] });
    const throwing = {
      get(): Promise<Record<string, unknown>> {
        throw new Error('not allowed');
      },
    };
    expect(await readManagedSettings(throwing)).toEqual({ values: {}, issues: [] });
  });

  it('treats an unanswered read as no policy, and announces a late answer with values', async () => {
    let answer: (value: Record<string, unknown>) => void = () => undefined;
    const slow = { get: () => new Promise<Record<string, unknown>>((resolve) => (answer = resolve)) };
    let announced = 0;
    const stop = watchManagedSettings(() => announced++);
    expect(await readManagedSettings(slow, 10)).toEqual({ values: {}, issues: [] });
    answer({ fontSize: 'large' });
    await expect.poll(() => announced).toBe(1);
    stop();
    expect(await readManagedSettings({ get: () => Promise.resolve({ fontSize: 'large' }) }, 10)).toEqual({
      values: { fontSize: 'large' },
      issues: [],
    });
  });

  it('tells onLatePolicy listeners of a late answer, and nothing of changes in storage', async () => {
    let answer: (value: Record<string, unknown>) => void = () => undefined;
    const slow = { get: () => new Promise<Record<string, unknown>>((resolve) => (answer = resolve)) };
    let late = 0;
    const stop = onLatePolicy(() => late++);
    await readManagedSettings(slow, 10);
    await fakeBrowser.storage.managed.set({ fontSize: 'large' });
    expect(late).toBe(0);
    answer({ fontSize: 'large' });
    await expect.poll(() => late).toBe(1);
    stop();
    await readManagedSettings(slow, 10);
    answer({ fontSize: 'large' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(late).toBe(1);
  });

  it('reads the browser policy through browser.storage.managed', async () => {
    await fakeBrowser.storage.managed.set({ contact: { phone: '12369' } });
    expect((await readManagedSettings()).values).toEqual({ contact: { phone: '12369' } });
  });
});

describe('effective settings', () => {
  it('lays policy values over the user values and lists their paths', () => {
    const user = withSetting(withSetting(defaultSettings, 'contact.name', '我填的环保局'), 'contact.phone', '111');
    const { settings, managed } = mergeManaged(user, { contact: { phone: '12369' }, panel: { side: 'left' } });
    expect(settings.contact).toEqual({ ...user.contact, phone: '12369' });
    expect(settings.panel.side).toBe('left');
    expect([...managed].sort()).toEqual(['contact.phone', 'panel.side']);
  });

  it('loads the user settings under the browser policy', async () => {
    await replaceSettings(withSetting(defaultSettings, 'fontSize', 'large'));
    await fakeBrowser.storage.managed.set({ contact: { name: '清河市生态环境局' }, panel: { width: 5000 } });
    const effective = await loadEffectiveSettings();
    expect(effective.settings.fontSize).toBe('large');
    expect(effective.settings.contact.name).toBe('清河市生态环境局');
    expect(effective.settings.panel.width).toBe(defaultSettings.panel.width);
    expect([...effective.managed]).toEqual(['contact.name']);
    expect(effective.setAside).toEqual([]);
    expect(effective.managedIssues).toHaveLength(1);
  });

  it('names a stored setting it set aside, and still applies the policy', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 'old', panel: { side: 'middle' } } });
    await fakeBrowser.storage.managed.set({ fontSize: 'large' });
    const effective = await loadEffectiveSettings();
    expect(effective.setAside.map((aside) => aside.at)).toEqual(['panel.side']);
    expect(effective.settings).toEqual(withSetting(defaultSettings, 'fontSize', 'large'));
  });

  it('works in a browser without managed storage', async () => {
    await replaceSettings(withSetting(defaultSettings, 'panel.side', 'left'));
    await fakeBrowser.storage.managed.set({ panel: { side: 'right' } });
    const effective = await loadEffectiveSettings({ managedArea: null });
    expect(effective.settings.panel.side).toBe('left');
    expect(effective.managed.size).toBe(0);
  });

  it('reports changes to the user settings and to the policy', async () => {
    const seen: EffectiveSettings[] = [];
    const stop = watchEffectiveSettings((next) => seen.push(next));
    await replaceSettings(withSetting(defaultSettings, 'panel.side', 'left'));
    await expect.poll(() => seen.at(-1)?.settings.panel.side).toBe('left');
    await fakeBrowser.storage.managed.set({ panel: { side: 'right' } });
    await expect.poll(() => seen.at(-1)?.managed.has('panel.side')).toBe(true);
    expect(seen.at(-1)?.settings.panel.side).toBe('right');
    stop();
    const count = seen.length;
    await replaceSettings(defaultSettings);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(count);
  });
});
