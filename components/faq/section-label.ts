import { i18n } from '#i18n';
import type { FaqSection } from '../../faq/schema';

export function faqSectionLabel(section: FaqSection): string {
  switch (section) {
    case 'login':
      return i18n.t('faq.section.login');
    case 'application':
      return i18n.t('faq.section.application');
    case 'registration':
      return i18n.t('faq.section.registration');
    case 'helper':
      return i18n.t('faq.section.helper');
    case 'local':
      return i18n.t('faq.section.local');
  }
}
