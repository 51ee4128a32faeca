import { findNotice, notices } from '../data/notices';
import { esc } from '../layout/html';
import { platformName, publicPage } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

const title = `通知公告-${platformName}`;

export const publicNoticeRoutes: MockRoute[] = [
  {
    path: '/permitExt/syssb/xxgk/xxgk!showggfk.action',
    site: 'permit',
    kind: 'public-announcement',
    title,
    render: ({ url }) => {
      const notice = findNotice(url.searchParams.get('pkid'));
      const others = notices
        .filter((n) => n !== notice)
        .map((n) => `<li><a href="?pkid=${esc(n.pkid)}">${esc(n.title)}</a></li>`)
        .join('');
      const article = notice
        ? `<h2 style="text-align:center;font-size:18px">${esc(notice.title)}</h2>
<p style="text-align:center;color:#999">发布时间：${esc(notice.date)} &nbsp; 来源：${platformName}</p>
<div class="ggnr" style="font-size:14px;line-height:2">${notice.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>`
        : '<p class="tip">该公告不存在或已被删除，请返回首页查看最新公告。</p>';
      return {
        html: publicPage({
          title,
          nav: 'notice',
          body: `<div class="box"><div class="box-title">通知公告</div><div class="box-body">${article}</div></div>
<div class="box"><div class="box-title">其他公告</div><div class="box-body"><ul>${others}</ul></div></div>`,
        }),
      };
    },
  },
];
