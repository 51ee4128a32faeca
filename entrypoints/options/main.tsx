import { render } from 'preact';
import { i18n } from '#i18n';
import { OptionsApp } from '../../components/options/OptionsApp';

document.title = `${i18n.t('options.title')} - ${i18n.t('extName')}`;
document.documentElement.lang = i18n.t('@@ui_locale').replace('_', '-');
render(<OptionsApp />, document.getElementById('app')!);
