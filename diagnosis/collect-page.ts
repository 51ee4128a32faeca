import type { UaBrand, UaDataLike } from './browser';
import type { AnyCheck } from './check';
import { diagnosisChecks } from './checks';
import type { NavigatorLike, PageEnv, StorageLike } from './env';
import { unmeasured, type LocalFacts, type PopupProbe, type StorageProbe, type Unmeasured } from './snapshot';
import { errorMessage, text } from './text';

const probeKey = '__permit_selfcheck_probe__';

export function probeStorage(get: (() => StorageLike | null | undefined) | undefined): StorageProbe | Unmeasured {
  if (!get) return unmeasured(text('没有提供这种存储。', 'This storage was not provided.'));
  try {
    const storage = get();
    if (!storage) return { ok: false, error: 'storage is not available' };
    storage.setItem(probeKey, '1');
    const readBack = storage.getItem(probeKey);
    storage.removeItem(probeKey);
    return readBack === '1' ? { ok: true } : { ok: false, error: 'the test value did not read back' };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}

/** Writes and removes a test cookie; the page's own cookies are never read into the result. */
function probeCookie(doc: { cookie: string } | undefined): boolean | Unmeasured {
  if (!doc) return unmeasured(text('没有取得 Cookie 设置。', 'The cookie setting was not collected.'));
  try {
    doc.cookie = `${probeKey}=1; path=/; max-age=60; SameSite=Lax`;
    const works = doc.cookie.split(/;\s*/).includes(`${probeKey}=1`);
    doc.cookie = `${probeKey}=; path=/; max-age=0; SameSite=Lax`;
    return works;
  } catch (error) {
    return unmeasured(text(`检测 Cookie 时出错：${errorMessage(error)}`, `Error while testing cookies: ${errorMessage(error)}`));
  }
}

/**
 * Call from the platform page inside a click handler: browsers allow pop-ups only on a user action,
 * so any other moment measures nothing.
 */
export function probePopup(open: (url: string, target: string, features: string) => { close(): void } | null): PopupProbe {
  try {
    const win = open('about:blank', '_blank', 'width=80,height=60');
    if (!win) return { blocked: true };
    win.close();
    return { blocked: false };
  } catch {
    return { blocked: true };
  }
}

function names<T>(list: ArrayLike<T> | undefined, pick: (item: T) => unknown): string[] | Unmeasured {
  if (!list) return unmeasured(text('浏览器没有提供这份列表。', 'The browser did not provide this list.'));
  try {
    return Array.from(list, pick).filter((n): n is string => typeof n === 'string' && n !== '');
  } catch (error) {
    return unmeasured(text(`读取列表时出错：${errorMessage(error)}`, `Error while reading the list: ${errorMessage(error)}`));
  }
}

async function clientHints(nav: NavigatorLike | undefined, timeoutMs: number): Promise<UaDataLike | undefined> {
  const data = nav?.userAgentData;
  if (!data) return undefined;
  const low: UaDataLike = {
    ...(Array.isArray(data.brands) ? { brands: data.brands.map((b) => ({ brand: String(b.brand), version: String(b.version) })) } : {}),
    ...(typeof data.mobile === 'boolean' ? { mobile: data.mobile } : {}),
    ...(typeof data.platform === 'string' ? { platform: data.platform } : {}),
  };
  if (typeof data.getHighEntropyValues !== 'function') return low;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const high = await Promise.race([
      data.getHighEntropyValues(['platformVersion', 'fullVersionList']),
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), timeoutMs);
      }),
    ]);
    if (!high) return low;
    const fullVersionList = Array.isArray(high.fullVersionList) ? (high.fullVersionList as UaBrand[]) : undefined;
    return {
      ...low,
      ...(typeof high.platformVersion === 'string' ? { platformVersion: high.platformVersion } : {}),
      ...(fullVersionList ? { fullVersionList } : {}),
    };
  } catch {
    return low;
  } finally {
    clearTimeout(timer);
  }
}

