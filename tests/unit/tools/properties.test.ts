import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../../../lib/localized';
import { formatDecimal, parseCoordinate, parseCoordinatePair, toDms } from '../../../tools/coordinates';
import { computeCheckChar, CREDIT_CODE_ALPHABET, validateCreditCode, validatePermitNumber } from '../../../tools/credit-code';
import { daysUntil, findExpiryDate, monitoringSyncDate, renewalDeadline } from '../../../tools/deadlines';
import { checkUploadFile, sniffFileType } from '../../../tools/file-check';
import { reportObligations } from '../../../tools/report-obligations';
import { addWorkdays, formatIsoDate, isWorkday, parseIsoDate, workdaysBetween } from '../../../tools/workdays';

const RUNS = { numRuns: 2000 };

/** Every kind of string users may paste: ASCII, any Unicode, and code-like mixes of digits and letters. */
const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz ０１ＡＢｉ-'), maxLength: 26 }),
  fc.string({ unit: fc.constantFrom(...'0123456789.,°′″\'"’”度分秒北南纬东西经NSEW -，、；'), maxLength: 30 }),
);

function expectText(text: LocalizedText): void {
  expect(typeof text.zh).toBe('string');
  expect(typeof text.en).toBe('string');
  expect(text.zh.length).toBeGreaterThan(0);
  expect(text.en.length).toBeGreaterThan(0);
}

const validChar = fc.constantFrom(...CREDIT_CODE_ALPHABET);
const validBody = fc.array(validChar, { minLength: 17, maxLength: 17 }).map((chars) => chars.join(''));

describe('credit code properties', () => {
  it('validateCreditCode never throws and is well-formed', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = validateCreditCode(text);
        expect(typeof r.normalized).toBe('string');
        r.changes.forEach(expectText);
        if (r.valid) {
          expect(r.code).toBe(r.normalized);
          expect(r.code).toHaveLength(18);
          expect(computeCheckChar(r.code.slice(0, 17))).toBe(r.code[17]);
        } else {
          expect(['empty', 'length', 'forbidden-char', 'check-char']).toContain(r.reason);
          expectText(r.message);
          if (r.position !== undefined) {
            expect(r.position).toBeGreaterThanOrEqual(1);
            expect(r.position).toBeLessThanOrEqual(Array.from(r.normalized).length);
          }
          if (r.expected !== undefined) expect(CREDIT_CODE_ALPHABET).toContain(r.expected);
        }
      }),
      RUNS,
    );
  });

  it('for any 17 valid characters the computed check character is valid and every other one is not', () => {
    fc.assert(
      fc.property(validBody, validChar, (body, other) => {
        const check = computeCheckChar(body) ?? '';
        expect(validateCreditCode(body + check).valid).toBe(true);
        const r = validateCreditCode(body + other);
        if (other === check) expect(r.valid).toBe(true);
        else {
          expect(r.valid).toBe(false);
          if (r.valid) return;
          expect(r.reason).toBe('check-char');
          expect(r.expected).toBe(check);
        }
      }),
      RUNS,
    );
  });

  it('changing one character of a valid code is always caught', () => {
    fc.assert(
      fc.property(validBody, fc.nat(16), validChar, (body, index, replacement) => {
        const code = body + (computeCheckChar(body) ?? '');
        fc.pre(code[index] !== replacement);
        const changed = code.slice(0, index) + replacement + code.slice(index + 1);
        expect(validateCreditCode(changed).valid).toBe(false);
      }),
      RUNS,
    );
  });

  it('validatePermitNumber never throws and accepts every well-built number', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = validatePermitNumber(text);
        if (r.valid) expect(r.code).toHaveLength(22);
        else expectText(r.message);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(validBody, fc.integer({ min: 0, max: 999 }), fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), (body, seq, letter) => {
        const number = `${body}${computeCheckChar(body)}${String(seq).padStart(3, '0')}${letter}`;
        expect(validatePermitNumber(number).valid).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('coordinate properties', () => {
  it('parseCoordinate never throws and stays in range', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = parseCoordinate(text);
        if (r.ok) {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(Math.abs(r.value)).toBeLessThanOrEqual(r.axis === 'lat' ? 90 : 180);
          expect(['decimal', 'dm', 'dms']).toContain(r.notation);
        } else expectText(r.error);
      }),
      RUNS,
    );
  });

  it('parseCoordinatePair never throws and stays in range', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.record({ lon: anyText, lat: anyText })), (input) => {
        const r = parseCoordinatePair(input);
        if (r.ok) {
          expect(Math.abs(r.lat)).toBeLessThanOrEqual(90);
          expect(Math.abs(r.lon)).toBeLessThanOrEqual(180);
          for (const w of r.warnings) {
            expect(['swapped', 'outside-china']).toContain(w.id);
            expectText(w.message);
          }
        } else expectText(r.error);
      }),
      RUNS,
    );
  });

  it('formatDecimal and toDms read back to the same value', () => {
    fc.assert(
      fc.property(fc.double({ min: -180, max: 180, noNaN: true }), (value) => {
        const decimal = parseCoordinate(formatDecimal(value));
        expect(decimal.ok && decimal.value).toBeCloseTo(value, 5);
        const dms = parseCoordinate(toDms(value));
        expect(dms.ok).toBe(true);
        if (dms.ok) expect(Math.abs(dms.value - value)).toBeLessThan(0.006 / 3600);
      }),
      RUNS,
    );
  });

  it('a pair formatted the platform way reads back in order', () => {
    fc.assert(
      fc.property(fc.double({ min: 73.5, max: 135.1, noNaN: true }), fc.double({ min: 3.8, max: 53.6, noNaN: true }), (lon, lat) => {
        const r = parseCoordinatePair(`${formatDecimal(lon)}, ${formatDecimal(lat)}`);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.lon).toBeCloseTo(lon, 5);
        expect(r.lat).toBeCloseTo(lat, 5);
      }),
      RUNS,
    );
  });
});

