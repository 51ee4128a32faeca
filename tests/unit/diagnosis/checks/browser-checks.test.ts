import { describe, expect, it } from 'vitest';
import { checkBrowser } from '../../../../diagnosis/checks/browser';
import { checkIeAdvice } from '../../../../diagnosis/checks/ie-advice';
import type { CheckStatus } from '../../../../diagnosis/check-result';
import { ua, uaData } from '../fixtures';

describe('browser check', () => {
  it.each<[keyof typeof ua, CheckStatus]>([
    ['chrome120Win10', 'pass'],
    ['edge120', 'pass'],
    ['firefoxEsr115Win7', 'pass'],
    ['firefoxEsr128', 'pass'],
    ['firefox102', 'warn'],
    ['se360Speed', 'pass'],
    ['se360SpeedOld', 'warn'],
    ['qqSpeed', 'warn'],
    ['sogouSpeed', 'warn'],
    ['se360Compat', 'info'],
    ['edgeLegacy', 'warn'],
    ['ie11', 'warn'],
    ['ie10', 'fail'],
    ['ie9', 'fail'],
    ['headlessLinux', 'info'],
    ['safariMac', 'info'],
  ])('%s → %s', (key, status) => {
    const result = checkBrowser({ ua: ua[key] });
    expect(result.status).toBe(status);
    expect(result.evidence.zh).toContain(ua[key]);
    expect(result.faq).toEqual([6, 20]);
    if (status === 'pass') expect(result.advice.zh).toBe('');
    else expect(result.advice.zh.length).toBeGreaterThan(10);
  });

  it('names the old core and the advised minimum', () => {
    expect(checkBrowser({ ua: ua.sogouSpeed }).evidence.zh).toContain('Chromium 86 较旧');
  });

  it('warns about an unrecognised browser', () => {
    expect(checkBrowser({ ua: 'Lynx/2.8.9rel.1 libwww-FM/2.14' }).status).toBe('warn');
  });

  it('shows Windows 11 from client hints', () => {
    expect(checkBrowser({ ua: ua.edge120, uaData: uaData.edgeWin11 }).evidence.zh).toContain('Windows 11');
  });

  it('skips without a user agent', () => {
    expect(checkBrowser({}).status).toBe('skip');
  });
});

describe('ie-advice check', () => {
  it('points Edge users to IE mode, only for pages that still need IE', () => {
    const result = checkIeAdvice({ ua: ua.edge120 });
    expect(result.status).toBe('info');
    expect(result.advice.zh).toContain('在 Internet Explorer 模式下重新加载');
    expect(result.advice.zh).toContain('只有某个页面明确提示要用 IE');
  });

  it('points Chrome users to Edge and dual-core browsers', () => {
    const result = checkIeAdvice({ ua: ua.chrome120Win10 });
    expect(result.status).toBe('info');
    expect(result.advice.zh).toContain('Edge 的 IE 模式');
    expect(result.advice.zh).toContain('兼容模式');
  });

  it('tells 360 speed-mode users about the compatibility core', () => {
    expect(checkIeAdvice({ ua: ua.se360Speed }).advice.zh).toContain('闪电图标');
  });

  it('tells users in a compatibility core to switch back elsewhere', () => {
    const result = checkIeAdvice({ ua: ua.sogouCompat });
    expect(result.status).toBe('info');
    expect(result.advice.zh).toContain('切回极速模式');
  });

  it('warns about IE compatibility view', () => {
    const result = checkIeAdvice({ ua: ua.ie11CompatView });
    expect(result.status).toBe('warn');
    expect(result.advice.zh).toContain('兼容性视图设置');
    expect(checkIeAdvice({ ua: ua.se360Compat }).status).toBe('warn');
  });

  it('warns that IE is retired', () => {
    const result = checkIeAdvice({ ua: ua.ie11 });
    expect(result.status).toBe('warn');
    expect(result.advice.zh).toContain('停止支持');
  });

  it('says IE mode exists only on Windows', () => {
    expect(checkIeAdvice({ ua: ua.chromeMac }).advice.zh).toContain('只在 Windows 上有');
  });

  it('skips without a user agent', () => {
    expect(checkIeAdvice({}).status).toBe('skip');
  });
});
