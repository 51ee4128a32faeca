import { conclude, defineCheck, skipped, type CheckStatus, type Verdict } from '../check';
import type { LocalizedText } from '../../lib/localized';
import { formatOs, parseBrowser, type BrowserInfo } from '../browser';
import type { EnvironmentSnapshot } from '../snapshot';
import { emptyText, joinText, text } from '../text';
import { noUserAgent } from './make-result';

/** Below these cores the platform's newer pages may misbehave, and security updates are long gone. */
export const minBlinkMajor = 100;
export const minGeckoMajor = 115;

const faq = [6, 20];

const shellUpdateAdvice = text(
  '国产浏览器的内核要跟着浏览器一起升级：请到浏览器官网下载最新版安装。',
  'The core of these browsers updates with the browser: install the latest version from its official site.',
);
const updateAdvice = text(
  '请把浏览器升级到最新版：在浏览器菜单里找「帮助」或「关于」，打开后会自动检查更新。',
  'Update the browser: open "Help" or "About" in its menu; it checks for updates there.',
);

export function checkBrowser(snapshot: EnvironmentSnapshot): Verdict {
  if (!snapshot.ua && !snapshot.uaData) return skipped(noUserAgent, faq);
  const info = parseBrowser(snapshot.ua ?? '', snapshot.uaData);
  const os = formatOs(info.os);
  const { status, advice, extra } = verdict(info);
  const evidence = joinText(
    [
      text(`${info.label.zh}，${os.zh}。`, `${info.label.en}, ${os.en}.`),
      extra ?? emptyText,
      info.note ?? emptyText,
      snapshot.ua ? text(`浏览器标识：${snapshot.ua}`, `User agent: ${snapshot.ua}`) : emptyText,
    ],
    text('', ' '),
  );
  return conclude(status, evidence, advice, faq);
}

interface BrowserVerdict {
  status: CheckStatus;
  advice: LocalizedText;
  extra?: LocalizedText;
}

const ok: BrowserVerdict = { status: 'pass', advice: emptyText };

function verdict(info: BrowserInfo): BrowserVerdict {
  const coreMajor = Number.parseInt(info.engineVersion ?? '', 10);
  if (info.name === 'IE') {
    if ((info.major ?? 0) <= 10) {
      return { status: 'fail', advice: text(
        'IE 9/10 已被微软停止支持多年，连不上如今的 HTTPS 网站也很常见。请改用 Windows 自带的 Microsoft Edge；只有页面明确要求 IE 时，才用 Edge 的 IE 模式打开那个页面。',
        'IE 9/10 lost support years ago and often cannot open today\'s HTTPS sites. Use Microsoft Edge; open only pages that insist on IE in Edge\'s IE mode.',
      ) };
    }
    return { status: 'warn', advice: text(
      'IE 11 已于 2022 年 6 月停止支持。日常请用 Microsoft Edge，只在明确要求 IE 的页面用 Edge 的 IE 模式。',
      'IE 11 reached end of support in June 2022. Use Microsoft Edge day to day, and its IE mode only for pages that insist on IE.',
    ) };
  }
  if (info.shell?.core === 'compat') {
    return { status: 'info', advice: text(
      '现在是兼容模式（IE 内核）。只在要求 IE 的页面使用；其他页面请点地址栏右侧的「e」图标切回极速模式（闪电图标），更快也更安全。',
      'This is compatibility mode (IE core). Keep it for pages that insist on IE; elsewhere click the "e" icon at the right of the address bar to switch back to speed mode (the lightning icon).',
    ) };
  }
  if (info.name === 'Edge' && info.engine === 'Other') {
    return { status: 'warn', advice: text(
      '这是旧版 Edge，已停止更新。请通过 Windows 更新安装新版 Microsoft Edge。',
      'This is the legacy Edge, no longer updated. Install the new Microsoft Edge through Windows Update.',
    ) };
  }
  if (info.engine === 'Blink') {
    if (Number.isFinite(coreMajor) && coreMajor < minBlinkMajor) {
      return {
        status: 'warn',
        advice: info.shell ? shellUpdateAdvice : updateAdvice,
        extra: text(`内核 Chromium ${coreMajor} 较旧（建议 ${minBlinkMajor} 以上）。`, `Chromium ${coreMajor} is old (${minBlinkMajor} or newer is advised).`),
      };
    }
    if (info.name === 'HeadlessChrome') {
      return { status: 'info', advice: text('这是自动化测试用的浏览器，不是日常使用的浏览器。', 'This is an automation browser, not an everyday one.') };
    }
    return ok;
  }
  if (info.engine === 'Gecko' && info.name === 'Firefox') {
    return (info.major ?? 0) < minGeckoMajor ? { status: 'warn', advice: updateAdvice } : ok;
  }
  if (info.name === 'Safari') {
    return { status: 'info', advice: text(
      '平台主要面向 Windows 电脑。Safari 一般能打开平台，遇到问题请换用 Windows 电脑上的 Edge 或 Chrome。',
      'The platform is made for Windows PCs. Safari usually opens it; if something fails, use Edge or Chrome on a Windows PC.',
    ) };
  }
  return { status: 'warn', advice: text(
    '没有认出这个浏览器。如果平台页面有问题，请改用 Microsoft Edge 或 Chrome 的最新版。',
    'This browser was not recognised. If platform pages misbehave, use the latest Microsoft Edge or Chrome.',
  ) };
}

export const browserCheck = defineCheck({
  id: 'browser',
  order: 10,
  title: text('浏览器', 'Browser'),
  needs: ['local'],
  run: checkBrowser,
});
export default browserCheck;

declare module '../check' {
  interface CheckModules {
    browser: typeof browserCheck;
  }
}
