import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  defaultSettings,
  getSetting,
  isWebAddress,
  parseStoredSettings,
  readSettings,
  removeSetAsideSetting,
  replaceSettings,
  saveSetting,
  settingPaths,
  settingsSchema,
  watchSettings,
  withSetting,
  type Settings,
  uploadThresholdsSchema,
  type SettingsRead,
} from '../../../state/settings';
import { defaultUploadThresholds } from '../../../tools/upload-thresholds';

beforeEach(() => fakeBrowser.reset());

const stored = async () => (await fakeBrowser.storage.local.get('settings')).settings;

describe('settings storage', () => {
  it('reads the defaults, with nothing set aside, when nothing is stored', async () => {
    expect(await readSettings()).toEqual({ value: defaultSettings, setAside: [] });
  });

  it('keeps what was saved', async () => {
    const mine: Settings = {
      ...defaultSettings,
      contact: { name: '清河市生态环境局', phone: '0319-5550123', address: '新华路 88 号', url: 'https://sthjj.qinghe.example/' },
      panel: { autoOpen: 'never', side: 'left', width: 480 },
      fontSize: 'large',
    };
    await replaceSettings(mine);
    expect(await readSettings()).toEqual({ value: mine, setAside: [] });
  });

  it('refuses to save a value outside the schema, and writes nothing', async () => {
    await expect(replaceSettings(withSetting(defaultSettings, 'panel.width', 9000))).rejects.toThrow();
    await expect(saveSetting('panel.width', 9000)).rejects.toThrow();
    expect(await stored()).toBeUndefined();
  });

  it.each<[string, unknown, string[]]>([
    ['a string', 'large', ['']],
    ['an array', [1, 2], ['']],
    ['a group that is not an object', { ...defaultSettings, contact: 'x' }, ['contact']],
    ['a width out of range', withSetting(defaultSettings, 'panel.width', 9999), ['panel.width']],
    ['a script address', withSetting(defaultSettings, 'contact.url', 'javascript:alert(1)'), ['contact.url']],
    ['an unknown side', withSetting(defaultSettings, 'panel.side', 'top'), ['panel.side']],
    ['a negative threshold', withSetting(defaultSettings, 'upload.maxBytes', -1), ['upload.maxBytes']],
  ])('sets aside %s, uses the defaults only there, and never writes', async (_, corrupted, paths) => {
    await fakeBrowser.storage.local.set({ settings: corrupted });
    const read = await readSettings();
    expect(read.setAside.map((aside) => aside.at)).toEqual(paths);
    for (const aside of read.setAside) expect(aside.reason).toMatch(/[\u4e00-\u9fff]/);
    expect(settingsSchema.safeParse(read.value).success).toBe(true);
    expect(await stored()).toEqual(corrupted);
    expect(await readSettings()).toEqual(read);
  });

  it('keeps every good setting beside a bad one', async () => {
    const mine = withSetting(withSetting(withSetting(defaultSettings, 'contact.name', '清河市生态环境局'), 'fontSize', 'large'), 'panel.side', 'up');
    await fakeBrowser.storage.local.set({ settings: mine });
    const read = await readSettings();
    expect(read.value).toEqual(withSetting(withSetting(defaultSettings, 'contact.name', '清河市生态环境局'), 'fontSize', 'large'));
    expect(read.setAside).toEqual([{ at: 'panel.side', value: 'up', reason: '必须是以下之一：right、left' }]);
  });

  it('reads an older value without a later setting: the setting takes its default, nothing is set aside', () => {
    const { upload: _upload, ...older } = withSetting(defaultSettings, 'fontSize', 'large');
    expect(parseStoredSettings(older)).toEqual({ value: withSetting(defaultSettings, 'fontSize', 'large'), setAside: [] });
  });

  it('saves one setting into the stored value as it is: a set-aside value and unknown keys stay', async () => {
    const corrupted = { ...withSetting(defaultSettings, 'panel.width', 'wide'), fromTheFuture: { a: 1 } };
    await fakeBrowser.storage.local.set({ settings: corrupted });
    await saveSetting('contact.phone', '12369');
    expect(await stored()).toEqual(withSetting(corrupted, 'contact.phone', '12369'));
    expect((await readSettings()).setAside.map((aside) => aside.at)).toEqual(['panel.width']);
  });

  it('refuses to save over a stored value that is not settings at all, and leaves it', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    await expect(saveSetting('fontSize', 'large')).rejects.toThrow(/删除/);
    expect(await stored()).toBe('garbage');
  });

  it('removes a set-aside value only when asked, and only if it is still stored as shown', async () => {
    await fakeBrowser.storage.local.set({ settings: withSetting(withSetting(defaultSettings, 'panel.side', 'up'), 'fontSize', 'large') });
    const [aside] = (await readSettings()).setAside;
    expect(await removeSetAsideSetting({ ...aside!, value: 'down' })).toBe(false);
    expect(await removeSetAsideSetting(aside!)).toBe(true);
    expect(await readSettings()).toEqual({ value: withSetting(defaultSettings, 'fontSize', 'large'), setAside: [] });
    await fakeBrowser.storage.local.set({ settings: 7 });
    expect(await removeSetAsideSetting((await readSettings()).setAside[0]!)).toBe(true);
    expect(await stored()).toBeUndefined();
  });

  it('hands watchers each new value read setting by setting', async () => {
    const seen: SettingsRead[] = [];
    const stop = watchSettings((read) => seen.push(read));
    await fakeBrowser.storage.local.set({ settings: withSetting(defaultSettings, 'fontSize', 'large') });
    await fakeBrowser.storage.local.set({ settings: { fontSize: 'huge', panel: { side: 'left' } } });
    stop();
    expect(seen.map((read) => [read.value.fontSize, read.value.panel.side, read.setAside.length])).toEqual([
      ['large', 'right', 0],
      ['normal', 'left', 1],
    ]);
  });
});

