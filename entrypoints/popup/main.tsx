import { render } from 'preact';
import { i18n } from '#i18n';

function Popup() {
  return <h1>{i18n.t('extName')}</h1>;
}

render(<Popup />, document.getElementById('app')!);
