import { describe, expect, it } from 'vitest';
import { checkCookies } from '../../../../diagnosis/checks/cookies';
import { checkExtension } from '../../../../diagnosis/checks/extension';
import { checkPopups } from '../../../../diagnosis/checks/popups';
import { checkStorage } from '../../../../diagnosis/checks/storage';
import { unmeasured } from '../../../../diagnosis/snapshot';

const why = unmeasured({ zh: '测不到的原因', en: 'why not' });

describe('cookies check', () => {
  it.each([
    [true, 'pass'],
    [false, 'fail'],
    [undefined, 'skip'],
    [why, 'skip'],
  ] as const)('%j → %s', (cookieEnabled, status) => {
    const result = checkCookies(cookieEnabled === undefined ? {} : { cookieEnabled });
    expect(result.status).toBe(status);
  });

  it('explains that login needs cookies', () => {
    expect(checkCookies({ cookieEnabled: false }).advice.zh).toContain('登录');
  });
});

describe('storage check', () => {
  it('passes when both work', () => {
    expect(checkStorage({ storage: { local: { ok: true }, session: { ok: true } } }).status).toBe('pass');
  });

  it('warns and names the failing storage and its error', () => {
    const result = checkStorage({ storage: { local: { ok: false, error: 'SecurityError: denied' }, session: { ok: true } } });
    expect(result.status).toBe('warn');
    expect(result.evidence.zh).toContain('本地存储：不可用（SecurityError: denied）');
    expect(result.advice.zh).toContain('无痕');
  });

  it('judges what was measured and says what was not', () => {
    const result = checkStorage({ storage: { local: { ok: true }, session: why } });
    expect(result.status).toBe('pass');
    expect(result.evidence.zh).toContain('会话存储：未检测（测不到的原因）');
  });

  it('skips when nothing was measured', () => {
    expect(checkStorage({}).status).toBe('skip');
    expect(checkStorage({ storage: { local: why, session: why } }).status).toBe('skip');
  });
});

describe('popups check', () => {
  it('passes when a click on the page could open a window', () => {
    expect(checkPopups({ popups: { blocked: false } }).status).toBe('pass');
  });

  it('warns when pop-ups are blocked', () => {
    const result = checkPopups({ popups: { blocked: true } });
    expect(result.status).toBe('warn');
    expect(result.advice.zh).toContain('始终允许');
  });

  it('skips with the reason when unmeasured, never pretending to pass', () => {
    const result = checkPopups({ popups: why });
    expect(result.status).toBe('skip');
    expect(result.evidence.zh).toBe('测不到的原因');
    expect(checkPopups({}).status).toBe('skip');
  });
});

describe('extension check', () => {
  it('passes when active on the tab', () => {
    const result = checkExtension({ extension: { version: '1.2.3', activeOnTab: true } });
    expect(result.status).toBe('pass');
    expect(result.evidence.zh).toContain('1.2.3');
  });

  it('warns when not active, advising a reload', () => {
    const result = checkExtension({ extension: { version: '1.2.3', activeOnTab: false } });
    expect(result.status).toBe('warn');
    expect(result.advice.zh).toContain('F5');
  });

  it.each([undefined, 'unknown'] as const)('is info when activity is %s', (activeOnTab) => {
    const result = checkExtension({ extension: activeOnTab === undefined ? { version: '1.2.3' } : { version: '1.2.3', activeOnTab } });
    expect(result.status).toBe('info');
    expect(result.evidence.zh).toContain('无法判断');
  });

  it('skips without extension facts', () => {
    expect(checkExtension({}).status).toBe('skip');
    expect(checkExtension({ extension: why }).evidence.zh).toBe('测不到的原因');
  });
});
