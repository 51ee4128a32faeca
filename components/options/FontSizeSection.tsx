import { i18n } from '#i18n';
import { ChoiceSetting } from './ChoiceSetting';
import { OptionsSection } from './OptionsSection';
import type { SettingSectionProps } from './setting-props';

/** 字体大小: large text for staff who find small print hard to read. */
export function FontSizeSection({ settings, managed, onSave }: SettingSectionProps) {
  return (
    <OptionsSection name="font-size" title={i18n.t('options.fontSize.title')}>
      <ChoiceSetting
        path="fontSize"
        legend={i18n.t('options.fontSize.legend')}
        value={settings.fontSize}
        managed={managed.has('fontSize')}
        options={[
          { value: 'normal', label: i18n.t('options.fontSize.normal') },
          { value: 'large', label: i18n.t('options.fontSize.large') },
        ]}
        onSave={onSave}
      />
    </OptionsSection>
  );
}
