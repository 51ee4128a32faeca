import type { CheckStatus } from './check';
import { checkIds, type CheckId } from './check-ids';

/**
 * The case code: the statuses of a diagnosis in a few characters a user can read out on the
 * phone or paste into WeChat, e.g. 「3KQ7-R2M4」.
 *
 * Format (docs/case-code.md): Crockford base-32 characters (0-9 and A-Z without I, L, O, U, so
 * nothing is mistaken for 1 or 0 when read aloud).
 *   1. one character: the fingerprint of the check list (which checks, in which order), so a
 *      code from a helper with other checks is refused instead of misread;
 *   2. the statuses in registry order, two per character (5 × 5 = 25 < 32), a lone last one
 *      paired with 0 ('fail');
 *   3. one check character (Luhn mod 32), which catches any single wrong character and any two
 *      neighbours swapped.
 * Grouped in fours with '-' for reading; the decoder ignores case, spaces and dashes and reads
 * I/L as 1 and O as 0.
 */
export const caseAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const statusDigits: readonly CheckStatus[] = ['fail', 'warn', 'info', 'pass', 'skip'];

function hashIds(ids: readonly string[]): number {
  let hash = 5381;
  for (const char of ids.join(',')) hash = ((hash * 33) ^ char.charCodeAt(0)) >>> 0;
  return hash % 32;
}

/** Luhn mod 32 over symbol values: the value that makes the whole code check out. */
function luhnCheck(values: readonly number[]): number {
  let sum = 0;
  let factor = 2;
  for (let i = values.length - 1; i >= 0; i--) {
    const addend = factor * values[i]!;
    sum += Math.floor(addend / 32) + (addend % 32);
    factor = factor === 2 ? 1 : 2;
  }
  return (32 - (sum % 32)) % 32;
}

function group(code: string): string {
  return code.match(/.{1,4}/g)!.join('-');
}

/** The case code of these results (checks missing from them count as 'skip'). */
export function encodeCaseCode(results: readonly { id: CheckId; status: CheckStatus }[], ids: readonly CheckId[] = checkIds): string {
  const byId = new Map(results.map((result) => [result.id, result.status]));
  const digits = ids.map((id) => statusDigits.indexOf(byId.get(id) ?? 'skip'));
  const values = [hashIds(ids)];
  for (let i = 0; i < digits.length; i += 2) values.push(digits[i]! * 5 + (digits[i + 1] ?? 0));
  values.push(luhnCheck(values));
  return group(values.map((value) => caseAlphabet[value]).join(''));
}

export type CaseCodeReading =
  | { ok: true; statuses: { id: CheckId; status: CheckStatus }[] }
  | { ok: false; reason: 'empty' | 'characters' | 'length' | 'checksum' | 'version' | 'value' };

/** Reads a case code back into each check's status; never throws. */
export function decodeCaseCode(input: string, ids: readonly CheckId[] = checkIds): CaseCodeReading {
  const cleaned = String(input ?? '')
    .toUpperCase()
    .replace(/[\s\-_.·]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (cleaned === '') return { ok: false, reason: 'empty' };
  const values = [...cleaned].map((char) => caseAlphabet.indexOf(char));
  if (values.some((value) => value < 0)) return { ok: false, reason: 'characters' };
  if (values.length !== 2 + Math.ceil(ids.length / 2)) return { ok: false, reason: 'length' };
  if (luhnCheck(values.slice(0, -1)) !== values.at(-1)) return { ok: false, reason: 'checksum' };
  if (values[0] !== hashIds(ids)) return { ok: false, reason: 'version' };
  const digits = values.slice(1, -1).flatMap((value) => [Math.floor(value / 5), value % 5]);
  if (digits.some((digit) => digit >= statusDigits.length)) return { ok: false, reason: 'value' };
  return { ok: true, statuses: ids.map((id, index) => ({ id, status: statusDigits[digits[index]!]! })) };
}
