import Bowser from 'bowser';
import type { LocalizedText } from '../lib/localized';
import { text } from './text';

/** `navigator.userAgentData` plus the high-entropy values the collector asked for. */
export interface UaBrand {
  brand: string;
  version: string;
}
export interface UaDataLike {
  brands?: UaBrand[];
  fullVersionList?: UaBrand[];
  platform?: string;
  platformVersion?: string;
  mobile?: boolean;
}

export type BrowserName =
  | 'Chrome'
  | 'Edge'
  | 'Firefox'
  | '360SE'
  | '360EE'
  | 'QQBrowser'
  | 'Sogou'
  | 'IE'
  | 'Opera'
  | 'Safari'
  | 'HeadlessChrome'
  | 'Chromium'
  | 'Other';
export type EngineName = 'Blink' | 'Gecko' | 'Trident' | 'WebKit' | 'Other';
export type OsName = 'Windows' | 'macOS' | 'Linux' | 'Android' | 'iOS' | 'ChromeOS' | 'Other';
export type ShellCore = 'speed' | 'compat';

export interface OsInfo {
  name: OsName;
  /** '7', '8.1', '10', '11', '14.2'…; absent when it cannot be told. */
  version?: string;
  /** When only a set is known (Windows NT 10.0 is 10 or 11 without client hints). */
  possibleVersions?: string[];
}

export interface BrowserInfo {
  name: BrowserName;
  /** The browser's own version; '' when the user agent does not carry it (360, Sogou). */
  version: string;
  major: number | undefined;
  engine: EngineName;
  /** Chromium version for Blink, Trident token for IE cores, rv: for Gecko. */
  engineVersion?: string;
  os: OsInfo;
  /** 360/QQ/Sogou wrap Blink (极速, speed) or Trident (兼容, compat). */
  shell?: { name: string; core: ShellCore };
  /** IE showing an older document mode (compatibility view): the emulated IE version. */
  compatViewAs?: number;
  /** Where the user agent cannot tell browsers apart. */
  note?: LocalizedText;
  label: LocalizedText;
}

const shellNames: Record<'360SE' | '360EE' | 'QQBrowser' | 'Sogou', LocalizedText> = {
  '360SE': text('360安全浏览器', '360 Secure Browser'),
  '360EE': text('360极速浏览器', '360 Speed Browser'),
  QQBrowser: text('QQ浏览器', 'QQ Browser'),
  Sogou: text('搜狗高速浏览器', 'Sogou Browser'),
};
type ShellName = keyof typeof shellNames;

const plainChromeNote = text(
  '360、QQ 等国产浏览器在极速模式下常常显示为普通 Chrome，仅凭浏览器标识无法区分。',
  '360, QQ and similar browsers often present themselves as plain Chrome in speed mode; the user agent cannot tell them apart.',
);
const ie11Note = text(
  'Edge 的 IE 模式以及 360、QQ 等浏览器的兼容模式，也会显示为 IE 11，无法区分。',
  "Edge's IE mode and the compatibility mode of 360, QQ and similar browsers also show as IE 11; they cannot be told apart.",
);
const chromiumNote = text(
  '这是基于 Chromium 的浏览器，但没有报出品牌，可能是 360、QQ 等国产浏览器。',
  'A Chromium-based browser that does not name its brand; it may be 360, QQ or a similar browser.',
);

function majorOf(version: string | undefined): number | undefined {
  const match = /^(\d+)/.exec(version ?? '');
  if (!match) return undefined;
  const n = Number(match[1]);
  return Number.isSafeInteger(n) ? n : undefined;
}

function tokenVersion(ua: string, pattern: RegExp): string | undefined {
  return pattern.exec(ua)?.[1];
}

// ---------- operating system ----------

const windowsNtVersions: Record<string, string> = {
  '5.1': 'XP',
  '5.2': 'XP',
  '6.0': 'Vista',
  '6.1': '7',
  '6.2': '8',
  '6.3': '8.1',
};

function osFromUa(ua: string): OsInfo {
  const nt = /Windows NT (\d+\.\d+)/.exec(ua)?.[1];
  if (nt !== undefined) {
    if (nt === '10.0') return { name: 'Windows', possibleVersions: ['10', '11'] };
    const version = windowsNtVersions[nt];
    return version ? { name: 'Windows', version } : { name: 'Windows' };
  }
  if (/Windows/.test(ua)) return { name: 'Windows' };
  if (/CrOS/.test(ua)) return { name: 'ChromeOS' };
  let parsed: { name?: string; version?: string } = {};
  try {
    parsed = Bowser.parse(ua).os;
  } catch {
    parsed = {};
  }
  const version = parsed.version || undefined;
  switch (parsed.name) {
    case 'macOS':
      return version ? { name: 'macOS', version } : { name: 'macOS' };
    case 'iOS':
      return version ? { name: 'iOS', version } : { name: 'iOS' };
    case 'Android':
      return version ? { name: 'Android', version } : { name: 'Android' };
    case 'Linux':
      return { name: 'Linux' };
    case 'Chrome OS':
      return { name: 'ChromeOS' };
    default:
      return { name: 'Other' };
  }
}

