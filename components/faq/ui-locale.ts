import { i18n } from '#i18n';
import { uiLocaleFromTag, type UiLocale } from '../../lib/localized';

/** The browser's UI language as one of ours, for texts that come as LocalizedText. */
export function currentUiLocale(): UiLocale {
  try {
    return uiLocaleFromTag(i18n.t('@@ui_locale'));
  } catch {
    return 'zh';
  }
}
