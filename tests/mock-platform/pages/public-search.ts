import { findPublicPermit, publicPermits, type PublicPermit } from '../data/public-permits';
import { regions } from '../data/regions';
import { esc, script, style } from '../layout/html';
import { platformName, publicPage, publicSearchPath } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

export const publicDetailPath = '/perxxgkinfo/xkgkAction!xkgk.action';
export const copyViewerPath = '/perxxgkinfo/syssb/wysb/hpsp/hpsp-company-sewage!showImage.action';
/** The monitoring platform's public side, embedded in the detail (protocol-relative like the page). */
const monitoringFrameBase = '//wryjc.mee.gov.cn/gkpt';
const PAGE_SIZE = 2;

const searchTitle = `许可信息公开-${platformName}`;
const detailTitle = `排污许可证信息公开-${platformName}`;
const viewerTitle = `排污许可证副本-${platformName}`;

const publicStyles = style(`
table.tabtd, table.tab0 { width: 100%; border-collapse: collapse; }
table.tabtd th, table.tabtd td, table.tab0 th, table.tab0 td { border: 1px solid #b5cbe6; padding: 4px 6px; }
table.tabtd th, table.tab0 th { background: #dfeaf7; color: #0b4f9c; }
p.dwmc { font-size: 22px; font-weight: bold; text-align: center; color: #0b4f9c; margin: 12px 0; }
#jcxxFrame { width: 100%; height: 260px; border: 1px solid #b5cbe6; }
`);

export function publicDetailUrl(p: Pick<PublicPermit, 'dataid'>, xkgk = 'getxxgkContent', base = publicDetailPath): string {
  return `${base}?xkgk=${xkgk}&dataid=${p.dataid}`;
}

function provinceOptions(selected: string): string {
  return regions
    .map((r) => `<option value="${esc(r.code)}"${r.code === selected ? ' selected="selected"' : ''}>${esc(r.name)}</option>`)
    .join('');
}

function renderSearch(url: URL): string {
  const name = url.searchParams.get('registerentername')?.trim() ?? '';
  const number = url.searchParams.get('xkznum')?.trim() ?? '';
  const province = url.searchParams.get('province') ?? '';
  const provinceName = regions.find((r) => r.code === province)?.name;
  const hits = publicPermits.filter(
    (p) => (!name || p.name.includes(name)) && (!number || p.permitNumber.includes(number)) && (!provinceName || p.province === provinceName),
  );
  const totalPages = Math.max(1, Math.ceil(hits.length / PAGE_SIZE));
  const pageNo = Math.min(totalPages, Math.max(1, Number(url.searchParams.get('pageno')) || 1));
  const rows = hits
    .slice((pageNo - 1) * PAGE_SIZE, pageNo * PAGE_SIZE)
    .map(
      (p) => `<tr><td align="center">${esc(p.province)}</td><td align="center">${esc(p.city)}</td><td>${esc(p.permitNumber)}</td>
<td>${esc(p.name)}</td><td>${esc(p.industry)}</td><td align="center">${esc(p.validFrom)}至${esc(p.validTo)}</td><td align="center">${esc(p.issued)}</td>
<td align="center">${esc(p.category)}</td><td align="center"><a href="${esc(publicDetailUrl(p))}" target="_blank">查看</a></td></tr>`,
    )
    .join('\n');
  return publicPage({
    title: searchTitle,
    nav: 'xkxx',
    head: publicStyles,
    body: `<div class="box"><div class="box-title">许可信息公开</div><div class="box-body">
<form id="mainForm" name="mainForm" action="${publicSearchPath}" method="post">
  <input type="hidden" name="pageno" id="pageno" value="${pageNo}" />
  省份：<select id="province" name="province"><option value="">--全部--</option>${provinceOptions(province)}</select>
  地市：<select id="city" name="city"><option value="">--全部--</option></select>
  单位名称：<input type="text" class="txt" id="registerentername" name="registerentername" value="${esc(name)}" />
  许可证编号：<input type="text" class="txt" id="xkznum" name="xkznum" value="${esc(number)}" />
  <input type="button" class="btn" id="searchBtn" value="查询" />
</form>
<table class="tabtd" style="margin-top:8px">
<tr><th>省/直辖市</th><th>地市</th><th>许可证编号</th><th>单位名称</th><th>行业类别</th><th>有效期限</th><th>发证日期</th><th>管理类别</th><th>查看</th></tr>
${rows || '<tr><td colspan="9" align="center">暂无数据</td></tr>'}
</table>
<div style="text-align:right;margin-top:6px">共${totalPages}页 &nbsp; 第${pageNo}页
  <a href="javascript:void(0)" onclick="goPage(${pageNo - 1})">上一页</a> <a href="javascript:void(0)" onclick="goPage(${pageNo + 1})">下一页</a></div>
</div></div>
${script(`
var totalPages = ${totalPages};
function goPage(n) {
  if (n < 1 || n > totalPages) { return; }
  document.getElementById('pageno').value = n;
  document.getElementById('mainForm').submit();
}
window.goPage = goPage;
$(function () {
  $('#searchBtn').onclick = function () { document.getElementById('pageno').value = 1; document.getElementById('mainForm').submit(); };
});
`)}`,
  });
}

const businessTypes: Record<string, string> = {
  getxxgkContent: '首次申请',
  approveAtmosphere_xkzgk: '首次申请（大气）',
  approveWater_xkzgk: '首次申请（水）',
  getxxgkContentzxbg: '变更',
};

