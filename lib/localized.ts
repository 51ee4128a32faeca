/**
 * Text a user reads, in both UI languages. Pure modules (platform/, diagnosis/, tools/, faq/)
 * return this instead of reading the browser's language; components pick one with `pickText`.
 * Simplified Chinese is the product's first language, English its second.
 */
export interface LocalizedText {
  zh: string;
  en: string;
}

export type UiLocale = 'zh' | 'en';

export function pickText(text: LocalizedText, locale: UiLocale): string {
  return text[locale];
}

/** Maps a browser UI language tag (`zh-CN`, `en-US`, …) to one of ours; Chinese unless English. */
export function uiLocaleFromTag(tag: string | undefined): UiLocale {
  return tag?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}
