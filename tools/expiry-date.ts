import { toHalfWidth } from './half-width';
import { formatIsoDate, parseIsoDate } from './iso-date';

const DATE = /(?<!\d)(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?|([-/.])(\d{1,2})\4(\d{1,2}))(?!\d)/g;
const BEFORE_END = /(?:至|到|止|截至|截止|~|-|—|–)\s*[:：]?\s*$/;
const AFTER_END = /^\s*(?:止|到期|届满)/;

/**
 * The end date in text read from the page, as 'YYYY-MM-DD':
 * 「有效期限：2022-03-16 至 2027-03-15」「自2022年03月16日至2027年03月15日止」「至2027/03/15」「2027年3月15日」.
 * A date marked as an end (after 至/到/截止, before 止) wins; else a lone date; else the latest one.
 */
export function findExpiryDate(text: string): string | undefined {
  if (typeof text !== 'string' || text === '') return undefined;
  const s = toHalfWidth(text);
  const found: { iso: string; marked: boolean }[] = [];
  for (const m of s.matchAll(DATE)) {
    const year = m[1] ?? '';
    const month = m[2] ?? m[5] ?? '';
    const day = m[3] ?? m[6] ?? '';
    const parsed = parseIsoDate(`${year}-${month}-${day}`);
    if (!parsed) continue;
    const start = m.index ?? 0;
    const before = s.slice(Math.max(0, start - 8), start);
    const after = s.slice(start + m[0].length, start + m[0].length + 4);
    found.push({ iso: formatIsoDate(parsed), marked: BEFORE_END.test(before) || AFTER_END.test(after) });
  }
  const marked = found.filter((f) => f.marked);
  if (marked.length > 0) return marked[marked.length - 1]?.iso;
  return found.map((f) => f.iso).sort().pop();
}
