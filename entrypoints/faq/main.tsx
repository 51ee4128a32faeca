import { render } from 'preact';
import { i18n } from '#i18n';
import { faqEntries } from '../../faq/entries';
import { FaqReader } from '../../components/faq/FaqReader';
import { optionsPageUrl } from './options-url';
import { useLocationHash } from './use-location-hash';
import './page.css';

function FaqPage({ optionsUrl }: { optionsUrl: string | undefined }) {
  const [hash, setHash] = useLocationHash();
  return (
    <main class="faq-root faq-page">
      <h1 class="faq-page__title">{i18n.t('faq.reader.title')}</h1>
      <p class="faq-page__intro">{i18n.t('faq.reader.intro')}</p>
      <FaqReader entries={faqEntries} hash={hash} onHashChange={setHash} optionsUrl={optionsUrl} headingLevel={2} />
    </main>
  );
}

document.title = i18n.t('faq.reader.title');
render(<FaqPage optionsUrl={optionsPageUrl()} />, document.getElementById('app')!);