describe('settings schema', () => {
  it('accepts the defaults and every path reads back what was written', () => {
    expect(settingsSchema.safeParse(defaultSettings).success).toBe(true);
    for (const path of settingPaths) {
      const value = getSetting(defaultSettings, path);
      expect(getSetting(withSetting(defaultSettings, path, value), path)).toEqual(value);
    }
    expect(settingPaths).toHaveLength(11);
  });

  it('does not change the original when one setting is replaced', () => {
    const copy = withSetting(defaultSettings, 'contact.phone', '12345');
    expect(copy.contact.phone).toBe('12345');
    expect(defaultSettings.contact.phone).toBe('');
  });

  it.each([
    ['https://sthjj.qinghe.example/', true],
    ['http://10.1.2.3:8080/epb', true],
    ['  https://a.example  ', true],
    ['www.example.gov.cn', false],
    ['ftp://example.gov.cn', false],
    ['javascript:alert(1)', false],
    ['', false],
  ])('isWebAddress(%j) is %s', (value, expected) => {
    expect(isWebAddress(value)).toBe(expected);
  });

  it('lets the contact address be empty but not a non-web address', () => {
    expect(settingsSchema.safeParse(withSetting(defaultSettings, 'contact.url', '')).success).toBe(true);
    expect(settingsSchema.safeParse(withSetting(defaultSettings, 'contact.url', 'sthjj.gov.cn')).success).toBe(false);
  });
});

describe('uploadThresholdsSchema', () => {
  it('accepts the defaults and rejects nonsense', () => {
    expect(uploadThresholdsSchema.safeParse(defaultUploadThresholds).success).toBe(true);
    expect(uploadThresholdsSchema.safeParse({ ...defaultUploadThresholds, maxBytes: -1 }).success).toBe(false);
    expect(uploadThresholdsSchema.safeParse({ ...defaultUploadThresholds, maxPixelsSide: 1.5 }).success).toBe(false);
    expect(uploadThresholdsSchema.safeParse({ maxBytes: 1 }).success).toBe(false);
  });
});