describe('file check properties', () => {
  it('sniffFileType and checkUploadFile never throw on any bytes and name', () => {
    const levels = ['warn', 'info', 'ok'];
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 96 }),
        fc.option(fc.uint8Array({ maxLength: 32 }), { nil: undefined }),
        anyText,
        fc.oneof(fc.nat(), fc.constant(Number.NaN), fc.constant(-1)),
        fc.option(fc.oneof(fc.record({ width: fc.integer(), height: fc.integer() }), fc.record({ error: fc.string() })), { nil: undefined }),
        (head, tail, name, size, image) => {
          expect(typeof sniffFileType(head)).toBe('string');
          const findings = checkUploadFile({ name, size, head, ...(tail ? { tail } : {}), ...(image ? { image } : {}) });
          for (const f of findings) {
            expect(levels).toContain(f.level);
            expectText(f.message);
          }
          expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
        },
      ),
      RUNS,
    );
  });
});

const isoDate = fc
  .date({ min: new Date(Date.UTC(2004, 0, 1)), max: new Date(Date.UTC(2026, 11, 31)), noInvalidDate: true })
  .map((d) => formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));

describe('working day properties', () => {
  it('every function taking a date string never throws', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: -100, max: 100 }), (text, n) => {
        for (const r of [isWorkday(text), addWorkdays(text, n), workdaysBetween(text, '2026-01-01'), renewalDeadline(text), monitoringSyncDate(text), daysUntil(text, text)]) {
          if ('error' in r) expectText(r.error);
        }
        const found = findExpiryDate(text);
        if (found !== undefined) expect(parseIsoDate(found)).toBeDefined();
        const report = reportObligations({ category: text, issueDate: text });
        if ('error' in report) expectText(report.error);
      }),
      RUNS,
    );
  });

  it('addWorkdays lands on a working day exactly n working days away', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -120, max: 120 }).filter((n) => n !== 0), (date, n) => {
        const r = addWorkdays(date, n);
        if ('error' in r) throw new Error(r.error.en);
        expect(isWorkday(r.date)).toMatchObject({ workday: true });
        const between = workdaysBetween(n > 0 ? date : r.date, n > 0 ? r.date : date);
        if ('error' in between) throw new Error(between.error.en);
        if (n > 0) expect(between.workdays).toBe(n);
        else {
          // Counting back, (result, date] leaves out the result itself and holds `date` when it is a working day.
          const start = isWorkday(date);
          const own = 'workday' in start && start.workday ? 1 : 0;
          expect(between.workdays).toBe(-n - 1 + own);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a date renders back to itself', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        const parsed = parseIsoDate(date);
        expect(parsed && formatIsoDate(parsed)).toBe(date);
        expect(findExpiryDate(`有效期至${date}`)).toBe(date);
      }),
      RUNS,
    );
  });
});
