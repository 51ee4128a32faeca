import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { expandQuery, synonymGroupsIn } from '../../../faq/synonyms';
import { describeFaqIssues, faqEntrySchema } from '../../../faq/schema';
import { normalizeCategory } from '../../../tools/report-obligations';
import { hasFullWidth, toHalfWidth, trimPasted } from '../../../tools/half-width';
import { normalizeCodeInput } from '../../../tools/credit-code';
import { isInChina, toDmsText } from '../../../tools/coordinates';
import { hasHolidayData, workdaysBetween } from '../../../tools/workdays';
import { reissueDeadline, reportSyncDate } from '../../../tools/deadlines';
import { pickText, uiLocaleFromTag } from '../../../lib/localized';
import { errorMessage } from '../../../diagnosis/text';
import { isCheckId } from '../../../diagnosis/check-ids';
import { isUnmeasured, type EnvironmentSnapshot } from '../../../diagnosis/snapshot';
import { diagnosisChecks } from '../../../diagnosis/checks';
import { runCheck } from '../../../diagnosis/run';
import { fittingZoom } from '../../../diagnosis/checks/screen';
import { ieCoreVersion } from '../../../diagnosis/browser';

/**
 * The remaining pure functions that take text, numbers or outside data, and had no never-throws
 * property elsewhere: arbitrary input gives a well-formed answer, never an exception.
 */
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }));
const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0));
const isLocalized = (value: { zh: unknown; en: unknown }) => typeof value.zh === 'string' && typeof value.en === 'string';

describe('FAQ text helpers', () => {
  it('synonymGroupsIn and expandQuery take any query and terms', () => {
    fc.assert(
      fc.property(anyText, fc.array(anyText, { maxLength: 6 }), (query, terms) => {
        for (const group of synonymGroupsIn(query)) expect(Number.isInteger(group)).toBe(true);
        for (const term of expandQuery(query, terms)) expect(typeof term).toBe('string');
      }),
    );
  });

  it('describeFaqIssues explains the issues of any rejected value in words', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const parsed = z.safeParse(faqEntrySchema, input);
        if (parsed.success) return;
        const lines = describeFaqIssues(parsed.error, input);
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) expect(typeof line).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});

describe('tool helpers', () => {
  it('half-width and paste helpers take any string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(typeof toHalfWidth(text)).toBe('string');
        expect(hasFullWidth(text), 'full-width characters are what toHalfWidth changes').toBe(toHalfWidth(text) !== text);
        expect(hasFullWidth(toHalfWidth(text))).toBe(false);
        expect(typeof trimPasted(text)).toBe('string');
        expect(typeof normalizeCodeInput(text).normalized).toBe('string');
        normalizeCategory(text);
      }),
    );
  });

  it('coordinate helpers take any number', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, fc.constantFrom('lon', 'lat') as fc.Arbitrary<'lon' | 'lat'>, (lon, lat, axis) => {
        // China's longitudes and latitudes do not overlap, so a swapped pair is never inside too.
        if (isInChina(lon, lat)) expect([lon >= 73 && lon <= 136 && lat >= 3 && lat <= 54, isInChina(lat, lon)]).toEqual([true, false]);
        expect(isLocalized(toDmsText(lon, axis))).toBe(true);
      }),
    );
  });

  it('date helpers take any text and any year', () => {
    fc.assert(
      fc.property(anyText, anyText, anyNumber, (from, to, year) => {
        workdaysBetween(from, to);
        reissueDeadline(from);
        reportSyncDate(to);
        if (hasHolidayData(year)) expect(Number.isInteger(year) && year >= 2004 && year <= 2100).toBe(true);
      }),
    );
  });
});

describe('language helpers', () => {
  it('uiLocaleFromTag takes any tag; pickText always gives text', () => {
    fc.assert(
      fc.property(fc.option(anyText, { nil: undefined }), anyText, anyText, (tag, zh, en) => {
        const locale = uiLocaleFromTag(tag);
        expect(['zh', 'en']).toContain(locale);
        expect(typeof pickText({ zh, en }, locale)).toBe('string');
      }),
    );
  });
});

