import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { changesPanelBoot, readPanelBoot } from '../../../state/read-panel-boot';
import { savePanelState } from '../../../state/panel-state';
import { defaultPanelState, defaultSettings } from '../../../state/defaults';
import { replaceSettings, withSetting } from '../../../state/settings';

beforeEach(() => fakeBrowser.reset());

describe('readPanelBoot (the background’s answer to panel:boot)', () => {
  it('gives the defaults on a fresh profile', async () => {
    expect(await readPanelBoot()).toEqual({
      panel: defaultPanelState,
      settings: defaultSettings,
      managedWidth: false,
      setAside: false,
      mayHavePacks: false,
    });
  });

  it('gives the saved panel state and the settings with the policy laid over them', async () => {
    await savePanelState({ open: true, width: 450 });
    await replaceSettings(withSetting(defaultSettings, 'panel.side', 'left'));
    await fakeBrowser.storage.managed.set({ panel: { width: 520 }, fontSize: 'large' });
    const boot = await readPanelBoot();
    expect(boot.panel).toEqual({ open: true, width: 450 });
    expect(boot.settings.panel).toEqual({ ...defaultSettings.panel, side: 'left', width: 520 });
    expect(boot.settings.fontSize).toBe('large');
    expect(boot.managedWidth).toBe(true);
    expect(boot.setAside).toBe(false);
  });

  it('says when a stored panel state or setting could not be used, and leaves both as stored', async () => {
    await fakeBrowser.storage.local.set({ panelState: { open: 'yes', width: -1 } });
    const first = await readPanelBoot();
    expect(first.setAside).toBe(true);
    expect(first.panel).toEqual(defaultPanelState);
    expect((await fakeBrowser.storage.local.get('panelState')).panelState).toEqual({ open: 'yes', width: -1 });
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: withSetting(withSetting(defaultSettings, 'fontSize', 'large'), 'panel.width', 42) });
    const boot = await readPanelBoot();
    expect(boot.setAside).toBe(true);
    expect(boot.settings).toEqual(withSetting(defaultSettings, 'fontSize', 'large'));
  });

  it('knows when local packs may exist, from the user or the policy', async () => {
    await fakeBrowser.storage.local.set({ faqPacks: [{ name: 'x' }] });
    expect((await readPanelBoot()).mayHavePacks).toBe(true);
    fakeBrowser.reset();
    await fakeBrowser.storage.managed.set({ packs: [{}] });
    expect((await readPanelBoot()).mayHavePacks).toBe(true);
  });

  it('rejects a panel state outside the schema when saving', async () => {
    await expect(savePanelState({ open: true, width: 99999 })).rejects.toThrow();
  });
});

describe('changesPanelBoot', () => {
  it('is true for the user’s settings (value or version) and any policy change', () => {
    expect(changesPanelBoot({ settings: {} }, 'local')).toBe(true);
    expect(changesPanelBoot({ settings$: {} }, 'local')).toBe(true);
    expect(changesPanelBoot({ anything: {} }, 'managed')).toBe(true);
  });

  it('is false for the panel’s own state, packs and other areas', () => {
    expect(changesPanelBoot({ panelState: {} }, 'local')).toBe(false);
    expect(changesPanelBoot({ faqPacks: {} }, 'local')).toBe(false);
    expect(changesPanelBoot({ settings: {} }, 'sync')).toBe(false);
  });
});
