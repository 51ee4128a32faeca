import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// '#i18n' reads browser.i18n.getMessage, which fakeBrowser leaves unimplemented: answer it from the
// real zh_CN messages, built the way WXT builds _locales/zh_CN/messages.json.
const messages = generateChromeMessages(await parseMessagesFile('locales/zh_CN.yml'));

/** browser.i18n.getMessage over the zh_CN messages; a key that does not exist fails the test. */
export function zhGetMessage(key: string, substitutions?: string | string[]): string {
  if (key === '@@ui_locale') return 'zh_CN';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  const message = messages[key]?.message;
  if (message === undefined) throw new Error(`missing message ${key}`);
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** For a component test file: a fresh fakeBrowser answering in zh_CN before each test, the DOM cleaned after. */
export function useZhMessages(): void {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(zhGetMessage);
  });
  afterEach(cleanup);
}