const unmeasuredValue = fc.record({ state: fc.constant('unmeasured' as const), reason: fc.record({ zh: anyText, en: anyText }) });
const probe = fc.record(
  {
    outcome: fc.constantFrom('ok', 'slow', 'http-error', 'challenge', 'timeout', 'dns', 'network') as fc.Arbitrary<
      'ok' | 'slow' | 'http-error' | 'challenge' | 'timeout' | 'dns' | 'network'
    >,
    status: fc.integer({ min: -1, max: 999 }),
    ms: anyNumber,
    serverDate: anyText,
    receivedAt: anyNumber,
    detail: anyText,
  },
  { requiredKeys: ['outcome', 'ms'] },
);
const brand = fc.record({ brand: anyText, version: anyText });

/** Snapshots of the declared shape whose every text and number is arbitrary. */
const snapshot: fc.Arbitrary<EnvironmentSnapshot> = fc.record(
  {
    ua: anyText,
    uaData: fc.record(
      {
        brands: fc.array(brand, { maxLength: 4 }),
        fullVersionList: fc.array(brand, { maxLength: 4 }),
        mobile: fc.boolean(),
        platform: anyText,
        platformVersion: anyText,
      },
      { requiredKeys: ['brands'] },
    ),
    plugins: fc.oneof(fc.array(anyText, { maxLength: 4 }), unmeasuredValue),
    mimeTypes: fc.oneof(fc.array(anyText, { maxLength: 4 }), unmeasuredValue),
    cookieEnabled: fc.oneof(fc.boolean(), unmeasuredValue),
    storage: fc.record({
      local: fc.oneof(fc.record({ ok: fc.boolean(), error: anyText }, { requiredKeys: ['ok'] }), unmeasuredValue),
      session: fc.oneof(fc.record({ ok: fc.boolean(), error: anyText }, { requiredKeys: ['ok'] }), unmeasuredValue),
    }),
    popups: fc.oneof(fc.record({ blocked: fc.boolean() }), unmeasuredValue),
    screen: fc.record({ width: anyNumber, height: anyNumber, availWidth: anyNumber }),
    innerWidth: fc.oneof(anyNumber, unmeasuredValue),
    devicePixelRatio: anyNumber,
    zoom: anyNumber,
    localTime: anyNumber,
    extension: fc.oneof(
      fc.record({ version: anyText, activeOnTab: fc.constantFrom(true, false, 'unknown' as const) }, { requiredKeys: ['version'] }),
      unmeasuredValue,
    ),
    network: fc.record({ platform: fc.oneof(probe, unmeasuredValue), monitoring: fc.oneof(probe, unmeasuredValue) }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<EnvironmentSnapshot>;

describe('diagnosis checks and helpers', () => {
  it('every check turns any snapshot of the declared shape into a result with a status and words', () => {
    fc.assert(
      fc.property(snapshot, (facts) => {
        for (const check of diagnosisChecks) {
          const result = runCheck(check, facts);
          expect(result.id).toBe(check.id);
          expect(result.evidence).not.toEqual(expect.objectContaining({ zh: expect.stringContaining('检测程序出错') }));
          expect(['pass', 'warn', 'fail', 'info', 'skip']).toContain(result.status);
          expect(isLocalized(result.title)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  }, 20_000);

  it('errorMessage, isCheckId, isUnmeasured, fittingZoom and ieCoreVersion take anything', () => {
    fc.assert(
      fc.property(fc.anything(), anyText, anyNumber, anyNumber, (value, text, width, zoom) => {
        expect(typeof errorMessage(value)).toBe('string');
        expect(isCheckId(text)).toBe(diagnosisChecks.some((check) => check.id === text));
        expect(isUnmeasured(value)).toBe(typeof value === 'object' && value !== null && (value as { state?: unknown }).state === 'unmeasured');
        fittingZoom(width, zoom);
        ieCoreVersion({ name: text, engine: text, engineVersion: text, major: zoom } as Parameters<typeof ieCoreVersion>[0]);
      }),
    );
  });
});
