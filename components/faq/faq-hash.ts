/** Deep links to FAQ entries: `#faq-14` opens entry 14 (in the FAQ page's URL). */

const FAQ_HASH = /^#?faq-(\d{1,6})$/;

export function faqHash(number: number): string {
  return `#faq-${number}`;
}

/** The entry number a location hash points at, or null for any other hash. Never throws. */
export function parseFaqHash(hash: string | null | undefined): number | null {
  if (typeof hash !== 'string') return null;
  const match = FAQ_HASH.exec(hash.trim());
  if (!match?.[1]) return null;
  const number = Number(match[1]);
  return number > 0 ? number : null;
}
