import { demoEnterprise } from '../data/enterprise';
import { monitoringHome, ssoPath, tokenFailureText, validSsoToken } from '../data/monitoring';
import { esc, htmlDocument, redirectResponse, script, style } from '../layout/html';
import type { MockRoute } from '../routes';

const siteName = '全国污染源监测信息管理与共享平台';
const homePath = monitoringHome;

const monitoringStyles = style(`
body { margin: 0; font: 14px/1.6 "Microsoft YaHei", sans-serif; color: #333; background: #f4f6f9; }
.mheader { height: 60px; background: #0a7b5f; color: #fff; padding: 0 24px; font-size: 22px; line-height: 60px; }
.mheader span { font-size: 14px; margin-left: 16px; opacity: .85; }
.mbody { max-width: 1100px; margin: 16px auto; background: #fff; border: 1px solid #d9e1e8; padding: 16px 24px; }
.mbody table { width: 100%; border-collapse: collapse; }
.mbody th, .mbody td { border: 1px solid #d9e1e8; padding: 6px 8px; text-align: center; }
.mbody th { background: #eaf5f1; }
`);

function monitoringPage(title: string, body: string): string {
  return htmlDocument({
    title,
    doctype: 'html5',
    head: monitoringStyles,
    body: `<div class="mheader">${siteName}<span>${esc(title === siteName ? '企业自行监测' : title)}</span></div>
<div class="mbody">${body}</div>`,
  });
}

function whitelabelPage(): string {
  return `<html><body><h1>Whitelabel Error Page</h1><p>This application has no explicit mapping for /error, so you are seeing this as a fallback.</p><div id='created'>${new Date().toString()}</div><div>There was an unexpected error (type=Method Not Allowed, status=405).</div><div>Request method 'GET' not supported</div></body></html>`;
}

export const monitoringSiteRoutes: MockRoute[] = [
  {
    path: '/',
    site: 'monitoring',
    kind: 'monitoring',
    title: siteName,
    render: () => ({ html: monitoringPage(siteName, `<p>正在进入……</p>${script(`window.location.href = '${homePath}';`)}`) }),
  },
  {
    // Spring Boot's default page: the SSO takes POST only.
    path: ssoPath,
    site: 'monitoring',
    kind: 'monitoring',
    title: '',
    status: 405,
    variant: 'GET on the SSO: Whitelabel Error Page, HTTP 405',
    render: ({ method, body }) => {
      if (method === 'POST') {
        const token = new URLSearchParams(body).get('tokenId');
        return token === validSsoToken ? redirectResponse(homePath, siteName) : { html: tokenFailureText };
      }
      return { status: 405, html: whitelabelPage() };
    },
  },
  {
    path: `${ssoPath}?tokenId=0000expired0000`,
    site: 'monitoring',
    kind: 'monitoring',
    title: '',
    variant: 'an unknown token: bare text 「tokenid验证失败」',
    render: () => ({ html: tokenFailureText }),
  },
  {
    path: homePath,
    site: 'monitoring',
    kind: 'monitoring',
    title: siteName,
    render: () => ({
      html: monitoringPage(
        siteName,
        `<h2 style="font-size:18px">${esc(demoEnterprise.name)} 自行监测信息</h2>
<p>许可证编号：${esc(demoEnterprise.permitNumber)}</p>
<table>
<tr><th>排放口编号</th><th>排放口名称</th><th>监测指标</th><th>监测频次</th><th>本月应测</th><th>本月已录入</th></tr>
<tr><td>DA001</td><td>RTO焚烧炉排气筒</td><td>挥发性有机物</td><td>1次/月</td><td>1</td><td>0</td></tr>
<tr><td>DW001</td><td>污水总排口</td><td>化学需氧量</td><td>1次/季</td><td>0</td><td>0</td></tr>
</table>`,
      ),
    }),
  },
  {
    // The public side of the monitoring platform; the permit detail embeds it (?xkzh=…).
    path: '/gkpt',
    site: 'monitoring',
    host: 'wryjc.mee.gov.cn',
    kind: 'monitoring',
    title: `信息公开-${siteName}`,
    render: () => ({
      html: monitoringPage(
        `信息公开-${siteName}`,
        `<form action="/gkpt" method="get">企业名称：<input type="text" name="qymc" /> <input type="submit" value="查询" /></form>
<table style="margin-top:10px"><tr><th>省份</th><th>企业名称</th><th>监测年度</th><th>监测方案</th></tr>
<tr><td>北京市</td><td>${esc(demoEnterprise.name)}</td><td>2026</td><td><a href="javascript:void(0)">查看</a></td></tr></table>`,
      ),
    }),
  },
];
