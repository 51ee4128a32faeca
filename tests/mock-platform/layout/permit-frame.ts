import { lawsPath, noticeListPath } from '../data/notices';
import { esc, htmlDocument } from './html';
import { legacyHelpers } from './legacy-script';
import { permitStyles } from './permit-styles';

export const platformName = '全国排污许可证管理信息平台';
export const publicHomePath = '/permitExt/defaults/default-index!getInformation.action';
export const publicSearchPath = '/perxxgkinfo/syssb/xkgg/xkgg!licenseInformation.action';
/** The CAS login as the public home links to it (service: the enterprise side's LicenseRedirect). */
export const casLoginUrl = '/cas/login?service=https%3A%2F%2Fpermit.mee.gov.cn%2FpermitExt%2Foutside%2FLicenseRedirect';

const footer = `<div class="footer">
  主办单位：中华人民共和国生态环境部 &nbsp; 技术支持：环境保护部信息中心<br />
  建议使用IE9及以上版本浏览器，分辨率1280×768以上 &nbsp; 京ICP备05009132号
</div>`;

export interface PublicPageParts {
  title: string;
  /** Which item of the public navigation bar is highlighted. */
  nav: 'home' | 'xkxx' | 'notice' | 'laws' | 'other';
  body: string;
  head?: string;
}

/** A page of the public side (公开端): blue top bar, navigation, footer. */
export function publicPage(parts: PublicPageParts): string {
  const navItems: [PublicPageParts['nav'], string, string][] = [
    ['home', '首页', publicHomePath],
    ['xkxx', '许可信息公开', publicSearchPath],
    ['notice', '重要通知', noticeListPath],
    ['laws', '法律法规', lawsPath],
    ['other', '企业端登录', casLoginUrl],
  ];
  const nav = navItems
    .map(([id, label, href]) => `<a href="${esc(href)}"${id === parts.nav ? ' class="on"' : ''}>${label}</a>`)
    .join('');
  return htmlDocument({
    title: parts.title,
    head: `${permitStyles}\n${legacyHelpers}\n${parts.head ?? ''}`,
    body: `<div class="topbar"><div class="logo">${platformName}<small>公开端</small></div>
<div class="toplinks"><a href="${esc(casLoginUrl)}">企业端登录</a><a href="/permitExt/outside/registration.jsp">企业注册</a></div></div>
<div class="navbar">${nav}</div>
<div class="wrap">
${parts.body}
</div>
${footer}`,
  });
}

export interface ModulePageParts {
  title: string;
  /** Breadcrumb after 「当前位置：」, e.g. ['许可证申请', '排污单位基本信息']. */
  crumbs: string[];
  body: string;
  head?: string;
}

/**
 * A module of the enterprise side: a page of its own, shown inside the dashboard's iframe or
 * as the top document (nobody knows which; the dashboard's two variants do both).
 */
export function modulePage(parts: ModulePageParts): string {
  return htmlDocument({
    title: parts.title,
    head: `${permitStyles}\n${legacyHelpers}\n${parts.head ?? ''}`,
    body: `<div class="crumb">当前位置：企业端 &gt; ${parts.crumbs.map(esc).join(' &gt; ')}</div>
<div class="module">
${parts.body}
</div>`,
  });
}

/** A standalone enterprise-side page (login, registration…): top bar and footer, no menu. */
export function standalonePage(parts: { title: string; subtitle: string; body: string; head?: string }): string {
  return htmlDocument({
    title: parts.title,
    head: `${permitStyles}\n${legacyHelpers}\n${parts.head ?? ''}`,
    body: `<div class="topbar"><div class="logo">${platformName}<small>${esc(parts.subtitle)}</small></div>
<div class="toplinks"><a href="${publicHomePath}">返回公开端首页</a></div></div>
<div class="wrap">
${parts.body}
</div>
${footer}`,
  });
}
