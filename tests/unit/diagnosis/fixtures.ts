import type { UaDataLike } from '../../../diagnosis/browser';
import { conclude, type CheckStatus } from '../../../diagnosis/check';
import type { CheckId } from '../../../diagnosis/check-ids';
import type { CheckResult } from '../../../diagnosis/check-result';
import { diagnosisChecks } from '../../../diagnosis/checks';
import type { LocalizedText } from '../../../lib/localized';

/** A result as the runner makes it: the check's id and title with a verdict. */
export function resultFor(id: CheckId, status: CheckStatus, evidence: LocalizedText, advice?: LocalizedText, faq?: number[]): CheckResult {
  const check = diagnosisChecks.find((candidate) => candidate.id === id)!;
  return { id, title: check.title, ...conclude(status, evidence, advice, faq) };
}

/** Real user agent strings as these browsers send them. */
export const ua = {
  chrome120Win10: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  chrome109Win7: 'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36',
  edge120: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0',
  edgeLegacy: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19582',
  firefoxEsr115Win7: 'Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0',
  firefoxEsr128: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
  firefox102: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101 Firefox/102.0',
  se360Compat:
    'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 6.1; WOW64; Trident/7.0; SLCC2; .NET CLR 2.0.50727; .NET CLR 3.5.30729; .NET CLR 3.0.30729; Media Center PC 6.0; .NET4.0C; .NET4.0E; 360SE)',
  se360Speed: 'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/108.0.5359.125 Safari/537.36 QIHU 360SE',
  se360SpeedOld: 'Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/42.0.2311.152 Safari/537.36 QIHU 360SE',
  se360SpeedPlain: 'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/108.0.5359.125 Safari/537.36',
  ee360: 'Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/42.0.2311.152 Safari/537.36 QIHU 360EE',
  qqSpeed:
    'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/94.0.4606.71 Safari/537.36 Core/1.94.192.400 QQBrowser/11.5.5240.400',
  qqCompat:
    'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 6.1; WOW64; Trident/7.0; SLCC2; .NET CLR 2.0.50727; .NET CLR 3.5.30729; .NET CLR 3.0.30729; Media Center PC 6.0; .NET4.0C; .NET4.0E; QQBrowser/7.0.3698.400)',
  sogouSpeed: 'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/86.0.4240.198 Safari/537.36 SE 2.X MetaSr 1.0',
  sogouCompat: 'Mozilla/5.0 (compatible; MSIE 9.0; Windows NT 6.1; WOW64; Trident/5.0; SE 2.X MetaSr 1.0)',
  ie11: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
  ie11Win7:
    'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; SLCC2; .NET CLR 2.0.50727; .NET CLR 3.5.30729; .NET CLR 3.0.30729; Media Center PC 6.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko',
  ie11CompatView: 'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E)',
  ie10: 'Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)',
  ie9: 'Mozilla/5.0 (compatible; MSIE 9.0; Windows NT 6.1; Trident/5.0)',
  headlessLinux: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.6099.28 Safari/537.36',
  chromeMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  opera: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 OPR/106.0.0.0',
  safariMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
} as const;

function hints(brands: [string, string][], platformVersion: string, full?: [string, string][]): UaDataLike {
  return {
    brands: brands.map(([brand, version]) => ({ brand, version })),
    ...(full ? { fullVersionList: full.map(([brand, version]) => ({ brand, version })) } : {}),
    mobile: false,
    platform: 'Windows',
    platformVersion,
  };
}

/** `navigator.userAgentData` + `getHighEntropyValues(['platformVersion', 'fullVersionList'])` as Chromium returns them. */
export const uaData = {
  chromeWin10: hints([['Not_A Brand', '8'], ['Chromium', '120'], ['Google Chrome', '120']], '10.0.0', [
    ['Not_A Brand', '8.0.0.0'],
    ['Chromium', '120.0.6099.130'],
    ['Google Chrome', '120.0.6099.130'],
  ]),
  edgeWin11: hints([['Not_A Brand', '8'], ['Chromium', '120'], ['Microsoft Edge', '120']], '15.0.0', [
    ['Not_A Brand', '8.0.0.0'],
    ['Chromium', '120.0.6099.130'],
    ['Microsoft Edge', '120.0.2210.91'],
  ]),
  chromeWin7: hints([['Not_A Brand', '99'], ['Google Chrome', '109'], ['Chromium', '109']], '0.0.0'),
  headless: { brands: [{ brand: 'Not_A Brand', version: '8' }, { brand: 'Chromium', version: '120' }, { brand: 'HeadlessChrome', version: '120' }], mobile: false, platform: 'Linux' },
  chromiumOnly: hints([['Not.A/Brand', '8'], ['Chromium', '114']], '10.0.0', [
    ['Not.A/Brand', '8.0.0.0'],
    ['Chromium', '114.0.5735.289'],
  ]),
  chromium108Win10: hints([['Not?A_Brand', '8'], ['Chromium', '108']], '10.0.0', [['Chromium', '108.0.5359.215']]),
} satisfies Record<string, UaDataLike>;
