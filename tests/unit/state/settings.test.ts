import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  defaultSettings,
  getSetting,
  isWebAddress,
  settingPaths,
  settingsItem,
  settingsSchema,
  withSetting,
  type Settings,
  uploadThresholdsSchema,
} from '../../../state/settings';
import { defaultUploadThresholds } from '../../../tools/upload-thresholds';

beforeEach(() => fakeBrowser.reset());

const stored = async () => (await fakeBrowser.storage.local.get('settings')).settings;

describe('settings storage', () => {
  it('reads the defaults, without a reset, when nothing is stored', async () => {
    expect(await settingsItem.get()).toEqual({ value: defaultSettings, reset: false });
  });

  it('keeps what was saved', async () => {
    const mine: Settings = {
      ...defaultSettings,
      contact: { name: '清河市生态环境局', phone: '0319-5550123', address: '新华路 88 号', url: 'https://sthjj.qinghe.example/' },
      panel: { autoOpen: 'never', side: 'left', width: 480 },
      fontSize: 'large',
    };
    await settingsItem.set(mine);
    expect(await settingsItem.get()).toEqual({ value: mine, reset: false });
  });

  it('refuses to save a value outside the schema', async () => {
    await expect(settingsItem.set(withSetting(defaultSettings, 'panel.width', 9000))).rejects.toThrow();
    expect(await stored()).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['a string', 'large'],
    ['an array', [1, 2]],
    ['an old flat format', { contactName: '环保局', panelSide: 'left' }],
    ['a missing section', { ...defaultSettings, upload: undefined }],
    ['a width out of range', withSetting(defaultSettings, 'panel.width', 9999)],
    ['a script address', withSetting(defaultSettings, 'contact.url', 'javascript:alert(1)')],
    ['an unknown side', withSetting(defaultSettings, 'panel.side', 'top')],
    ['a negative threshold', withSetting(defaultSettings, 'upload.maxBytes', -1)],
  ])('resets %s to the defaults and says so', async (_, corrupted) => {
    await fakeBrowser.storage.local.set({ settings: corrupted });
    expect(await settingsItem.get()).toEqual({ value: defaultSettings, reset: true });
    expect(await stored()).toEqual(defaultSettings);
    expect(await settingsItem.get()).toEqual({ value: defaultSettings, reset: false });
  });

  it('hands watchers the defaults instead of a corrupted value', async () => {
    const seen: Settings[] = [];
    const stop = settingsItem.watch((value) => seen.push(value));
    await fakeBrowser.storage.local.set({ settings: withSetting(defaultSettings, 'fontSize', 'large') });
    await fakeBrowser.storage.local.set({ settings: { fontSize: 'huge' } });
    stop();
    expect(seen.map((value) => value.fontSize)).toEqual(['large', 'normal']);
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