function renderDetail(url: URL): string {
  const permit = findPublicPermit(url.searchParams.get('dataid'));
  if (!permit) {
    return publicPage({ title: detailTitle, nav: 'xkxx', body: '<div class="box"><div class="box-body"><p class="tip">暂无数据</p></div></div>' });
  }
  const xkgk = url.searchParams.get('xkgk') ?? 'getxxgkContent';
  const copyUrl = `${copyViewerPath}?dataid=${permit.dataid}`;
  return publicPage({
    title: detailTitle,
    nav: 'xkxx',
    head: publicStyles,
    body: `<div class="box"><div class="box-body">
<p class="dwmc">${esc(permit.name)}</p>
<table class="tab0">
<tr><th>许可证编号</th><th>业务类型</th><th>版本</th><th>办结日期</th><th>有效期限</th></tr>
<tr><td>${esc(permit.permitNumber)}</td><td>${esc(businessTypes[xkgk] ?? '首次申请')}</td><td>${xkgk === 'getxxgkContentzxbg' ? '2' : '1'}</td><td>${esc(permit.issued)}</td><td>${esc(permit.validFrom)}至${esc(permit.validTo)}</td></tr>
</table>
<p style="margin:10px 0">发证机关：${esc(permit.issuer)} &nbsp; 发证日期：${esc(permit.issued)}
  &nbsp; <a href="${esc(copyUrl)}&amp;type=zb" target="_blank">排污许可证正本</a> <a href="${esc(copyUrl)}" target="_blank">副本</a></p>
<table class="tab0" id="apply_table">
<tr><th width="200">单位名称</th><td>${esc(permit.name)}</td></tr>
<tr><th>生产经营场所地址</th><td>${esc(permit.address)}</td></tr>
<tr><th>行业类别</th><td>${esc(permit.industry)}</td></tr>
<tr><th>管理类别</th><td>${esc(permit.category)}</td></tr>
<tr><th>生产经营场所中心经度</th><td>${esc(permit.lngDms[0])}度${esc(permit.lngDms[1])}分${esc(permit.lngDms[2])}秒</td></tr>
<tr><th>生产经营场所中心纬度</th><td>${esc(permit.latDms[0])}度${esc(permit.latDms[1])}分${esc(permit.latDms[2])}秒</td></tr>
</table>
<input type="hidden" id="longitude" name="longitude" value="${esc(permit.longitude)}" />
<input type="hidden" id="latitude" name="latitude" value="${esc(permit.latitude)}" />
<input type="hidden" id="opelngd" name="opelngd" value="${esc(permit.lngDms[0])}" />
<input type="hidden" id="opelngf" name="opelngf" value="${esc(permit.lngDms[1])}" />
<input type="hidden" id="opelngm" name="opelngm" value="${esc(permit.lngDms[2])}" />
<input type="hidden" id="opelatd" name="opelatd" value="${esc(permit.latDms[0])}" />
<input type="hidden" id="opelatf" name="opelatf" value="${esc(permit.latDms[1])}" />
<input type="hidden" id="opelatm" name="opelatm" value="${esc(permit.latDms[2])}" />
<h3 style="font-size:14px;color:#0b4f9c">自行监测信息</h3>
<iframe id="jcxxFrame" name="jcxxFrame" src="${monitoringFrameBase}?xkzh=${esc(permit.permitNumber)}" frameborder="0"></iframe>
</div></div>`,
  });
}

function renderViewer(url: URL): string {
  const permit = findPublicPermit(url.searchParams.get('dataid'));
  const pages = url.searchParams.get('type') === 'zb' ? 1 : 6;
  const body = permit
    ? `<p class="dwmc">${esc(permit.name)}</p>
<input type="hidden" id="imgCount" value="${pages}" />
<div id="imageDiv">${Array.from({ length: pages }, (_, i) => `<div class="imgPage" style="border:1px solid #ccc;height:120px;margin:6px 0;text-align:center;line-height:120px;color:#999">排污许可证${pages === 1 ? '正本' : '副本'} 第${i + 1}页（共${pages}页）</div>`).join('')}</div>`
    : '<input type="hidden" id="imgCount" value="0" /><div id="imageDiv"><p class="tip">暂无数据</p></div>';
  return publicPage({ title: viewerTitle, nav: 'xkxx', head: publicStyles, body: `<div class="box"><div class="box-body">${body}</div></div>` });
}

const demo = publicPermits[0]!;

/** 许可信息公开: search, permit detail (four xkgk variants, with the monitoring frame), 副本 viewer. */
export const publicSearchRoutes: MockRoute[] = [
  { path: publicSearchPath, site: 'permit', kind: 'public-info', title: searchTitle, render: ({ url, method, body }) => ({ html: renderSearch(method === 'POST' ? new URL(`${url.pathname}?${body}`, url) : url) }) },
  ...Object.keys(businessTypes).map(
    (xkgk, i): MockRoute => ({
      path: publicDetailUrl(demo, xkgk),
      site: 'permit',
      kind: 'public-info',
      title: detailTitle,
      ...(i === 0 ? { main: true } : {}),
      render: ({ url }) => ({ html: renderDetail(url) }),
    }),
  ),
  { path: publicDetailPath, site: 'permit', kind: 'public-info', title: detailTitle, unfamiliar: true, render: ({ url }) => ({ html: renderDetail(url) }) },
  { path: `${copyViewerPath}?dataid=${demo.dataid}`, site: 'permit', kind: 'public-info', title: viewerTitle, render: ({ url }) => ({ html: renderViewer(url) }) },
  { path: copyViewerPath, site: 'permit', kind: 'public-info', title: viewerTitle, render: ({ url }) => ({ html: renderViewer(url) }) },
];

export { renderDetail as renderPublicDetail, renderViewer as renderCopyViewer, detailTitle as publicDetailTitle, viewerTitle as copyViewerTitle };
