import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatOs, parseBrowser, type BrowserInfo } from '../../../diagnosis/browser';
import { ua, uaData } from './fixtures';

type Expected = Partial<Pick<BrowserInfo, 'name' | 'major' | 'engine' | 'shell' | 'compatViewAs'>> & { os: string; label: string; engineMajor?: number };

const table: [keyof typeof ua, Expected][] = [
  ['chrome120Win10', { name: 'Chrome', major: 120, engine: 'Blink', os: 'Windows 10 或 11', label: 'Chrome 120' }],
  ['chrome109Win7', { name: 'Chrome', major: 109, engine: 'Blink', os: 'Windows 7', label: 'Chrome 109' }],
  ['edge120', { name: 'Edge', major: 120, engine: 'Blink', os: 'Windows 10 或 11', label: 'Microsoft Edge 120' }],
  ['edgeLegacy', { name: 'Edge', major: 18, engine: 'Other', os: 'Windows 10 或 11', label: '旧版 Microsoft Edge 18（EdgeHTML 内核）' }],
  ['firefoxEsr115Win7', { name: 'Firefox', major: 115, engine: 'Gecko', os: 'Windows 7', label: 'Firefox 115' }],
  ['firefoxEsr128', { name: 'Firefox', major: 128, engine: 'Gecko', os: 'Windows 10 或 11', label: 'Firefox 128' }],
  [
    'se360Compat',
    { name: '360SE', engine: 'Trident', shell: { name: '360SE', core: 'compat' }, compatViewAs: 7, os: 'Windows 7', label: '360安全浏览器（兼容模式，IE 11 内核，按 IE 7 兼容性视图）' },
  ],
  ['se360Speed', { name: '360SE', engine: 'Blink', engineMajor: 108, shell: { name: '360SE', core: 'speed' }, os: 'Windows 10 或 11', label: '360安全浏览器（极速模式，Chromium 108 内核）' }],
  ['se360SpeedOld', { name: '360SE', engine: 'Blink', engineMajor: 42, shell: { name: '360SE', core: 'speed' }, os: 'Windows 7', label: '360安全浏览器（极速模式，Chromium 42 内核）' }],
  ['se360SpeedPlain', { name: 'Chrome', major: 108, engine: 'Blink', os: 'Windows 10 或 11', label: 'Chrome 108' }],
  ['ee360', { name: '360EE', engine: 'Blink', engineMajor: 42, shell: { name: '360EE', core: 'speed' }, os: 'Windows 7', label: '360极速浏览器（极速模式，Chromium 42 内核）' }],
  ['qqSpeed', { name: 'QQBrowser', major: 11, engine: 'Blink', engineMajor: 94, shell: { name: 'QQBrowser', core: 'speed' }, os: 'Windows 10 或 11', label: 'QQ浏览器 11.5（极速模式，Chromium 94 内核）' }],
  ['qqCompat', { name: 'QQBrowser', major: 7, engine: 'Trident', shell: { name: 'QQBrowser', core: 'compat' }, compatViewAs: 7, os: 'Windows 7', label: 'QQ浏览器 7.0（兼容模式，IE 11 内核，按 IE 7 兼容性视图）' }],
  ['sogouSpeed', { name: 'Sogou', engine: 'Blink', engineMajor: 86, shell: { name: 'Sogou', core: 'speed' }, os: 'Windows 10 或 11', label: '搜狗高速浏览器（极速模式，Chromium 86 内核）' }],
  ['sogouCompat', { name: 'Sogou', engine: 'Trident', shell: { name: 'Sogou', core: 'compat' }, os: 'Windows 7', label: '搜狗高速浏览器（兼容模式，IE 9 内核）' }],
  ['ie11', { name: 'IE', major: 11, engine: 'Trident', os: 'Windows 10 或 11', label: 'Internet Explorer 11' }],
  ['ie11Win7', { name: 'IE', major: 11, engine: 'Trident', os: 'Windows 7', label: 'Internet Explorer 11' }],
  ['ie11CompatView', { name: 'IE', major: 11, engine: 'Trident', compatViewAs: 7, os: 'Windows 10 或 11', label: 'Internet Explorer 11（兼容性视图，模拟 IE 7）' }],
  ['ie10', { name: 'IE', major: 10, engine: 'Trident', os: 'Windows 7', label: 'Internet Explorer 10' }],
  ['ie9', { name: 'IE', major: 9, engine: 'Trident', os: 'Windows 7', label: 'Internet Explorer 9' }],
  ['headlessLinux', { name: 'HeadlessChrome', major: 120, engine: 'Blink', os: 'Linux', label: '无界面 Chrome 120（自动化测试用）' }],
  ['chromeMac', { name: 'Chrome', major: 120, engine: 'Blink', os: 'macOS 10.15.7', label: 'Chrome 120' }],
  ['opera', { name: 'Opera', major: 106, engine: 'Blink', os: 'Windows 10 或 11', label: 'Opera 106' }],
  ['safariMac', { name: 'Safari', major: 17, engine: 'WebKit', os: 'macOS 10.15.7', label: 'Safari 17' }],
];

