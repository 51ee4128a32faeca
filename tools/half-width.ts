/**
 * Full-width forms (ＡＢＣ１２３，：－ and the ideographic space) typed with a Chinese input method
 * turned into their ASCII equivalents, so the field tools can read what users paste.
 */
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) out += String.fromCharCode(code - FULL_WIDTH_OFFSET);
    else if (code === IDEOGRAPHIC_SPACE) out += ' ';
    else out += ch;
  }
  return out;
}

export function hasFullWidth(text: string): boolean {
  return /[\uff01-\uff5e\u3000]/.test(text);
}

/** Whitespace as users paste it, including no-break and zero-width characters copied from web pages. */
const PASTED_SPACE_CLASS = '[\\s\\u00a0\\u200b-\\u200d\\u2060\\ufeff]';
export const PASTED_SPACE = new RegExp(PASTED_SPACE_CLASS, 'g');
const PASTED_EDGES = new RegExp(`^${PASTED_SPACE_CLASS}+|${PASTED_SPACE_CLASS}+$`, 'g');

export function trimPasted(text: string): string {
  return text.replace(PASTED_EDGES, '');
}
