import { describe, expect, it } from 'vitest';
import { checkFlash } from '../../../../diagnosis/checks/flash';
import { unmeasured } from '../../../../diagnosis/snapshot';
import { ua } from '../fixtures';

const chromePlugins = ['PDF Viewer', 'Chrome PDF Viewer', 'Chromium PDF Viewer', 'Microsoft Edge PDF Viewer', 'WebKit built-in PDF'];

describe('flash check', () => {
  it('is info, not pass, when Flash is absent: the FAQ asks for it, and no browser runs it any more', () => {
    const result = checkFlash({ ua: ua.chrome120Win10, plugins: chromePlugins, mimeTypes: ['application/pdf'] });
    expect(result.status).toBe('info');
    expect(result.evidence.zh).toContain('Chrome PDF Viewer');
    expect(result.evidence.zh).toContain('2020 年 12 月 31 日');
    expect(result.advice.zh).toContain('无法上传附件或图片解决方案');
    expect(result.faq).toEqual([6, 20]);
  });

  it('warns when a Flash plug-in is still installed', () => {
    const result = checkFlash({ ua: ua.se360SpeedOld, plugins: ['Shockwave Flash', 'Chrome PDF Viewer'] });
    expect(result.status).toBe('warn');
    expect(result.evidence.zh).toContain('Shockwave Flash');
    expect(result.advice.zh).toContain('停止支持');
  });

  it('also sees Flash through its MIME type', () => {
    expect(checkFlash({ plugins: [], mimeTypes: ['application/x-shockwave-flash'] }).status).toBe('warn');
  });

  it('skips when plug-ins were not collected or could not be listed', () => {
    expect(checkFlash({}).status).toBe('skip');
    const result = checkFlash({ plugins: unmeasured({ zh: '原因甲', en: 'reason A' }) });
    expect(result.status).toBe('skip');
    expect(result.evidence.zh).toBe('原因甲');
  });

  it('skips in an IE core, where ActiveX Flash cannot be listed', () => {
    const result = checkFlash({ ua: ua.ie11, plugins: [] });
    expect(result.status).toBe('skip');
    expect(result.evidence.zh).toContain('ActiveX');
  });
});
