import type { LocalizedText } from '../lib/localized';

/** Shorthand for a LocalizedText literal. */
export function text(zh: string, en: string): LocalizedText {
  return { zh, en };
}

/** Joins texts language by language; empty parts are dropped. */
export function joinText(parts: readonly LocalizedText[], separator: LocalizedText = { zh: '', en: ' ' }): LocalizedText {
  const kept = parts.filter((p) => p.zh !== '' || p.en !== '');
  return {
    zh: kept.map((p) => p.zh).join(separator.zh),
    en: kept.map((p) => p.en).join(separator.en),
  };
}

export const emptyText: LocalizedText = { zh: '', en: '' };

/** A thrown value as one short line, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 300);
  try {
    return String(error).slice(0, 300);
  } catch {
    return 'unknown error';
  }
}
