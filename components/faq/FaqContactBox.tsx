import { i18n } from '#i18n';
import { Fragment } from 'preact';
import { pickText, type UiLocale } from '../../lib/localized';
import { faqContacts, type FaqContact } from '../../faq/links';

/** What the user entered in the options page about the local environmental protection bureau. */
export interface FaqContactInfo {
  name?: string;
  phone?: string;
  address?: string;
  url?: string;
}

function clean(value: string | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

function webUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function telHref(phone: string): string | null {
  const dialable = phone.replace(/[\s()（）-]/g, '');
  return /^\+?\d{3,20}$/.test(dialable) ? `tel:${dialable}` : null;
}

function ConfiguredContact({ contact }: { contact: FaqContactInfo }) {
  const phone = clean(contact.phone);
  const url = clean(contact.url);
  const phoneHref = telHref(phone);
  const urlHref = webUrl(url);
  const rows = [
    { label: i18n.t('faq.contact.name'), value: clean(contact.name) },
    { label: i18n.t('faq.contact.phone'), value: phone, shown: phoneHref && <a href={phoneHref}>{phone}</a> },
    { label: i18n.t('faq.contact.address'), value: clean(contact.address) },
    {
      label: i18n.t('faq.contact.website'),
      value: url,
      shown: urlHref && (
        <a href={urlHref} target="_blank" rel="noopener noreferrer">
          {url}
        </a>
      ),
    },
  ];
  return (
    <dl class="faq-contact__details">
      {rows
        .filter((row) => row.value !== '')
        .map((row) => (
          <Fragment key={row.label}>
            <dt>{row.label}</dt>
            <dd>{row.shown || row.value}</dd>
          </Fragment>
        ))}
    </dl>
  );
}

export function isContactConfigured(contact: FaqContactInfo | undefined): contact is FaqContactInfo {
  return !!contact && [contact.name, contact.phone, contact.address, contact.url].some((v) => clean(v) !== '');
}

/**
 * One 「联系…」 box for a contact marker of an entry. Only the local bureau can be configured
 * (in the options page); the other markers name whom to ask.
 */
export function FaqContactBox({
  marker,
  contact,
  optionsUrl,
  locale,
}: {
  marker: FaqContact;
  contact?: FaqContactInfo | undefined;
  optionsUrl?: string | undefined;
  locale: UiLocale;
}) {
  const isLocalBureau = marker === 'local-epb';
  const title = isLocalBureau
    ? i18n.t('faq.contact.localEpb')
    : i18n.t('faq.contact.other', { who: pickText(faqContacts[marker].label, locale) });
  return (
    <section class="faq-contact" data-contact={marker} aria-label={title}>
      <p class="faq-contact__title">{title}</p>
      {isLocalBureau &&
        (isContactConfigured(contact) ? (
          <ConfiguredContact contact={contact} />
        ) : (
          <p class="faq-contact__unset">
            {i18n.t('faq.contact.notSet')}
            {optionsUrl ? (
              <a href={optionsUrl} target="_blank" rel="noopener noreferrer">
                {i18n.t('faq.contact.setInOptions')}
              </a>
            ) : (
              i18n.t('faq.contact.setInOptions')
            )}
            {i18n.t('faq.contact.afterSet')}
          </p>
        ))}
    </section>
  );
}
