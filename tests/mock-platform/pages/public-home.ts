import { announcementUrl, announcements, documentPath, documents, noticeListPath, noticeUrl, notices } from '../data/notices';
import { esc, htmlDocument, script } from '../layout/html';
import { casLoginUrl, platformName, publicHomePath, publicPage, publicSearchPath } from '../layout/permit-frame';
import { publicListLinks } from './public-lists';
import type { MockRoute } from '../routes';

const homeTitle = `${platformName}-公开端`;

function renderHome(): string {
  const announcementItems = announcements
    .map(
      (a) =>
        `<li><span class="date">${esc(a.date)}</span><a href="${esc(announcementUrl(a))}" target="_blank" title="${esc(a.enterprise)}">【${esc(a.type)}】${esc(a.enterprise)}</a></li>`,
    )
    .join('\n');
  const noticeItems = notices
    .filter((n) => n.important)
    .map((n) => `<li><span class="date">${esc(n.date)}</span><a href="${esc(noticeUrl(n))}" target="_blank" title="${esc(n.title)}">${esc(n.title)}</a></li>`)
    .join('\n');
  const docs = documents
    .map((d) => `<li><a href="${documentPath}?fileid=${esc(d.id)}" target="_blank" title="${esc(d.file)}">${esc(d.title)}</a></li>`)
    .join('\n');
  const lists = publicListLinks().map(([href, label]) => `<a href="${esc(href)}">${esc(label)}</a>`).join(' | ');
  return publicPage({
    title: homeTitle,
    nav: 'home',
    body: `<div style="float:left;width:660px">
  <div class="box" id="xkzgg">
    <div class="box-title">许可证公告</div>
    <div class="box-body"><ul>
${announcementItems}
    </ul></div>
  </div>
  <div class="box" id="xkxxgk">
    <div class="box-title">许可信息公开</div>
    <div class="box-body">
      <form action="${publicSearchPath}" method="get">
        单位名称：<input type="text" name="registerentername" class="txt" style="width:200px" />
        许可证编号：<input type="text" name="xkznum" class="txt" style="width:160px" />
        <input type="submit" class="btn" value="查询" />
      </form>
      <p>${lists}</p>
    </div>
  </div>
</div>
<div style="float:right;width:330px">
  <div class="box" id="zytz">
    <div class="box-title">重要通知<a class="more" href="${noticeListPath}">更多&gt;&gt;</a></div>
    <div class="box-body"><ul>
${noticeItems}
    </ul></div>
  </div>
  <div class="box" id="qydrk">
    <div class="box-title">企业端入口</div>
    <div class="box-body" style="text-align:center">
      <a class="btn" href="${esc(casLoginUrl)}">企业端登录</a>
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
        body: `<noscript>您的浏览器禁用了脚本，请<a href="${publicHomePath}">点击这里</a>进入${platformName}。</noscript>
${script(`window.location.href = '${publicHomePath}';`)}`,
      }),
    }),
  },
  { path: publicHomePath, site: 'permit', kind: 'public-home', title: homeTitle, main: true, render: () => ({ html: renderHome() }) },
];
