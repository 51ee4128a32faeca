import { demoEnterprise } from '../data/enterprise';
import { esc, script } from '../layout/html';
import { modulePage, platformName } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

const title = `监测记录-${platformName}`;
/** Protocol-relative, so the jump keeps http or https like the page it starts from. */
const ssoBase = '//wryjc.cnemc.cn/eap/SingleSignOnXKZ';
const JUMP_DELAY_MS = 3000;

export const monitoringJumpRoutes: MockRoute[] = [
  {
    path: '/permitExt/jcjl/jcjl!jcjl.action',
    site: 'permit',
    kind: 'monitoring',
    title,
    render: ({ url }) => {
      const enterId = url.searchParams.get('enterid') ?? demoEnterprise.enterId;
      const target = `${ssoBase}?xkzh=${encodeURIComponent(demoEnterprise.permitNumber)}&enterid=${encodeURIComponent(enterId)}`;
      return {
        html: modulePage({
          title,
          crumbs: ['监测记录'],
          body: `<h3>监测记录</h3>
<div class="tip" id="jumpTip">正在跳转至全国污染源监测信息管理与共享平台，无需再次登录……</div>
<p>如果页面没有自动跳转，请<a id="jumpLink" href="${esc(target)}" target="_self">点击这里进入监测平台</a>。</p>
<p style="color:#999">说明：许可证核发后10个工作日，监测平台同步登录及许可证信息后方可自动跳转；许可证变更、延续、补办办结后10个工作日更新排放口等信息。</p>
${script(`setTimeout(function () { window.location.href = document.getElementById('jumpLink').href; }, ${JUMP_DELAY_MS});`)}`,
        }),
      };
    },
  },
];