/** Microsoft's mapping: platformVersion 0 = Windows 7/8/8.1, 1–12 = Windows 10, 13 and up = Windows 11. */
function osFromHints(hints: UaDataLike): OsInfo | undefined {
  const platform = typeof hints.platform === 'string' ? hints.platform : '';
  const pv = typeof hints.platformVersion === 'string' ? hints.platformVersion : '';
  const major = majorOf(pv);
  switch (platform) {
    case 'Windows':
      if (major === undefined) return { name: 'Windows', possibleVersions: ['10', '11'] };
      if (major >= 13) return { name: 'Windows', version: '11' };
      if (major >= 1) return { name: 'Windows', version: '10' };
      return { name: 'Windows', possibleVersions: ['7', '8', '8.1'] };
    case 'macOS':
      return pv ? { name: 'macOS', version: pv } : { name: 'macOS' };
    case 'Android':
      return pv ? { name: 'Android', version: pv } : { name: 'Android' };
    case 'Linux':
      return { name: 'Linux' };
    case 'Chrome OS':
    case 'ChromeOS':
      return { name: 'ChromeOS' };
    case '':
      return undefined;
    default:
      return { name: 'Other' };
  }
}

export function formatOs(os: OsInfo): LocalizedText {
  const name = os.name === 'Other' ? text('其他系统', 'another system') : text(os.name, os.name);
  if (os.version) return text(`${name.zh} ${os.version}`, `${name.en} ${os.version}`);
  if (os.possibleVersions?.length) {
    const head = os.possibleVersions.slice(0, -1);
    const last = os.possibleVersions[os.possibleVersions.length - 1];
    return head.length
      ? text(`${name.zh} ${head.join('、')} 或 ${last}`, `${name.en} ${head.join(', ')} or ${last}`)
      : text(`${name.zh} ${last}`, `${name.en} ${last}`);
  }
  return name;
}

// ---------- user agent string ----------

type Draft = Omit<BrowserInfo, 'label' | 'os'>;

const ieByTrident: Record<number, number> = { 4: 8, 5: 9, 6: 10, 7: 11 };

function shellInUa(ua: string): ShellName | undefined {
  if (/\b360SE\b/.test(ua)) return '360SE';
  if (/\b360EE\b/.test(ua)) return '360EE';
  if (/QQBrowser/.test(ua)) return 'QQBrowser';
  if (/MetaSr/.test(ua)) return 'Sogou';
  return undefined;
}

function tridentDraft(ua: string): Draft | undefined {
  const engineVersion = tokenVersion(ua, /Trident\/(\d+\.\d+)/);
  const msie = majorOf(tokenVersion(ua, /MSIE (\d+)/));
  if (engineVersion === undefined && msie === undefined) return undefined;
  const fromTrident = ieByTrident[majorOf(engineVersion) ?? -1];
  const ieMajor = fromTrident ?? msie ?? majorOf(tokenVersion(ua, /rv:(\d+)/));
  const draft: Draft = {
    name: 'IE',
    version: ieMajor === undefined ? '' : `${ieMajor}.0`,
    major: ieMajor,
    engine: 'Trident',
    ...(engineVersion ? { engineVersion } : {}),
  };
  if (msie !== undefined && ieMajor !== undefined && msie < ieMajor) draft.compatViewAs = msie;
  const shell = shellInUa(ua);
  if (!shell) return ieMajor === 11 ? { ...draft, note: ie11Note } : draft;
  const own = shell === 'QQBrowser' ? (tokenVersion(ua, /QQBrowser\/([\d.]+)/) ?? '') : '';
  return { ...draft, name: shell, version: own, major: majorOf(own), shell: { name: shell, core: 'compat' } };
}

/** The IE version behind a Trident core (a shell's own version is not the IE version). */
export function ieCoreVersion(info: Pick<BrowserInfo, 'name' | 'engine' | 'engineVersion' | 'major'>): number | undefined {
  if (info.engine !== 'Trident') return undefined;
  return ieByTrident[majorOf(info.engineVersion) ?? -1] ?? (info.name === 'IE' ? info.major : undefined);
}

