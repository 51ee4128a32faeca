import { i18n } from '#i18n';
import { contactFieldMaxLength, isWebAddress, type ContactSettings, type SettingPath } from '../../state/settings';
import { OptionsSection } from './OptionsSection';
import type { SettingSectionProps } from './setting-props';
import { TextSetting, type TextSettingProps } from './TextSetting';

const urlProblem = (value: string) => (value.trim() === '' || isWebAddress(value) ? undefined : i18n.t('options.contact.urlInvalid'));

type ContactField = keyof ContactSettings;

/** How each contact box looks; labels are read when rendering, so they follow the UI language. */
const contactFields: readonly {
  key: ContactField;
  extra(): Partial<TextSettingProps> & { label: string };
}[] = [
  {
    key: 'name',
    extra: () => ({
      label: i18n.t('options.contact.name'),
      placeholder: i18n.t('options.contact.namePlaceholder'),
      autoComplete: 'organization',
    }),
  },
  {
    key: 'phone',
    extra: () => ({ label: i18n.t('options.contact.phone'), type: 'tel', placeholder: i18n.t('options.contact.phonePlaceholder') }),
  },
  { key: 'address', extra: () => ({ label: i18n.t('options.contact.address') }) },
  {
    key: 'url',
    extra: () => ({
      label: i18n.t('options.contact.url'),
      type: 'url',
      placeholder: i18n.t('options.contact.urlPlaceholder'),
      validate: urlProblem,
    }),
  },
];

/** 联系方式: the local bureau shown wherever the FAQ says 「联系当地环保局」. */
export function ContactSection({ settings, managed, onSave }: SettingSectionProps) {
  return (
    <OptionsSection name="contact" title={i18n.t('options.contact.title')} intro={i18n.t('options.contact.intro')}>
      {contactFields.map(({ key, extra }) => {
        const path: SettingPath = `contact.${key}`;
        return (
          <TextSetting
            key={key}
            path={path}
            value={settings.contact[key]}
            managed={managed.has(path)}
            maxLength={contactFieldMaxLength[key]}
            onSave={onSave}
            {...extra()}
          />
        );
      })}
    </OptionsSection>
  );
}
