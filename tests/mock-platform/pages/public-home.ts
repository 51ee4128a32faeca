import { documentPath, documents, notices } from '../data/notices';
import { esc, htmlDocument, script } from '../layout/html';
import { platformName, publicPage } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

const homePath = '/permitExt/defaults/default-index!getInformation.action';
const homeTitle = `${platformName}-公开端`;

function noticeList(list: typeof notices): string {
  return list
    .map(
      (n) =>
        `<li><span class="date">${esc(n.date)}</span><a href="/permitExt/syssb/xxgk/xxgk!showggfk.action?pkid=${esc(n.pkid)}" target="_blank" title="${esc(n.title)}">${esc(n.title)}</a></li>`,
    )
    .join('\n');
}

function renderHome(): string {
  const important = notices.filter((n) => n.important);
  const docs = documents
    .map(
      (d) =>
        `<li><a href="${documentPath}?fileid=${esc(d.id)}" target="_blank" title="${esc(d.file)}">${esc(d.title)}</a></li>`,
    )
    .join('\n');
  return publicPage({
    title: homeTitle,
    nav: 'home',
    body: `<div style="float:left;width:660px">
  <div class="box" id="tzgg">
    <div class="box-title">通知公告<a class="more" href="/permitExt/syssb/xxgk/xxgk!showggfk.action?pkid=${esc(notices[0]?.pkid ?? '')}">更多&gt;&gt;</a></div>
    <div class="box-body"><ul>
${noticeList(notices)}
    </ul></div>
  </div>
  <div class="box" id="xkxxgk">
    <div class="box-title">许可信息公开</div>
    <div class="box-body">
      <form action="/perxxgkinfo/syssb/xkgg/xkgg!licenseInformation.action" method="get">
        单位名称：<input type="text" name="enterName" class="txt" style="width:200px" />
        许可证编号：<input type="text" name="xkzNum" class="txt" style="width:160px" />
        <input type="submit" class="btn" value="查询" />
      </form>
      <p><a href="/perxxgkinfo/syssb/xkgg/xkgg!licenseInformation.action">许可信息公开</a> |
         <a href="/perxxgkinfo/syssb/xkgg/xkgg!licenseInformation.action?type=sqq">申请前信息公开</a> |
         <a href="/perxxgkinfo/syssb/xkgg/xkgg!licenseInformation.action?type=zx">注销公告</a> |
         <a href="/perxxgkinfo/syssb/xkgg/xkgg!licenseInformation.action?type=yssm">遗失声明</a></p>
    </div>
  </div>
</div>
<div style="float:right;width:330px">
  <div class="box" id="zytz">
    <div class="box-title">重要通知</div>
    <div class="box-body"><ul>
${noticeList(important)}
    </ul></div>
  </div>
  <div class="box" id="qydrk">
    <div class="box-title">企业端入口</div>
    <div class="box-body" style="text-align:center">
      <a class="btn" href="/cas/login?service=http%3A%2F%2Fpermit.mee.gov.cn%2FpermitExt%2Foutside%2FLicenseRedirect">企业端登录</a>
      <a class="btn btn-gray" href="/permitExt/outside/registration.jsp">企业注册</a>
    </div>
  </div>
  <div class="box" id="zlfj">
    <div class="box-title">资料附件</div>
    <div class="box-body"><ul>
${docs}
    </ul></div>
  </div>
</div>
<div style="clear:both"></div>`,
  });
}

export const publicHomeRoutes: MockRoute[] = [
  {
    path: '/',
    site: 'permit',
    kind: 'public-home',
    title: homeTitle,
    render: () => ({
      html: htmlDocument({
        title: homeTitle,
        body: `<noscript>您的浏览器禁用了脚本，请<a href="${homePath}">点击这里</a>进入${platformName}。</noscript>
${script(`window.location.href = '${homePath}';`)}`,
      }),
    }),
  },
  { path: homePath, site: 'permit', kind: 'public-home', title: homeTitle, main: true, render: () => ({ html: renderHome() }) },
];
