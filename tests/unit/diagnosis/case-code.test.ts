import fc from 'fast-check';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { caseAlphabet, decodeCaseCode, encodeCaseCode } from '../../../diagnosis/case-code';
import { checkStatuses, type CheckStatus } from '../../../diagnosis/check';
import { checkIds } from '../../../diagnosis/check-ids';
import { browserLine, formatCompactReport, parseCompactReport } from '../../../diagnosis/compact-report';
import { qrModules, qrPath } from '../../../diagnosis/report-qr';
import { resultFor, ua } from './fixtures';

const statuses = fc.array(fc.constantFrom(...checkStatuses), { minLength: checkIds.length, maxLength: checkIds.length });
const resultsOf = (list: readonly CheckStatus[]) => checkIds.map((id, index) => resultFor(id, list[index]!, { zh: '看到的', en: 'seen' }));
const plain = (results: ReturnType<typeof resultsOf>) => results.map(({ id, status }) => ({ id, status }));

describe('case code', () => {
  it('reads back every combination of statuses, whatever the case, spaces and dashes', () => {
    fc.assert(
      fc.property(statuses, (list) => {
        const results = resultsOf(list);
        const code = encodeCaseCode(results);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
        expect(decodeCaseCode(code)).toEqual({ ok: true, statuses: plain(results) });
        expect(decodeCaseCode(` ${code.toLowerCase().replace(/-/g, ' ')} `)).toEqual({ ok: true, statuses: plain(results) });
      }),
    );
  });

  it('is short enough to read out: 8 characters for 12 checks', () => {
    expect(checkIds.length).toBeLessThanOrEqual(14);
    expect(encodeCaseCode(resultsOf(checkIds.map(() => 'pass'))).replace(/-/g, '')).toHaveLength(2 + Math.ceil(checkIds.length / 2));
  });

  it('refuses any single wrong character and any two neighbours swapped', () => {
    fc.assert(
      fc.property(statuses, fc.nat(), fc.nat({ max: caseAlphabet.length - 2 }), (list, at, shift) => {
        const code = encodeCaseCode(resultsOf(list)).replace(/-/g, '');
        const index = at % code.length;
        const wrong = caseAlphabet[(caseAlphabet.indexOf(code[index]!) + shift + 1) % caseAlphabet.length]!;
        expect(decodeCaseCode(code.slice(0, index) + wrong + code.slice(index + 1)).ok).toBe(false);
        const swapAt = at % (code.length - 1);
        if (code[swapAt] !== code[swapAt + 1]) {
          const swapped = code.slice(0, swapAt) + code[swapAt + 1] + code[swapAt] + code.slice(swapAt + 2);
          expect(decodeCaseCode(swapped).ok).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads I and L as 1 and O as 0, as people hear them', () => {
    const code = encodeCaseCode(resultsOf(checkIds.map(() => 'pass')));
    const heard = code.replace(/1/g, 'l').replace(/0/g, 'O');
    expect(decodeCaseCode(heard)).toEqual(decodeCaseCode(code));
  });

  it('says why a code cannot be read', () => {
    const code = encodeCaseCode(resultsOf(checkIds.map(() => 'warn')));
    expect(decodeCaseCode('')).toEqual({ ok: false, reason: 'empty' });
    expect(decodeCaseCode('不是案例码')).toEqual({ ok: false, reason: 'characters' });
    expect(decodeCaseCode(code.slice(0, -1))).toEqual({ ok: false, reason: 'length' });
    // The same statuses from a helper with one check fewer: refused, not misread.
    const otherVersion = encodeCaseCode(resultsOf(checkIds.map(() => 'warn')), checkIds.slice(0, -2));
    const padded = otherVersion.replace(/-/g, '');
    expect(decodeCaseCode(padded, checkIds.slice(0, -2)).ok).toBe(true);
    expect(decodeCaseCode(padded).ok).toBe(false);
  });
});

/** Draws the modules as a grey-level image, 4 px a module, and lets jsQR read it as a camera would. */
function scan(modules: boolean[][]): string | undefined {
  const scale = 4;
  const quiet = 4;
  const size = (modules.length + 2 * quiet) * scale;
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const offset = (((y + quiet) * scale + dy) * size + (x + quiet) * scale + dx) * 4;
          pixels.fill(0, offset, offset + 3);
        }
    }),
  );
  return jsQR(pixels, size, size)?.data;
}

describe('compact report and its QR code', () => {
  const meta = { generatedAt: '2026-12-05T23:42:31.120Z', extensionVersion: '0.1.0', pageKind: 'login' as const, url: 'https://permit.mee.gov.cn/cas/login?username=zhangsan' };

  it('decodes from the QR code back to the same statuses, browser, time, page kind and case code', () => {
    fc.assert(
      fc.property(statuses, (list) => {
        const results = resultsOf(list);
        const compact = formatCompactReport(results, meta, browserLine(ua.edge120));
        const read = parseCompactReport(scan(qrModules(compact)) ?? '');
        expect(read).toEqual({
          time: '2026-12-05T23:42Z',
          version: '0.1.0',
          pageKind: 'login',
          browser: browserLine(ua.edge120),
          statuses: plain(results),
          caseCode: encodeCaseCode(results),
        });
      }),
      { numRuns: 15 },
    );
  }, 30_000);

  it('holds nothing personal: no address, no evidence, no advice, only ASCII', () => {
    const compact = formatCompactReport(resultsOf(checkIds.map(() => 'fail')), meta, browserLine(ua.se360Speed));
    expect(compact).not.toMatch(/permit\.mee|zhangsan|看到的|seen/);
    expect(compact).toMatch(/^[\x20-\x7e\n]+$/);
    expect(compact.split('\n')[0]).toBe('PSC1');
  });

  it('draws one unit square per dark module, inside the quiet zone', () => {
    const modules = qrModules('PSC1');
    const dark = modules.flat().filter(Boolean).length;
    expect(qrPath(modules).match(/M/g)).toHaveLength(dark);
    expect(qrPath([[true]], 4)).toBe('M4 4h1v1h-1z');
  });

  it('is not a compact report when the header is missing', () => {
    expect(parseCompactReport('hello')).toBeUndefined();
  });
});
