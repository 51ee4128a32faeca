import { describe, expect, it } from 'vitest';
import { checkScreen, fittingZoom, neededWidth } from '../../../../diagnosis/checks/screen';
import { unmeasured } from '../../../../diagnosis/snapshot';

describe('screen check', () => {
  it('passes at 1280 CSS px of page width or more', () => {
    const result = checkScreen({ innerWidth: 1903, screen: { width: 1920, height: 1080, availWidth: 1920 }, zoom: 1, devicePixelRatio: 1 });
    expect(result.status).toBe('pass');
    expect(result.evidence.zh).toContain('平台页面可用宽度 1903 像素');
    expect(result.evidence.zh).toContain('屏幕 1920×1080');
  });

  it('warns below and suggests 90 % when that is enough', () => {
    const result = checkScreen({ innerWidth: 1200, zoom: 1 });
    expect(result.status).toBe('warn');
    expect(result.advice.zh).toContain('缩小到 90%');
    expect(result.advice.zh).toContain('侧边栏');
  });

  it('suggests resetting to 100 % when the page is zoomed in', () => {
    const result = checkScreen({ innerWidth: 1100, zoom: 1.25, devicePixelRatio: 1.25 });
    expect(result.status).toBe('warn');
    expect(result.advice.zh).toContain('Ctrl+0');
    expect(result.evidence.zh).toContain('浏览器缩放 125%');
  });

  it('reports Windows display scaling from devicePixelRatio', () => {
    expect(checkScreen({ innerWidth: 1280, devicePixelRatio: 1.5, zoom: 1 }).evidence.zh).toContain('Windows 显示缩放约 150%');
  });

  it('says when even zooming out does not fit', () => {
    const result = checkScreen({ innerWidth: 800, zoom: 1 });
    expect(result.status).toBe('warn');
    expect(result.advice.zh).toContain('左右拖动');
  });

  it('estimates from the screen when the page width is unmeasured, and says so', () => {
    const result = checkScreen({ innerWidth: unmeasured({ zh: '弹出窗口', en: 'popup' }), screen: { width: 1366, height: 768, availWidth: 1366 } });
    expect(result.status).toBe('pass');
    expect(result.evidence.zh).toContain('按屏幕估算');
    expect(checkScreen({ screen: { width: 1024, height: 768, availWidth: 1024 } }).status).toBe('warn');
  });

  it('skips with the reason when nothing was measured', () => {
    const result = checkScreen({ innerWidth: unmeasured({ zh: '弹出窗口里量不到', en: 'popup' }) });
    expect(result.status).toBe('skip');
    expect(result.evidence.zh).toBe('弹出窗口里量不到');
  });

  it.each([
    [1200, 1, 0.9],
    [1100, 1, 0.8],
    [1000, 1, 0.75],
    [900, 1, undefined],
    [1100, 1.25, 1],
    [neededWidth, 1, 1],
  ])('fittingZoom(%d px at %d) = %s', (width, zoom, expected) => {
    expect(fittingZoom(width, zoom)).toBe(expected);
  });
});
