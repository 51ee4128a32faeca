import { render } from 'preact';
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/PopupApp';
import { uiLocaleFromTag } from '../../lib/localized';
import { sendMessage } from '../../messaging/protocol';
import { popupCollectors } from './collectors';
import { permitWatchActions, readPermitWatch, type PermitWatchView } from './permit-watch';
import { todayIso } from '../../components/tools/today';

// The page's language follows the UI language (the HTML says zh-CN for the first paint).
document.documentElement.lang = i18n.t('@@ui_locale').replace('_', '-');

const openPage = (path: string) => void browser.tabs.create({ url: browser.runtime.getURL(path as '/faq.html') });

const draw = (permitWatch: PermitWatchView | undefined) =>
  render(
  <PopupApp
    locale={uiLocaleFromTag(browser.i18n.getUILanguage())}
    extensionVersion={browser.runtime.getManifest().version}
    collectors={popupCollectors}
    onDiagnosisDone={(results) =>
      void sendMessage('diagnosis:finished', { failed: results.filter((result) => result.status === 'fail').length }).catch(
        () => undefined,
      )
    }
    openFaq={(number) => openPage(number === undefined ? '/faq.html' : `/faq.html#faq-${number}`)}
    openTools={() => openPage('/tools.html')}
    openOptions={() => void browser.runtime.openOptionsPage()}
    permitWatch={permitWatch && { ...permitWatch, today: todayIso(), actions: permitWatchActions(permitWatch.watch, reread) }}
  />,
  document.getElementById('app')!,
);

draw(undefined);
const reread = readPermitWatch(draw);