function blinkDraft(ua: string): Draft | undefined {
  const chrome = tokenVersion(ua, /(?:Chrome|Chromium|HeadlessChrome)\/([\d.]+)/);
  if (chrome === undefined) return undefined;
  const base = { engine: 'Blink' as const, engineVersion: chrome };
  const shell = shellInUa(ua);
  if (shell) {
    const own = shell === 'QQBrowser' ? (tokenVersion(ua, /QQBrowser\/([\d.]+)/) ?? '') : '';
    return { ...base, name: shell, version: own, major: majorOf(own), shell: { name: shell, core: 'speed' } };
  }
  const edge = tokenVersion(ua, /\bEdg(?:A|iOS)?\/([\d.]+)/);
  if (edge !== undefined) return { ...base, name: 'Edge', version: edge, major: majorOf(edge) };
  const opera = tokenVersion(ua, /\bOPR\/([\d.]+)/);
  if (opera !== undefined) return { ...base, name: 'Opera', version: opera, major: majorOf(opera) };
  const headless = tokenVersion(ua, /HeadlessChrome\/([\d.]+)/);
  if (headless !== undefined) return { ...base, name: 'HeadlessChrome', version: headless, major: majorOf(headless) };
  const chromium = tokenVersion(ua, /Chromium\/([\d.]+)/);
  if (chromium !== undefined) return { ...base, name: 'Chromium', version: chromium, major: majorOf(chromium) };
  const draft: Draft = { ...base, name: 'Chrome', version: chrome, major: majorOf(chrome) };
  return /Windows/.test(ua) ? { ...draft, note: plainChromeNote } : draft;
}

