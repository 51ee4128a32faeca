import { conclude, defineCheck, skipped, type Verdict } from '../check';
import { parseBrowser } from '../browser';
import type { EnvironmentSnapshot } from '../snapshot';
import { joinText, text } from '../text';
import { noUserAgent } from './make-result';

const faq = [6, 20];

const why = text(
  '平台常见问题第 6、20 条要求用 IE 9/10/11（上传营业执照照片、选择经纬度），这是旧版平台时的要求；平台 2024 年已全面升级为 HTTPS，多数页面在现在的浏览器里可以直接用。只有某个页面明确提示要用 IE，或上传、地图选点点了没反应时，才需要下面的办法。',
  'FAQ entries 6 and 20 ask for IE 9/10/11 (uploading the business licence, picking coordinates): a requirement from the older platform. The platform moved to HTTPS in 2024 and most pages work in current browsers. Use the steps below only when a page says it needs IE, or when uploading or picking a point on the map does nothing.',
);
const edgeIeMode = text(
  'Edge 的 IE 模式：打开 Edge「设置 → 默认浏览器」，把「允许在 Internet Explorer 模式下重新加载网站」设为「允许」并重启 Edge；到了需要 IE 的页面，点右上角「…」→「在 Internet Explorer 模式下重新加载」。',
  'Edge\'s IE mode: in Edge open "Settings → Default browser", set "Allow sites to be reloaded in Internet Explorer mode" to "Allow" and restart Edge; on the page that needs IE, click "…" at the top right → "Reload in Internet Explorer mode".',
);
const dualCore = text(
  '360、QQ、搜狗等双核浏览器：点地址栏右侧的闪电图标，切换到「兼容模式」（e 图标）；用完再切回「极速模式」。',
  'Dual-core browsers such as 360, QQ or Sogou: click the lightning icon at the right of the address bar to switch to "compatibility mode" (the "e" icon); switch back to "speed mode" afterwards.',
);
const inCompat = text(
  '您现在用的是兼容模式（IE 内核）。只在需要 IE 的页面使用它；其他页面请点地址栏右侧的「e」图标切回极速模式。',
  'You are in compatibility mode (IE core). Keep it for pages that need IE; elsewhere click the "e" icon at the right of the address bar to switch back to speed mode.',
);
const ieRetired = text(
  'IE 已停止支持，Windows 10/11 上打开 IE 常会自动跳到 Edge。日常请用 Edge，只有需要 IE 的页面才用 Edge 的 IE 模式。',
  'IE is retired, and on Windows 10/11 it often opens Edge instead. Use Edge day to day and its IE mode only for pages that need IE.',
);
const compatView = (emulated: number) =>
  text(
    `IE 正在用「兼容性视图」模拟 IE ${emulated}，平台页面可能显示错乱：点 IE 右上角齿轮 →「兼容性视图设置」，把 mee.gov.cn 从列表里删除。`,
    `IE is emulating IE ${emulated} through "Compatibility View", which can garble platform pages: click the gear at the top right → "Compatibility View settings" and remove mee.gov.cn from the list.`,
  );
const paragraph = text('\n', '\n');

export function checkIeAdvice(snapshot: EnvironmentSnapshot): Verdict {
  if (!snapshot.ua && !snapshot.uaData) return skipped(noUserAgent, faq);
  const info = parseBrowser(snapshot.ua ?? '', snapshot.uaData);
  const seen = text(`当前浏览器：${info.label.zh}。`, `Current browser: ${info.label.en}.`);

  if (info.engine === 'Trident' && info.compatViewAs) {
    return conclude('warn', seen, joinText([compatView(info.compatViewAs), info.shell ? inCompat : ieRetired], paragraph), faq);
  }
  if (info.name === 'IE') return conclude('warn', seen, joinText([ieRetired, edgeIeMode], paragraph), faq);
  if (info.shell?.core === 'compat') return conclude('info', seen, joinText([inCompat, why], paragraph), faq);
  if (info.shell?.core === 'speed') return conclude('info', seen, joinText([why, dualCore], paragraph), faq);
  if (info.os.name !== 'Windows') {
    return conclude('info', seen, joinText([why, text(
      'IE 和 IE 模式只在 Windows 上有：遇到只能用 IE 的页面，请换一台 Windows 电脑，用 Edge 的 IE 模式打开。',
      'IE and IE mode exist only on Windows: for a page that only works in IE, use a Windows PC and Edge\'s IE mode.',
    )], paragraph), faq);
  }
  if (info.name === 'Edge') return conclude('info', seen, joinText([why, edgeIeMode], paragraph), faq);
  return conclude('info', seen, joinText([why, text(
    '本浏览器没有 IE 模式，可以改用 Windows 自带的 Edge：',
    'This browser has no IE mode; use the Edge that comes with Windows:',
  ), edgeIeMode, dualCore], paragraph), faq);
}

export const ieAdviceCheck = defineCheck({
  id: 'ie-advice',
  order: 20,
  title: text('需要 IE 的页面怎么办', 'Pages that need Internet Explorer'),
  needs: ['local'],
  run: checkIeAdvice,
});
export default ieAdviceCheck;

declare module '../check' {
  interface CheckModules {
    'ie-advice': typeof ieAdviceCheck;
  }
}
