import { demoEnterprise } from '../data/enterprise';
import { ssoUrl, validSsoToken } from '../data/monitoring';
import { esc, script } from '../layout/html';
import { modulePage, platformName } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

const title = `监测记录-${platformName}`;
const jumpPath = '/permitExt/jcjl/jcjl!jcjl.action';

/**
 * 监测记录: a form that submits itself (tokenId, bh, lb, act) to the monitoring platform's SSO.
 * `&token=expired` posts a token the monitoring side refuses (「tokenid验证失败」).
 */
function render(url: URL): string {
  const token = url.searchParams.get('token') === 'expired' ? '0000expired0000' : validSsoToken;
  return modulePage({
    title,
    crumbs: ['监测记录'],
    body: `<h3>监测记录</h3>
<form id="ssoForm" name="ssoForm" action="${esc(ssoUrl)}" method="post">
  <input type="hidden" name="tokenId" value="${esc(token)}" />
  <input type="hidden" name="bh" value="${esc(demoEnterprise.permitNumber)}" />
  <input type="hidden" name="lb" value="1" />
  <input type="hidden" name="act" value="login" />
  <p class="tip" id="jumpTip">正在跳转至全国污染源监测信息管理与共享平台……</p>
  <p>如果页面没有自动跳转，请点击 <input type="submit" class="btn" id="jumpBtn" value="进入监测平台" /></p>
</form>
${script(`document.getElementById('ssoForm').submit();`)}`,
  });
}

export const monitoringJumpRoutes: MockRoute[] = [
  {
    path: `${jumpPath}?enterid=${demoEnterprise.enterId}`,
    site: 'permit',
    kind: 'monitoring',
    title,
    variant: 'jump that the monitoring side accepts',
    render: ({ url }) => ({ html: render(url) }),
  },
  {
    path: `${jumpPath}?enterid=${demoEnterprise.enterId}&token=expired`,
    site: 'permit',
    kind: 'monitoring',
    title,
    variant: 'jump whose token the monitoring side refuses',
    render: ({ url }) => ({ html: render(url) }),
  },
  { path: jumpPath, site: 'permit', kind: 'monitoring', title, render: ({ url }) => ({ html: render(url) }) },
];
