import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';

const root = resolve(import.meta.dirname, '..');

/** The messages (locales/*.yml, under `panel`) the panel's tab and its load-error box show. */
const shellKeys = ['toggle', 'openHint', 'closeHint', 'entryCount', 'errorTitle', 'errorBody'] as const;
export type ShellTextKey = (typeof shellKeys)[number];
export type ShellTexts = Record<'zh' | 'en', Record<ShellTextKey, string>>;

function readLocale(file: string): Record<ShellTextKey, string> {
  const messages = parseMessagesText(readFileSync(resolve(root, 'locales', file), 'utf8'), 'YAML');
  const texts = {} as Record<ShellTextKey, string>;
  for (const key of shellKeys) {
    const message = messages.find((candidate) => candidate.key.join('.') === `panel.${key}`);
    if (!message || message.type !== 'simple') throw new Error(`locales/${file} has no simple message panel.${key}`);
    texts[key] = message.message;
  }
  return texts;
}

/**
 * Read at build time (wxt.config.ts `define`) from the same locale files as every other text: the
 * content script draws its tab on every platform page without `i18n.getMessage`, whose first call
 * in a page asks the browser process for the extension's whole message bundle (about 10 ms of the
 * page's main thread in bench/trace-load.ts).
 */
export function readShellTexts(): ShellTexts {
  return { zh: readLocale('zh_CN.yml'), en: readLocale('en.yml') };
}
