import { announcementPath, announcements, type Announcement } from '../data/notices';
import { esc, script } from '../layout/html';
import { platformName, publicPage } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

const title = `许可证公告-${platformName}`;

function article(a: Announcement): string {
  const what =
    a.type === '受理公告'
      ? `${a.authority}已受理${a.enterprise}的排污许可证申请，现予以公告。`
      : a.type === '拟批准公告'
        ? `${a.authority}拟向${a.enterprise}核发排污许可证，现予以公示，公示期为5个工作日。`
        : `${a.authority}已向${a.enterprise}核发排污许可证（许可证编号：${a.permitNumber}），现予以公告。`;
  return `<h2 style="text-align:center;font-size:18px" id="ggTitle">${esc(a.enterprise)}排污许可证${esc(a.type)}</h2>
<p style="text-align:center;color:#999">发布时间：${esc(a.date)} &nbsp; 发布机关：${esc(a.authority)}</p>
<div class="ggnr" style="font-size:14px;line-height:2"><p>${esc(what)}</p>
<p>公告期间，公民、法人和其他组织可通过下方意见反馈提出意见。</p></div>
<form id="fkForm" action="${announcementPath}?pkid=${esc(a.pkid)}" method="post">
<table class="form"><tr><th>反馈意见：</th><td><textarea name="fknr" id="fknr" rows="3" cols="60"></textarea></td></tr>
<tr><th>联系电话：</th><td><input type="text" class="txt" name="lxdh" id="lxdh" /></td></tr></table>
<p style="text-align:center"><input type="submit" class="btn" value="提交反馈" /></p>
</form>`;
}

function render(url: URL, method: string): string {
  const a = announcements.find((x) => x.pkid === url.searchParams.get('pkid'));
  const body = a ? article(a) : '<p class="tip">该公告不存在或已过公告期。</p>';
  return publicPage({
    title,
    nav: 'home',
    body: `<div class="box"><div class="box-title">许可证公告</div><div class="box-body">${body}</div></div>
${script(`
$(function () {
  ${method === 'POST' ? "alert('反馈提交成功，感谢您的参与');" : ''}
  $.guard($('#fkForm'), function () { if ($.trim($('#fknr').value) === '') { alert('请填写反馈意见'); return false; } return true; });
});
`)}`,
  });
}

/** Permit announcements (受理 / 拟批准 / 批准 of one enterprise's permit), not platform notices. */
export const publicAnnouncementRoutes: MockRoute[] = [
  {
    path: `${announcementPath}?pkid=${announcements[0]!.pkid}`,
    site: 'permit',
    kind: 'public-announcement',
    title,
    main: true,
    render: ({ url, method }) => ({ html: render(url, method) }),
  },
  { path: announcementPath, site: 'permit', kind: 'public-announcement', title, render: ({ url, method }) => ({ html: render(url, method) }) },
];
