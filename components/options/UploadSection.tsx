import { i18n } from '#i18n';
import { NumberSetting } from './NumberSetting';
import { OptionsSection } from './OptionsSection';
import type { SettingSectionProps } from './setting-props';

const bytesPerMegabyte = 1024 * 1024;

/** Bounds offered in the options page, in the units shown there. */
export const uploadFieldRanges = {
  megabytes: { min: 0.1, max: 200 },
  pixels: { min: 500, max: 30000 },
  characters: { min: 10, max: 255 },
} as const;

export const megabytesOf = (bytes: number) => Math.round((bytes / bytesPerMegabyte) * 10) / 10;
export const bytesOf = (megabytes: number) => Math.round(megabytes * bytesPerMegabyte);

/** 上传检查: the limits the upload pre-check warns about. */
export function UploadSection({ settings, managed, onSave }: SettingSectionProps) {
  const { upload } = settings;
  return (
    <OptionsSection name="upload" title={i18n.t('options.upload.title')} intro={i18n.t('options.upload.intro')}>
      <NumberSetting
        path="upload.maxBytes"
        label={i18n.t('options.upload.maxMegabytes')}
        value={upload.maxBytes}
        managed={managed.has('upload.maxBytes')}
        unit={i18n.t('options.upload.unitMegabytes')}
        {...uploadFieldRanges.megabytes}
        toShown={megabytesOf}
        toStored={bytesOf}
        onSave={onSave}
      />
      <NumberSetting
        path="upload.maxPixelsSide"
        label={i18n.t('options.upload.maxPixelsSide')}
        value={upload.maxPixelsSide}
        managed={managed.has('upload.maxPixelsSide')}
        unit={i18n.t('options.panel.unitPixels')}
        {...uploadFieldRanges.pixels}
        onSave={onSave}
      />
      <NumberSetting
        path="upload.maxNameLength"
        label={i18n.t('options.upload.maxNameLength')}
        value={upload.maxNameLength}
        managed={managed.has('upload.maxNameLength')}
        unit={i18n.t('options.upload.unitCharacters')}
        {...uploadFieldRanges.characters}
        onSave={onSave}
      />
    </OptionsSection>
  );
}
