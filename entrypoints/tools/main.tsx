import { render } from 'preact';
import { i18n } from '#i18n';
import { currentUiLocale } from '../../components/faq/ui-locale';
import { ToolsPage } from './ToolsPage';
import '../../components/tools/tools.css';
import './page.css';

// The page's language follows the UI language (the HTML says zh-CN for the first paint).
document.documentElement.lang = i18n.t('@@ui_locale').replace('_', '-');

document.title = i18n.t('tools.page.title');
render(<ToolsPage locale={currentUiLocale()} />, document.getElementById('app')!);
