import { findNotice, lawsAndStandards, lawsListPath, lawsPath, noticeDetailPath, noticeListPath, noticeUrl, notices } from '../data/notices';
import { esc, style } from '../layout/html';
import { platformName, publicPage } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

const PAGE_SIZE = 3;
const listTitle = `重要通知-${platformName}`;
const detailTitle = `通知详情-${platformName}`;
const lawsTitle = `法律法规-${platformName}`;

const noticeStyles = style(`
.file-top { text-align: center; border-bottom: 1px solid #d6e2f0; margin-bottom: 12px; }
.file-top p.font-18 { font-size: 18px; font-weight: bold; color: #0b4f9c; margin: 10px 0; }
.file-top p.font-12 { color: #999; }
.file-bottom { font-size: 14px; line-height: 2; }
.pager { text-align: right; margin-top: 8px; }
`);

/** Page numbers are 1-based; anything else shows page 1. */
function pageNumber(url: URL, pages: number): number {
  const n = Number(url.searchParams.get('pageNo'));
  return Number.isInteger(n) && n >= 1 && n <= pages ? n : 1;
}

function pager(page: number, pages: number): string {
  const link = (n: number, label: string) => (n === page || n < 1 || n > pages ? label : `<a href="?pageNo=${n}">${label}</a>`);
  return `<div class="pager">共${pages}页 &nbsp; 第${page}页 &nbsp; ${link(1, '首页')} ${link(page - 1, '上一页')} ${link(page + 1, '下一页')} ${link(pages, '尾页')}</div>`;
}

function renderList(url: URL): string {
  const pages = Math.max(1, Math.ceil(notices.length / PAGE_SIZE));
  const page = pageNumber(url, pages);
  const items = notices
    .slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
    .map((n) => `<li><span class="date">${esc(n.date)}</span><a href="${esc(noticeUrl(n))}" target="_blank">${esc(n.title)}</a></li>`)
    .join('\n');
  return publicPage({
    title: listTitle,
    nav: 'notice',
    head: noticeStyles,
    body: `<div class="box" id="zytzList"><div class="box-title">重要通知</div><div class="box-body"><ul>
${items}
</ul>${pager(page, pages)}</div></div>`,
  });
}

function renderDetail(url: URL): string {
  const notice = findNotice(url.searchParams.get('pkid'));
  const body = notice
    ? `<div class="file-top"><p class="font-18">${esc(notice.title)}</p><p class="font-12">发布时间：${esc(notice.date)} &nbsp; 来源：${platformName}</p></div>
<div class="file-bottom">${notice.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>`
    : '<div class="file-top"><p class="font-18">通知不存在</p></div><div class="file-bottom"><p>该通知不存在或已被删除，请返回重要通知列表查看。</p></div>';
  return publicPage({
    title: detailTitle,
    nav: 'notice',
    head: noticeStyles,
    body: `<div class="box"><div class="box-title">重要通知 <a class="more" href="${noticeListPath}">返回列表</a></div><div class="box-body">${body}</div></div>`,
  });
}

function lawRows(type?: string): string {
  return lawsAndStandards
    .filter((l) => !type || l.type === type)
    .map((l, i) => `<tr><td align="center">${i + 1}</td><td>${esc(l.title)}</td><td align="center">${esc(l.code)}</td><td align="center">${esc(l.date)}</td></tr>`)
    .join('\n');
}

function renderLaws(list: boolean, url: URL): string {
  const type = url.searchParams.get('type') === 'jsgf' ? '技术规范' : list ? '法律法规' : undefined;
  return publicPage({
    title: lawsTitle,
    nav: 'laws',
    body: `<div class="box"><div class="box-title">法律法规及标准规范
  <span class="more"><a href="${lawsListPath}?type=flfg">法律法规</a> | <a href="${lawsListPath}?type=jsgf">技术规范</a></span></div>
<div class="box-body"><table class="list" id="lawsTable">
<tr><th width="40">序号</th><th>名称</th><th>文号/标准号</th><th>发布日期</th></tr>
${lawRows(type)}
</table>${list ? pager(1, 1) : ''}</div></div>`,
  });
}

/** Platform notices (重要通知, what FAQ 5 and 10 point to) and laws & standards: kind public-notice. */
export const publicNoticeRoutes: MockRoute[] = [
  { path: noticeListPath, site: 'permit', kind: 'public-notice', title: listTitle, main: true, render: ({ url }) => ({ html: renderList(url) }) },
  {
    path: `${noticeDetailPath}?pkid=${notices[0]!.pkid}`,
    site: 'permit',
    kind: 'public-notice',
    title: detailTitle,
    render: ({ url }) => ({ html: renderDetail(url) }),
  },
  { path: noticeDetailPath, site: 'permit', kind: 'public-notice', title: detailTitle, render: ({ url }) => ({ html: renderDetail(url) }) },
  { path: lawsPath, site: 'permit', kind: 'public-notice', title: lawsTitle, render: ({ url }) => ({ html: renderLaws(false, url) }) },
  { path: lawsListPath, site: 'permit', kind: 'public-notice', title: lawsTitle, render: ({ url }) => ({ html: renderLaws(true, url) }) },
];
