import type { SettingPath, Settings } from '../../state/settings';

/** What every settings section receives: the effective values, which are managed, and how to save. */
export interface SettingSectionProps {
  settings: Settings;
  managed: ReadonlySet<SettingPath>;
  onSave(path: SettingPath, value: unknown): void;
}
