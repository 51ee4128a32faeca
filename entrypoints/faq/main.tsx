import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { builtInEntries } from '../../faq/entries';
import type { FaqEntry } from '../../faq/schema';
import type { FaqContactInfo } from '../../components/faq/FaqContactBox';
import { loadEffectiveSettings, watchEffectiveSettings } from '../../state/effective-settings';
import { loadPackEntries, watchPacks } from '../../state/packs';
import { FaqReader } from '../../components/faq/FaqReader';
import { optionsPageUrl } from './options-url';
import { useLocationHash } from './use-location-hash';
import './page.css';

// The page's language follows the UI language (the HTML says zh-CN for the first paint).
document.documentElement.lang = i18n.t('@@ui_locale').replace('_', '-');

/** The platform's FAQ plus the local packs, and the 环保局 contact from the settings, kept current. */
function useFaqContent() {
  const [entries, setEntries] = useState<readonly FaqEntry[]>(builtInEntries);
  const [contact, setContact] = useState<FaqContactInfo | undefined>(undefined);
  useEffect(() => {
    const loadEntries = () => void loadPackEntries().then((local) => setEntries(local.length ? [...builtInEntries, ...local] : builtInEntries));
    const loadContact = () => void loadEffectiveSettings().then((effective) => setContact(effective.settings.contact));
    loadEntries();
    loadContact();
    const stopPacks = watchPacks(loadEntries);
    const stopSettings = watchEffectiveSettings((effective) => setContact(effective.settings.contact));
    return () => {
      stopPacks();
      stopSettings();
    };
  }, []);
  return { entries, contact };
}

function FaqPage({ optionsUrl }: { optionsUrl: string | undefined }) {
  const [hash, setHash] = useLocationHash();
  const { entries, contact } = useFaqContent();
  return (
    <main class="faq-root faq-page">
      <h1 class="faq-page__title">{i18n.t('faq.reader.title')}</h1>
      <p class="faq-page__intro">{i18n.t('faq.reader.intro')}</p>
      <FaqReader
        entries={entries}
        contact={contact}
        hash={hash}
        onHashChange={setHash}
        optionsUrl={optionsUrl}
        headingLevel={2}
      />
    </main>
  );
}

document.title = i18n.t('faq.reader.title');
render(<FaqPage optionsUrl={optionsPageUrl()} />, document.getElementById('app')!);
