import { describe, expect, it, vi } from 'vitest';
import { collectLocalFacts, probePopup, probeStorage } from '../../../diagnosis/collect-page';
import type { PageEnv, StorageLike } from '../../../diagnosis/env';
import { isUnmeasured } from '../../../diagnosis/snapshot';
import { ua } from './fixtures';

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    setItem: (k, v) => void data.set(k, v),
    getItem: (k) => data.get(k) ?? null,
    removeItem: (k) => void data.delete(k),
  };
}

/** A document whose cookie jar behaves like a browser's: writes add or expire one cookie, reads list them. */
function cookieDocument(initial: Record<string, string>, accept = true) {
  const jar = new Map(Object.entries(initial));
  return {
    jar,
    get cookie() {
      return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    },
    set cookie(value: string) {
      if (!accept) return;
      const [pair = '', ...attrs] = value.split(';');
      const [k = '', v = ''] = pair.split('=');
      if (attrs.some((a) => a.trim() === 'max-age=0')) jar.delete(k);
      else jar.set(k, v);
    },
  };
}

function pageEnv(overrides: Partial<PageEnv> = {}): PageEnv {
  return {
    context: 'page',
    navigator: {
      userAgent: ua.edge120,
      userAgentData: {
        brands: [{ brand: 'Microsoft Edge', version: '120' }],
        mobile: false,
        platform: 'Windows',
        getHighEntropyValues: async () => ({ platformVersion: '15.0.0', fullVersionList: [{ brand: 'Microsoft Edge', version: '120.0.2210.91' }] }),
      },
      plugins: [{ name: 'PDF Viewer' }, { name: 'Chrome PDF Viewer' }],
      mimeTypes: [{ type: 'application/pdf' }],
      cookieEnabled: true,
    },
    screen: { width: 1920, height: 1080, availWidth: 1920 },
    window: { innerWidth: 1600, devicePixelRatio: 1.25 },
    document: cookieDocument({ JSESSIONID: 'secret-session' }),
    localStorage: memoryStorage,
    sessionStorage: memoryStorage,
    now: () => 1_800_000_000_000,
    ...overrides,
  };
}

describe('collectLocalFacts', () => {
  it('collects the facts on a platform page', async () => {
    const facts = await collectLocalFacts(pageEnv({ popupProbe: { blocked: false }, zoom: 1.25 }));
    expect(facts).toMatchObject({
      ua: ua.edge120,
      uaData: { platform: 'Windows', platformVersion: '15.0.0', fullVersionList: [{ brand: 'Microsoft Edge', version: '120.0.2210.91' }] },
      plugins: ['PDF Viewer', 'Chrome PDF Viewer'],
      mimeTypes: ['application/pdf'],
      cookieEnabled: true,
      storage: { local: { ok: true }, session: { ok: true } },
      popups: { blocked: false },
      screen: { width: 1920, height: 1080, availWidth: 1920 },
      innerWidth: 1600,
      devicePixelRatio: 1.25,
      zoom: 1.25,
      localTime: 1_800_000_000_000,
    });
  });

  it('never copies the page cookies and removes its test cookie and test keys', async () => {
    const doc = cookieDocument({ JSESSIONID: 'secret-session', CASTGC: 'TGT-zhangsan' });
    const local = memoryStorage();
    const facts = await collectLocalFacts(pageEnv({ document: doc, localStorage: () => local }));
    expect(JSON.stringify(facts)).not.toMatch(/secret-session|zhangsan/);
    expect([...doc.jar.keys()]).toEqual(['JSESSIONID', 'CASTGC']);
    expect(local.data.size).toBe(0);
  });

  it('detects per-site cookie blocking through a test write', async () => {
    const facts = await collectLocalFacts(pageEnv({ document: cookieDocument({}, false) }));
    expect(facts.cookieEnabled).toBe(false);
  });

  it('trusts a global cookieEnabled=false', async () => {
    const env = pageEnv();
    const facts = await collectLocalFacts({ ...env, navigator: { ...env.navigator, cookieEnabled: false } });
    expect(facts.cookieEnabled).toBe(false);
  });

  it('does not measure pop-ups or page width from the extension popup, and says why', async () => {
    const facts = await collectLocalFacts(pageEnv({ context: 'extension-popup', popupProbe: { blocked: false } }));
    expect(isUnmeasured(facts.popups) && facts.popups.reason.zh).toContain('扩展的弹出窗口');
    expect(isUnmeasured(facts.innerWidth)).toBe(true);
  });

  it('leaves pop-ups unmeasured on the page without a click result', async () => {
    const facts = await collectLocalFacts(pageEnv());
    expect(isUnmeasured(facts.popups) && facts.popups.reason.zh).toContain('点一下');
  });

  it('falls back to low-entropy hints when getHighEntropyValues hangs or fails', async () => {
    const env = pageEnv({ hintsTimeoutMs: 10 });
    const hanging = await collectLocalFacts({
      ...env,
      navigator: { ...env.navigator, userAgentData: { brands: [{ brand: 'Google Chrome', version: '120' }], platform: 'Windows', getHighEntropyValues: () => new Promise(() => undefined) } },
    });
    expect(hanging.uaData).toEqual({ brands: [{ brand: 'Google Chrome', version: '120' }], platform: 'Windows' });
    const failing = await collectLocalFacts({
      ...env,
      navigator: { ...env.navigator, userAgentData: { platform: 'Windows', getHighEntropyValues: () => Promise.reject(new Error('denied')) } },
    });
    expect(failing.uaData).toEqual({ platform: 'Windows' });
  });

  it('survives a bare environment', async () => {
    const facts = await collectLocalFacts({ context: 'page' });
    expect(facts.ua).toBeUndefined();
    expect(isUnmeasured(facts.plugins)).toBe(true);
    expect(isUnmeasured(facts.cookieEnabled)).toBe(true);
    expect(facts.storage && isUnmeasured(facts.storage.local)).toBe(true);
  });
});

describe('probeStorage', () => {
  it('reports a storage whose getter throws (site data blocked)', () => {
    const result = probeStorage(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    expect(result).toEqual({ ok: false, error: expect.stringContaining('SecurityError') });
  });

  it('reports a full storage', () => {
    const full = { ...memoryStorage(), setItem: () => { throw new DOMException('quota', 'QuotaExceededError'); } };
    expect(probeStorage(() => full)).toMatchObject({ ok: false });
  });

  it('reports a missing storage', () => {
    expect(probeStorage(() => null)).toMatchObject({ ok: false });
  });
});

describe('probePopup', () => {
  it('sees a blocked window', () => {
    expect(probePopup(() => null)).toEqual({ blocked: true });
  });

  it('opens and closes a blank window when allowed', () => {
    const close = vi.fn();
    const open = vi.fn(() => ({ close }));
    expect(probePopup(open)).toEqual({ blocked: false });
    expect(open).toHaveBeenCalledWith('about:blank', '_blank', expect.any(String));
    expect(close).toHaveBeenCalled();
  });
});