function draftFromUa(ua: string): Draft {
  const legacyEdge = tokenVersion(ua, /\bEdge\/([\d.]+)/);
  if (legacyEdge !== undefined) {
    return { name: 'Edge', version: legacyEdge, major: majorOf(legacyEdge), engine: 'Other', engineVersion: legacyEdge };
  }
  const trident = tridentDraft(ua);
  if (trident) return trident;
  const blink = blinkDraft(ua);
  if (blink) return blink;
  const firefox = tokenVersion(ua, /Firefox\/([\d.]+)/);
  if (firefox !== undefined) {
    const rv = tokenVersion(ua, /rv:([\d.]+)/);
    return { name: 'Firefox', version: firefox, major: majorOf(firefox), engine: 'Gecko', ...(rv ? { engineVersion: rv } : {}) };
  }
  const safari = /AppleWebKit\/([\d.]+)/.exec(ua);
  if (safari && /Safari\//.test(ua)) {
    const version = tokenVersion(ua, /Version\/([\d.]+)/) ?? '';
    return { name: 'Safari', version, major: majorOf(version), engine: 'WebKit', engineVersion: safari[1] };
  }
  return { name: 'Other', version: '', major: undefined, engine: /Gecko\//.test(ua) ? 'Gecko' : 'Other' };
}

// ---------- client hints ----------

const greaseBrand = /^\s*not[^a-z]*a[^a-z]*brand\s*$/i;

function cleanBrands(list: unknown): UaBrand[] {
  if (!Array.isArray(list)) return [];
  return list.filter(
    (b): b is UaBrand =>
      typeof b === 'object' && b !== null && typeof b.brand === 'string' && typeof b.version === 'string' && !greaseBrand.test(b.brand),
  );
}

const brandNames: [string, BrowserName][] = [
  ['Microsoft Edge', 'Edge'],
  ['Opera', 'Opera'],
  ['HeadlessChrome', 'HeadlessChrome'],
  ['Google Chrome', 'Chrome'],
];

function applyHints(draft: Draft, hints: UaDataLike): Draft {
  const full = cleanBrands(hints.fullVersionList);
  const brands = full.length ? full : cleanBrands(hints.brands);
  if (!brands.length) return draft;
  const versionOf = (name: string) => brands.find((b) => b.brand === name)?.version;
  const chromium = versionOf('Chromium');
  // A shell named by the UA string keeps its name; the hints only sharpen the core version.
  if (draft.shell) return chromium ? { ...draft, engineVersion: chromium } : draft;
  const engine = { engine: 'Blink' as const, ...(chromium ? { engineVersion: chromium } : draft.engineVersion ? { engineVersion: draft.engineVersion } : {}) };
  for (const [brand, name] of brandNames) {
    const version = versionOf(brand);
    if (version === undefined) continue;
    const result: Draft = { ...engine, name, version, major: majorOf(version) };
    // 360 and others may copy Chrome's brand too, so the doubt stays.
    return name === 'Chrome' && draft.note === plainChromeNote ? { ...result, note: plainChromeNote } : result;
  }
  const other = brands.find((b) => b.brand !== 'Chromium');
  if (other) {
    return { ...engine, name: 'Other', version: other.version, major: majorOf(other.version), note: text(`浏览器品牌：${other.brand}`, `Browser brand: ${other.brand}`) };
  }
  if (chromium) return { ...engine, name: 'Chromium', version: chromium, major: majorOf(chromium), note: chromiumNote };
  return draft;
}

// ---------- labels ----------

const plainNames: Record<Exclude<BrowserName, 'Other'>, LocalizedText> = {
  ...shellNames,
  Chrome: text('Chrome', 'Chrome'),
  Edge: text('Microsoft Edge', 'Microsoft Edge'),
  Firefox: text('Firefox', 'Firefox'),
  IE: text('Internet Explorer', 'Internet Explorer'),
  Opera: text('Opera', 'Opera'),
  Safari: text('Safari', 'Safari'),
  HeadlessChrome: text('无界面 Chrome', 'Headless Chrome'),
  Chromium: text('Chromium 内核浏览器', 'Chromium-based browser'),
};

function withVersion(name: LocalizedText, version: string | number | undefined): LocalizedText {
  return version === undefined || version === '' ? name : text(`${name.zh} ${version}`, `${name.en} ${version}`);
}

function coreLabel(info: Draft): LocalizedText {
  if (info.engine === 'Trident') {
    const ieVersion = ieCoreVersion(info);
    const ie = ieVersion === undefined ? '' : ` ${ieVersion}`;
    const view = info.compatViewAs ? text(`，按 IE ${info.compatViewAs} 兼容性视图`, `, IE ${info.compatViewAs} compatibility view`) : text('', '');
    return text(`兼容模式，IE${ie} 内核${view.zh}`, `compatibility mode, IE${ie} core${view.en}`);
  }
  const core = majorOf(info.engineVersion);
  const chromium = core === undefined ? '' : ` ${core}`;
  return text(`极速模式，Chromium${chromium} 内核`, `speed mode, Chromium${chromium} core`);
}

function labelOf(info: Draft, uaName: string): LocalizedText {
  if (info.shell) {
    const name = withVersion(shellNames[info.shell.name as ShellName], info.version.split('.').slice(0, 2).join('.'));
    const core = coreLabel(info);
    return text(`${name.zh}（${core.zh}）`, `${name.en} (${core.en})`);
  }
  if (info.name === 'Other') {
    const seen = uaName ? text(`：${uaName}`, `: ${uaName}`) : text('', '');
    return withVersion(text(`未能识别的浏览器${seen.zh}`, `Unrecognised browser${seen.en}`), info.version);
  }
  if (info.name === 'Edge' && info.engine === 'Other') {
    return text(`旧版 Microsoft Edge ${info.major ?? ''}（EdgeHTML 内核）`, `Legacy Microsoft Edge ${info.major ?? ''} (EdgeHTML engine)`);
  }
  const base = withVersion(plainNames[info.name], info.name === 'IE' ? info.major : info.major ?? info.version);
  if (info.name === 'HeadlessChrome') return text(`${base.zh}（自动化测试用）`, `${base.en} (automation)`);
  if (info.name === 'IE' && info.compatViewAs) {
    return text(`${base.zh}（兼容性视图，模拟 IE ${info.compatViewAs}）`, `${base.en} (compatibility view, emulating IE ${info.compatViewAs})`);
  }
  return base;
}

function bowserName(ua: string): string {
  try {
    return Bowser.parse(ua).browser.name ?? '';
  } catch {
    return '';
  }
}

const unknownInfo: BrowserInfo = {
  name: 'Other',
  version: '',
  major: undefined,
  engine: 'Other',
  os: { name: 'Other' },
  label: text('未能识别的浏览器', 'Unrecognised browser'),
};

/**
 * Names the browser from client hints first, then the user agent string. Never throws.
 * `uaData` is `navigator.userAgentData` merged with `getHighEntropyValues(['platformVersion', 'fullVersionList'])`.
 */
export function parseBrowser(ua: string, uaData?: UaDataLike): BrowserInfo {
  try {
    const agent = typeof ua === 'string' ? ua.slice(0, 2000) : '';
    const hints = typeof uaData === 'object' && uaData !== null ? uaData : undefined;
    const fromUa = draftFromUa(agent);
    const draft = hints ? applyHints(fromUa, hints) : fromUa;
    const os = (hints && osFromHints(hints)) ?? osFromUa(agent);
    const cleaned: Draft = Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined)) as Draft;
    return { ...cleaned, os, label: labelOf(cleaned, cleaned.name === 'Other' ? bowserName(agent) : '') };
  } catch {
    return unknownInfo;
  }
}
