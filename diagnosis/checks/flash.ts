import { conclude, defineCheck, skipped, type Verdict } from '../check';
import { parseBrowser } from '../browser';
import { isUnmeasured, type EnvironmentSnapshot } from '../snapshot';
import { text } from '../text';

const faq = [6, 20];
const flashPlugin = /shockwave flash|flash player/i;
const flashMime = 'application/x-shockwave-flash';

const whereToLook = text(
  '常见问题第 6、20 条要求安装 Flash，写于旧版平台时期。如果上传附件或选择经纬度时页面仍然提示需要 Flash：先看公开端右下角「资料附件」里的《无法上传附件或图片解决方案》，再向当地环保局或平台在线客服确认现在的做法。经纬度也可以在文本框里直接输入小数格式（例如 116.397428），再点「定位」。不要从来历不明的网站下载 Flash 安装包。',
  'FAQ entries 6 and 20 ask for Flash, written for the older platform. If uploading or picking coordinates still asks for Flash: read the public site\'s "资料附件" document on upload problems (bottom right), then ask the local environment bureau or the platform\'s online support for today\'s method. Coordinates can also be typed as decimal degrees (e.g. 116.397428) before clicking "定位". Do not download Flash installers from unknown sites.',
);

export function checkFlash(snapshot: EnvironmentSnapshot): Verdict {
  const { plugins, mimeTypes } = snapshot;
  if (plugins === undefined || isUnmeasured(plugins)) {
    const reason = isUnmeasured(plugins) ? plugins.reason : text('没有取得浏览器插件列表。', 'The plug-in list was not collected.');
    return skipped(reason, faq);
  }
  const mimes = mimeTypes !== undefined && !isUnmeasured(mimeTypes) ? mimeTypes : [];
  const flash = plugins.find((name) => flashPlugin.test(name));
  if (flash !== undefined || mimes.includes(flashMime)) {
    return conclude('warn', text(`浏览器里还装着 Flash 插件（${flash ?? flashMime}）。`, `A Flash plug-in is still installed (${flash ?? flashMime}).`), text(
      'Adobe 已于 2020 年 12 月 31 日停止支持 Flash，之后不再修补安全漏洞，继续使用有风险。' + whereToLook.zh,
      'Adobe ended Flash support on 2020-12-31 and no longer fixes its security holes; keeping it is a risk. ' + whereToLook.en,
    ), faq);
  }
  if (plugins.length === 0 && parseBrowser(snapshot.ua ?? '', snapshot.uaData).engine === 'Trident') {
    return skipped(text('IE 内核的 Flash 是 ActiveX 控件，网页读不到它，无法判断是否安装。', 'In an IE core Flash is an ActiveX control that pages cannot list; cannot tell whether it is installed.'), faq);
  }
  const listed = plugins.length ? plugins.join('、') : '无';
  return conclude('info', text(
    `没有 Flash 插件（浏览器列出的插件：${listed}）。这是正常的：Flash 已于 2020 年 12 月 31 日停止支持，现在的浏览器都不能运行它。`,
    `No Flash plug-in (plug-ins listed: ${plugins.length ? plugins.join(', ') : 'none'}). That is normal: Flash ended on 2020-12-31 and no current browser runs it.`,
  ), whereToLook, faq);
}

export const flashCheck = defineCheck({
  id: 'flash',
  order: 30,
  title: text('Flash 插件', 'Flash plug-in'),
  needs: ['local'],
  run: checkFlash,
});
export default flashCheck;

declare module '../check' {
  interface CheckModules {
    flash: typeof flashCheck;
  }
}
