/**
 * Tokenizer shared by the FAQ index and FAQ queries.
 *
 * Chinese has no spaces, and users type the same idea with different word splits
 * (「许可证丢了」 vs 「证丢了」), so every Han run yields both the segmenter's words and its
 * character bigrams; a query matches an entry when either lines up.
 */

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_OR_DIGIT_RUN = /[\p{Script=Latin}\p{Nd}]+/gu;
const LETTERS = /\p{Script=Latin}+/gu;
const DIGITS = /\p{Nd}+/gu;

type WordSegmenter = {
  segment(text: string): Iterable<{ segment: string; index: number; isWordLike?: boolean }>;
};

let cachedSegmenter: WordSegmenter | null | undefined;

function wordSegmenter(): WordSegmenter | null {
  if (cachedSegmenter !== undefined) return cachedSegmenter;
  try {
    cachedSegmenter =
      typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter('zh', { granularity: 'word' })
        : null;
  } catch {
    cachedSegmenter = null;
  }
  return cachedSegmenter;
}

/** Full-width letters, digits and spaces become half-width; Latin letters become lower case. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function hanTokens(run: string, out: string[]): void {
  const chars = Array.from(run);
  if (chars.length === 1) {
    out.push(run);
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
}

function latinTokens(word: string, out: string[]): void {
  out.push(word);
  // 'ie9' also yields 'ie', 'd462' also yields '462', so 「IE浏览器」 finds 「IE9/10/11」.
  const letters = word.match(LETTERS) ?? [];
  const digits = word.match(DIGITS) ?? [];
  if (letters.length + digits.length < 2) return;
  for (const part of [...letters, ...digits]) if (part.length >= 2) out.push(part);
}

function segmentWords(text: string, segmenter: WordSegmenter, out: string[]): void {
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (isWordLike === false) continue;
    // Two-character words equal the bigram at the same place, which is emitted anyway.
    for (const han of segment.match(HAN_RUN) ?? []) {
      if (Array.from(han).length !== 2) out.push(han);
    }
  }
}

/**
 * Splits text into search terms: segmenter words of Han runs (except two-character ones),
 * character bigrams of Han runs, and lower-case Latin/digit words. Punctuation is dropped.
 * Never throws; without `Intl.Segmenter` only bigrams (and lone characters) are produced.
 */
export function tokenizeChinese(text: string): string[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const normalized = normalizeText(text);
    const out: string[] = [];
    const segmenter = wordSegmenter();
    if (segmenter && HAN.test(normalized)) segmentWords(normalized, segmenter, out);
    for (const run of normalized.match(HAN_RUN) ?? []) hanTokens(run, out);
    for (const word of normalized.match(LATIN_OR_DIGIT_RUN) ?? []) latinTokens(word, out);
    return out;
  } catch {
    return [];
  }
}

export interface WordSpan {
  word: string;
  /** Offset in the normalized text (UTF-16 units). */
  index: number;
}

/**
 * Whole words the segmenter finds in the normalized text, with their offsets (no bigrams); used
 * to decide whether a one-character synonym such as 「证」 stands on its own in a query.
 * Without `Intl.Segmenter` every Han run counts as one word.
 */
export function segmentWordSpans(text: string): WordSpan[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const normalized = normalizeText(text);
    const segmenter = wordSegmenter();
    if (!segmenter) return [...normalized.matchAll(HAN_RUN)].map((m) => ({ word: m[0], index: m.index }));
    const out: WordSpan[] = [];
    for (const { segment, index, isWordLike } of segmenter.segment(normalized)) {
      if (isWordLike !== false) out.push({ word: segment, index });
    }
    return out;
  } catch {
    return [];
  }
}