/** A global "no cookies" is final; otherwise a real write on the page also catches per-site blocking. */
function cookieFact(nav: NavigatorLike | undefined, doc: PageEnv['document']): boolean | Unmeasured {
  if (nav?.cookieEnabled === false) return false;
  if (doc) return probeCookie(doc);
  return typeof nav?.cookieEnabled === 'boolean' ? nav.cookieEnabled : probeCookie(undefined);
}

const popupReasons = {
  'extension-popup': text(
    '从扩展的弹出窗口打开新窗口，和平台页面打开新窗口不是一回事，测不出平台页面的弹窗设置。请在平台页面上的助手面板里做这项检测。',
    "Opening a window from the extension's popup is not the same as from the platform page, so it says nothing about the platform's pop-up setting. Run this test from the helper panel on a platform page.",
  ),
  page: text(
    '浏览器只允许在点击时打开新窗口，这项检测需要您在平台页面上点一下按钮才能进行。',
    'Browsers allow new windows only on a click, so this test needs a click on the platform page.',
  ),
};

/** How long one check's own collector may take before its fact counts as unmeasured. */
const ownFactTimeoutMs = 40;

async function collectOwn(check: AnyCheck, env: PageEnv): Promise<unknown> {
  const collect = check.collect;
  if (!collect) return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<Unmeasured>((resolve) => {
    timer = setTimeout(
      () => resolve(unmeasured(text(`读取超过 ${ownFactTimeoutMs} 毫秒没有结果。`, `No result within ${ownFactTimeoutMs} ms.`))),
      ownFactTimeoutMs,
    );
  });
  try {
    return await Promise.race([Promise.resolve().then(() => collect(env)), late]);
  } catch (error) {
    return unmeasured(text(`读取时出错：${errorMessage(error)}`, `Error while reading: ${errorMessage(error)}`));
  } finally {
    clearTimeout(timer);
  }
}

/** Each check's own fact, by check id (checks without a `collect` are left out). */
async function collectOwnFacts(env: PageEnv, checks: readonly AnyCheck[]): Promise<Record<string, unknown>> {
  const withCollector = checks.filter((check) => check.collect !== undefined);
  const values = await Promise.all(withCollector.map((check) => collectOwn(check, env)));
  return Object.fromEntries(withCollector.map((check, index) => [check.id, values[index]]));
}

/**
 * Reads the local facts the checks need, and every check's own fact. Thin: every global comes in
 * through `env`.
 */
export async function collectLocalFacts(env: PageEnv, checks: readonly AnyCheck[] = diagnosisChecks): Promise<LocalFacts> {
  const own = collectOwnFacts(env, checks);
  const nav = env.navigator;
  const facts: LocalFacts = {
    plugins: names(nav?.plugins, (p) => p?.name),
    mimeTypes: names(nav?.mimeTypes, (m) => m?.type),
    cookieEnabled: cookieFact(nav, env.document),
    storage: { local: probeStorage(env.localStorage), session: probeStorage(env.sessionStorage) },
    popups: env.popupProbe && env.context === 'page' ? env.popupProbe : unmeasured(popupReasons[env.context]),
    innerWidth:
      env.context === 'page' && typeof env.window?.innerWidth === 'number'
        ? env.window.innerWidth
        : unmeasured(text('在扩展的弹出窗口里量不到平台页面的宽度。', "The platform page's width cannot be measured from the extension popup.")),
  };
  if (typeof nav?.userAgent === 'string') facts.ua = nav.userAgent;
  const hints = await clientHints(nav, env.hintsTimeoutMs ?? 50);
  if (hints) facts.uaData = hints;
  const s = env.screen;
  if (s && [s.width, s.height, s.availWidth].every((n) => typeof n === 'number' && Number.isFinite(n))) {
    facts.screen = { width: s.width, height: s.height, availWidth: s.availWidth };
  }
  if (typeof env.window?.devicePixelRatio === 'number') facts.devicePixelRatio = env.window.devicePixelRatio;
  if (typeof env.zoom === 'number' && env.zoom > 0) facts.zoom = env.zoom;
  try {
    facts.localTime = (env.now ?? Date.now)();
  } catch {
    // Without a clock the clock check uses the probe's own timestamps.
  }
  facts.own = await own;
  return facts;
}
