import { describe, expect, it } from 'vitest';
import { pageKindIds, type PageKindId } from '../../../platform/page-kinds';
import * as detectors from '../../../platform/url-detectors';
import { kindFromUrl, urlDetectors, urlExamples } from '../../../platform/url-detectors';

type Predicate = (url: URL) => boolean;

/** Every exported `isX` predicate of url-detectors.ts, by its export name. */
const predicates = Object.entries(detectors).filter(
  (entry): entry is [string, Predicate] => entry[0].startsWith('is') && typeof entry[1] === 'function',
);

/**
 * Pairs of predicates that may both accept the same URL on purpose, with the reason.
 * Empty today: the detectors are written to be mutually exclusive (the report and
 * registration homes exclude their sub-pages, isApplyCard excludes the known cards).
 * An entry here must really overlap on at least one example, or the test fails.
 */
const intentionalOverlaps: readonly { a: string; b: string; reason: string }[] = [];

const overlapAllowed = (a: string, b: string): boolean =>
  intentionalOverlaps.some((pair) => (pair.a === a && pair.b === b) || (pair.a === b && pair.b === a));

const examplesOf = (name: string): string[] => urlExamples[name] ?? [];

describe('url detector conventions', () => {
  it('exports predicates to test', () => {
    expect(predicates.length).toBeGreaterThan(20);
  });

  it.each(predicates.map(([name]) => name))('%s has at least two example URLs beside it', (name) => {
    expect(
      examplesOf(name).length,
      `Add real URLs that ${name} must accept right after it in platform/url-detectors.ts: urlExamples.${name} = ['https://permit.mee.gov.cn/…'];`,
    ).toBeGreaterThanOrEqual(2);
  });

  it('has examples only for predicates that exist', () => {
    const names = new Set(predicates.map(([name]) => name));
    expect(Object.keys(urlExamples).filter((name) => !names.has(name))).toEqual([]);
  });

  it.each(pageKindIds.filter((kind) => kind !== 'unknown'))('kind %s has a URL detector in urlDetectors', (kind) => {
    expect(
      urlDetectors.filter((detector) => detector.kind === kind),
      `Add { kind: '${kind}', test: isSomething } to urlDetectors in platform/url-detectors.ts (more specific kinds first).`,
    ).toHaveLength(1);
  });

  it('lists only exported predicates in urlDetectors', () => {
    const exported = new Set<Predicate>(predicates.map(([, predicate]) => predicate));
    for (const detector of urlDetectors) expect(exported.has(detector.test), `${detector.kind}'s test is not exported`).toBe(true);
  });

  it('declares only overlaps that exist', () => {
    for (const pair of intentionalOverlaps) {
      const a = detectors[pair.a as keyof typeof detectors] as Predicate;
      const b = detectors[pair.b as keyof typeof detectors] as Predicate;
      const shared = [...examplesOf(pair.a), ...examplesOf(pair.b)].filter((url) => a(new URL(url)) && b(new URL(url)));
      expect(shared, `${pair.a} and ${pair.b} no longer overlap: remove them from intentionalOverlaps`).not.toEqual([]);
    }
  });
});

describe.each(predicates)('%s', (name, predicate) => {
  it.each(examplesOf(name))('accepts its own example %s', (url) => {
    expect(predicate(new URL(url)), `${name} must accept ${url}: fix ${name} or move the URL to the predicate that owns it`).toBe(true);
  });

  const othersExamples = predicates
    .filter(([other]) => other !== name && !overlapAllowed(name, other))
    .flatMap(([other]) => examplesOf(other).map((url) => [other, url] as const));

  it.each(othersExamples)('rejects %s example %s', (other, url) => {
    expect(
      predicate(new URL(url)),
      `${name} also accepts ${url}, which belongs to ${other}. Make ${name} stricter, or, if both pages really share the URL, declare the pair in intentionalOverlaps with the reason.`,
    ).toBe(false);
  });

  const allExamples = predicates.flatMap(([other]) => examplesOf(other));
  const foreign = allExamples.flatMap((url) => {
    const host = new URL(url).hostname;
    return ['example.com', `${host}.evil.example`, 'mee.gov.cn', `x${host}`].map((otherHost) => {
      const moved = new URL(url);
      moved.hostname = otherHost;
      return moved.href;
    });
  });
  it('rejects every example moved to another host', () => {
    const accepted = foreign.filter((url) => predicate(new URL(url)));
    expect(accepted, `${name} must check the host (isPermitHost / isMonitoringHost)`).toEqual([]);
  });
});

describe('urlDetectors order', () => {
  const kindByPredicate = new Map<Predicate, PageKindId>(urlDetectors.map((detector) => [detector.test, detector.kind]));
  const cases = predicates.flatMap(([name, predicate]) => examplesOf(name).map((url) => [url, kindByPredicate.get(predicate)] as const));

  it.each(cases)('kindFromUrl(%s) is %s', (url, kind) => {
    expect(kindFromUrl(new URL(url))).toBe(kind);
  });

  it.each([
    'https://permit.mee.gov.cn/permitExt/new/path.action',
    'https://permit.mee.gov.cn/permitExt/syssb/xxgk/xxgk!list.action',
    'https://permit.mee.gov.cn/permitExt/tzjl/tzjl!tzjl.action',
    'https://permit.mee.gov.cn/cas/kaptcha.jpg',
    'https://permit.mee.gov.cn/perxxgkinfo/errorinfo.jsp',
    'https://permit.mee.gov.cn/permitExt/common/filecontrol/file-control!upload.action',
    'https://permit.mee.gov.cn/permitExt/outside/min_bctbx.jsp',
    'https://permit.mee.gov.cn/registerx/list.vm',
    'https://permit.mee.gov.cn/permitrepx/report/annual',
  ])('leaves %s unknown', (url) => {
    expect(kindFromUrl(new URL(url))).toBe('unknown');
  });

  it.each([
    ['https://permit.mee.gov.cn/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action?dataid=1', 'apply-card'],
    ['https://permit.mee.gov.cn/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action?dataid=1&cardid=', 'apply-card'],
    ['https://permit.mee.gov.cn/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action?dataid=1&cardid=cardX', 'apply-card'],
    ['https://permit.mee.gov.cn/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action?dataid=1&card=card2', 'apply-card'],
  ] as const)('does not claim a card kind without a readable card id: %s', (url, kind) => {
    expect(kindFromUrl(new URL(url))).toBe(kind);
  });

  it.each([
    ['https://permit.mee.gov.cn/permitExt/outside/main;JSESSIONID=ABC', 'dashboard'],
    ['https://permit.mee.gov.cn//permitExt//outside//updateEnterMSG.jsp', 'enterprise-info'],
    ['https://permit.mee.gov.cn/PERMITEXT/SYSSB/CKXM/CKXM!LISTBCYX.ACTION', 'renewal'],
    ['https://permit.mee.gov.cn/permitExt/syssb/ckxm/listBcyx.action', 'renewal'],
    ['https://permit.mee.gov.cn/permitExt/syssb/ckxm/ckxm%21listCxsq.action', 'reapply'],
    ['https://permit.mee.gov.cn/permitrep/#!/report/quarterly', 'report-quarterly'],
    ['https://permit.mee.gov.cn/permitrep/home#/report/monthly', 'report-monthly'],
  ] as const)('matches loosely: %s → %s', (url, kind) => {
    expect(kindFromUrl(new URL(url))).toBe(kind);
  });
});
