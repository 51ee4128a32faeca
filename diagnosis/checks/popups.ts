import { conclude, defineCheck, skipped, type Verdict } from '../check';
import { isUnmeasured, type EnvironmentSnapshot } from '../snapshot';
import { text } from '../text';

const faq = [6];

export function checkPopups(snapshot: EnvironmentSnapshot): Verdict {
  const { popups } = snapshot;
  if (popups === undefined) return skipped(text('没有在平台页面上检测弹出窗口。', 'Pop-ups were not tested on a platform page.'), faq);
  if (isUnmeasured(popups)) return skipped(popups.reason, faq);
  if (!popups.blocked) {
    return conclude('pass', text('在平台页面上点击时，可以打开新窗口。', 'A click on the platform page could open a new window.'), text('', ''), faq);
  }
  return conclude('warn', text('在平台页面上点击时，新窗口被拦截了。', 'A click on the platform page could not open a new window: it was blocked.'), text(
    '平台的附件上传等功能会打开新窗口。请点地址栏右侧带红叉的弹窗图标，选「始终允许 permit.mee.gov.cn 的弹出式窗口」；360、QQ 等浏览器还要在「广告拦截/弹窗拦截」设置里把平台加入白名单。',
    'Uploading attachments and other platform functions open new windows. Click the blocked pop-up icon at the right of the address bar and choose "Always allow pop-ups from permit.mee.gov.cn"; in 360, QQ and similar browsers also whitelist the platform in their ad/pop-up blocking settings.',
  ), faq);
}

export const popupsCheck = defineCheck({
  id: 'popups',
  order: 60,
  title: text('弹出窗口', 'Pop-up windows'),
  needs: ['local'],
  run: checkPopups,
});
export default popupsCheck;

declare module '../check' {
  interface CheckModules {
    popups: typeof popupsCheck;
  }
}
