import { describe, expect, it } from 'vitest';
import { pageKindRegistry } from '../../../platform/kinds';
import type { UrlRule } from '../../../platform/kinds/kind';
import type { PageKindId } from '../../../platform/page-kinds';
import { kindFromUrl } from '../../../platform/url-detectors';

/**
 * Each URL rule is tested once over the whole table of real URLs (the fixtures every kind keeps
 * beside its rules): it accepts its own, rejects every other rule's, and rejects its own moved to
 * another host. A failure lists the offending URLs, so one test counts one behaviour.
 */
interface NamedRule {
  name: string;
  kind: PageKindId;
  rule: UrlRule;
}

const rules: NamedRule[] = pageKindRegistry.flatMap((kind) =>
  kind.urls.map((rule, index) => ({ name: `${kind.id} rule ${index + 1}${rule.fallback ? ' (fallback)' : ''}`, kind: kind.id, rule })),
);
const fixtures = rules.flatMap((owner) => owner.rule.fixtures.map((url) => ({ owner, url })));
const accepts = (rule: UrlRule, url: string): boolean => rule.test(new URL(url));

const movedHosts = (url: string): string[] => {
  const host = new URL(url).hostname;
  return ['example.com', `${host}.evil.example`, 'mee.gov.cn', `x${host}`].map((other) => {
    const moved = new URL(url);
    moved.hostname = other;
    return moved.href;
  });
};

describe.each(rules.map((rule) => [rule.name, rule] as const))('%s', (_name, { rule }) => {
  it('accepts its own URLs, rejects every other rule’s and any other host', () => {
    const problems = {
      rejectsOwn: rule.fixtures.filter((url) => !accepts(rule, url)),
      // A fallback rule may accept other kinds' URLs: specific rules are asked first.
      acceptsOthers: rule.fallback
        ? []
        : fixtures.filter(({ owner, url }) => owner.rule !== rule && accepts(rule, url)).map(({ owner, url }) => `${url} (${owner.name})`),
      acceptsOtherHosts: rule.fixtures.flatMap(movedHosts).filter((url) => accepts(rule, url)),
    };
    expect(problems, 'Fix the rule or move the URL to the rule that owns it').toEqual({ rejectsOwn: [], acceptsOthers: [], acceptsOtherHosts: [] });
  });
});

describe('kindFromUrl', () => {
  it('names the kind of every fixture', () => {
    const wrong = fixtures.filter(({ owner, url }) => kindFromUrl(new URL(url)) !== owner.kind).map(({ owner, url }) => `${url}: ${kindFromUrl(new URL(url))}, not ${owner.kind}`);
    expect(wrong).toEqual([]);
  });

  it('leaves paths no rule knows unknown', () => {
    const urls = [
      'https://permit.mee.gov.cn/permitExt/new/path.action',
      'https://permit.mee.gov.cn/permitExt/',
      'https://permit.mee.gov.cn/permitExt/syssb/xxgk/xxgk!delete.action',
      'https://permit.mee.gov.cn/cas/kaptcha.jpg',
      'https://permit.mee.gov.cn/cas/forgetPassword',
      'https://permit.mee.gov.cn/permitExt/common/filecontrol/file-control!upload.action',
      'https://permit.mee.gov.cn/permitExt/outside/min_bctbx.jsp',
      'https://permit.mee.gov.cn/permitExt/outside/welcome.jsp',
      'https://permit.mee.gov.cn/registerx/list.vm',
      'https://permit.mee.gov.cn/permitrepx/report/annual',
      'https://permit.mee.gov.cn/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfoX.action',
    ];
    expect(urls.filter((url) => kindFromUrl(new URL(url)) !== 'unknown')).toEqual([]);
  });

  it('matches loosely: case, doubled slashes, session ids, escaped “!”', () => {
    const cases: [string, PageKindId][] = [
      ['https://permit.mee.gov.cn/permitExt/outside/main;JSESSIONID=ABC', 'dashboard'],
      ['https://permit.mee.gov.cn//permitExt//outside//updateEnterMSG.jsp', 'enterprise-info'],
      ['https://permit.mee.gov.cn/permitExt/syssb/ckxm/listBcyx.action', 'renewal'],
      ['https://permit.mee.gov.cn/permitExt/syssb/cpcn/cpcn%21product.action?cardid=card2', 'apply-products'],
      ['https://permit.mee.gov.cn/permitrep/report/#!/list-rt', 'report-home'],
    ];
    expect(cases.filter(([url, kind]) => kindFromUrl(new URL(url)) !== kind)).toEqual([]);
  });

  it('never names a report period from the URL: the period is in the card', () => {
    const urls = ['https://permit.mee.gov.cn/permitrep/report/annual', 'https://permit.mee.gov.cn/permitrep/#/report/quarterly', 'https://permit.mee.gov.cn/permitrep/report/#/detail?period=monthly'];
    expect(urls.map((url) => kindFromUrl(new URL(url)))).toEqual(['report-home', 'report-home', 'report-home']);
  });
});