describe('parseBrowser on real user agent strings (no client hints)', () => {
  it.each(table)('%s', (key, expected) => {
    const info = parseBrowser(ua[key]);
    const { os, label, engineMajor, ...fields } = expected;
    expect(info).toMatchObject(fields);
    if (!('compatViewAs' in expected)) expect(info.compatViewAs).toBeUndefined();
    if (!('shell' in expected)) expect(info.shell).toBeUndefined();
    if (engineMajor !== undefined) expect(Number.parseInt(info.engineVersion ?? '', 10)).toBe(engineMajor);
    expect(formatOs(info.os).zh).toBe(os);
    expect(info.label.zh).toBe(label);
    expect(info.label.en).not.toBe('');
  });

  it('says a plain Chrome UA on Windows may hide 360 or QQ', () => {
    expect(parseBrowser(ua.se360SpeedPlain).note?.zh).toContain('无法区分');
    expect(parseBrowser(ua.chromeMac).note).toBeUndefined();
  });

  it('says IE 11 cannot be told apart from Edge IE mode and dual-core compatibility modes', () => {
    expect(parseBrowser(ua.ie11).note?.zh).toContain('IE 模式');
  });

  it('keeps the shell version short in labels and does not mistake the shell for the IE version', () => {
    const qq = parseBrowser(ua.qqCompat);
    expect(qq.version).toBe('7.0.3698.400');
    expect(qq.engineVersion).toBe('7.0');
  });

  it('does not call Windows NT 10.0 Windows 10 without client hints', () => {
    const os = parseBrowser(ua.chrome120Win10).os;
    expect(os.version).toBeUndefined();
    expect(os.possibleVersions).toEqual(['10', '11']);
    expect(formatOs(os).en).toBe('Windows 10 or 11');
  });
});

describe('parseBrowser with client hints', () => {
  it('reads Chrome and Windows 10 from hints, with the full version', () => {
    const info = parseBrowser(ua.chrome120Win10, uaData.chromeWin10);
    expect(info).toMatchObject({ name: 'Chrome', version: '120.0.6099.130', major: 120, engineVersion: '120.0.6099.130', os: { name: 'Windows', version: '10' } });
  });

  it('reads Windows 11 from platformVersion 15.0.0 and Edge from its brand', () => {
    const info = parseBrowser(ua.edge120, uaData.edgeWin11);
    expect(info).toMatchObject({ name: 'Edge', version: '120.0.2210.91', os: { name: 'Windows', version: '11' } });
    expect(formatOs(info.os).zh).toBe('Windows 11');
  });

  it('trusts the Edge brand even when the UA string looks like Chrome', () => {
    expect(parseBrowser(ua.chrome120Win10, uaData.edgeWin11).name).toBe('Edge');
  });

  it('maps platformVersion 0 to Windows 7/8/8.1', () => {
    const info = parseBrowser(ua.chrome109Win7, uaData.chromeWin7);
    expect(formatOs(info.os).zh).toBe('Windows 7、8 或 8.1');
    expect(formatOs(info.os).en).toBe('Windows 7, 8 or 8.1');
  });

  it('recognises HeadlessChrome from brands', () => {
    expect(parseBrowser(ua.headlessLinux, uaData.headless)).toMatchObject({ name: 'HeadlessChrome', os: { name: 'Linux' } });
  });

  it('names a brandless Chromium and warns it may be 360 or QQ', () => {
    const info = parseBrowser(ua.se360SpeedPlain, uaData.chromiumOnly);
    expect(info.name).toBe('Chromium');
    expect(info.version).toBe('114.0.5735.289');
    expect(info.note?.zh).toContain('360');
  });

  it('keeps a 360 token from the UA and takes the core version from hints', () => {
    const info = parseBrowser(ua.se360Speed, uaData.chromium108Win10);
    expect(info).toMatchObject({ name: '360SE', engineVersion: '108.0.5359.215', shell: { core: 'speed' }, os: { version: '10' } });
  });

  it('ignores GREASE brands and malformed entries', () => {
    const info = parseBrowser(ua.chrome120Win10, { brands: [{ brand: 'Not)A;Brand', version: '99' }, { brand: 42 } as never, null as never] });
    expect(info.name).toBe('Chrome');
  });

  it('names an unknown Chromium brand as Other', () => {
    const info = parseBrowser(ua.chrome120Win10, { brands: [{ brand: 'Chromium', version: '98' }, { brand: 'AVG Secure Browser', version: '98' }], platform: 'Windows', platformVersion: '10.0.0' });
    expect(info).toMatchObject({ name: 'Other', engine: 'Blink', major: 98 });
    expect(info.note?.zh).toContain('AVG Secure Browser');
  });
});

describe('parseBrowser never throws', () => {
  it.each(['', 'garbage', 'Mozilla/5.0', 'Trident/', 'MSIE', 'Chrome/', 'Windows NT 99.9'])('handles %j', (input) => {
    const info = parseBrowser(input);
    expect(info.label.zh).not.toBe('');
  });

  it('handles non-string input from untyped callers', () => {
    expect(parseBrowser(undefined as never, 'x' as never).name).toBe('Other');
    expect(parseBrowser(null as never, { brands: 'nope' } as never).name).toBe('Other');
  });

  it('on any string, with or without hints', () => {
    const brand = fc.record({ brand: fc.string(), version: fc.string() });
    const hints = fc.option(
      fc.record({ brands: fc.array(brand), fullVersionList: fc.array(brand), platform: fc.string(), platformVersion: fc.string(), mobile: fc.boolean() }, { requiredKeys: [] }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), hints, (s, h) => {
        const info = parseBrowser(s, h);
        expect(typeof info.label.zh).toBe('string');
        expect(typeof info.label.en).toBe('string');
      }),
    );
  });

  it('on strings made of UA tokens', () => {
    const token = fc.constantFrom('Mozilla/5.0', '(Windows NT 10.0; WOW64)', 'Trident/7.0;', 'MSIE 7.0;', 'rv:11.0', 'Chrome/', 'Chrome/120.0', 'QIHU 360SE', '360EE', 'QQBrowser/', 'MetaSr', 'Edg/', 'Edge/', 'Firefox/', 'Safari/', 'Version/', ' ');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (parts) => {
        expect(() => parseBrowser(parts.join(' '))).not.toThrow();
      }),
    );
  });
});
