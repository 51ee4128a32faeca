import { demoEnterprise } from '../data/enterprise';
import { esc } from '../layout/html';
import { platformName, publicPage } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

interface PublicPermit {
  dataid: string;
  name: string;
  province: string;
  city: string;
  permitNumber: string;
  industry: string;
  validFrom: string;
  validTo: string;
  issuer: string;
}

const permits: PublicPermit[] = [
  {
    dataid: 'A1B2C3D4E5F60001',
    name: demoEnterprise.name,
    province: demoEnterprise.province,
    city: demoEnterprise.county,
    permitNumber: demoEnterprise.permitNumber,
    industry: demoEnterprise.industry,
    validFrom: demoEnterprise.permitValidFrom,
    validTo: demoEnterprise.permitValidTo,
    issuer: '北京市海淀区生态环境局',
  },
  {
    dataid: 'A1B2C3D4E5F60002',
    name: '唐山市冀东水泥制品有限公司',
    province: '河北省',
    city: '唐山市',
    permitNumber: '91130200MA0CXK7N5T001P',
    industry: 'C3011 水泥制造',
    validFrom: '2021-06-30',
    validTo: '2026-06-29',
    issuer: '唐山市生态环境局',
  },
  {
    dataid: 'A1B2C3D4E5F60003',
    name: '苏州工业园区清泉污水处理有限公司',
    province: '江苏省',
    city: '苏州市',
    permitNumber: '91320594MA1MF8T06J001V',
    industry: 'D4620 污水处理及其再生利用',
    validFrom: '2023-01-12',
    validTo: '2028-01-11',
    issuer: '苏州市生态环境局',
  },
];

const searchTitle = `许可信息公开-${platformName}`;
const detailTitle = `排污许可证信息-${platformName}`;

function renderSearch(url: URL): string {
  const name = url.searchParams.get('enterName')?.trim() ?? '';
  const number = url.searchParams.get('xkzNum')?.trim() ?? '';
  const hits = permits.filter((p) => (!name || p.name.includes(name)) && (!number || p.permitNumber.includes(number)));
  const rows = hits
    .map(
      (p, i) => `<tr><td align="center">${i + 1}</td><td align="center">${esc(p.province)}</td><td align="center">${esc(p.city)}</td>
<td><a href="/perxxgkinfo/xkgkAction!xkgk.action?xkgk=getxxgkContent&amp;dataid=${esc(p.dataid)}" target="_blank">${esc(p.name)}</a></td>
<td>${esc(p.permitNumber)}</td><td>${esc(p.industry)}</td><td align="center">${esc(p.validFrom)}至${esc(p.validTo)}</td>
<td align="center">${esc(p.issuer)}</td></tr>`,
    )
    .join('\n');
  return publicPage({
    title: searchTitle,
    nav: 'xkxx',
    body: `<div class="box"><div class="box-title">许可信息公开</div><div class="box-body">
<form id="searchForm" action="/perxxgkinfo/syssb/xkgg/xkgg!licenseInformation.action" method="get">
  单位名称：<input type="text" class="txt" name="enterName" value="${esc(name)}" />
  许可证编号：<input type="text" class="txt" name="xkzNum" value="${esc(number)}" />
  <input type="submit" class="btn" value="查询" />
</form>
<table class="list" style="margin-top:8px">
<tr><th width="40">序号</th><th>省份</th><th>地市</th><th>单位名称</th><th>许可证编号</th><th>行业类别</th><th>有效期限</th><th>发证机关</th></tr>
${rows || '<tr><td colspan="8" align="center">没有查询到符合条件的记录</td></tr>'}
</table>
<div style="text-align:right;margin-top:6px">共 ${hits.length} 条记录 &nbsp; 第 1/1 页</div>
</div></div>`,
  });
}

function renderDetail(url: URL): string {
  const permit = permits.find((p) => p.dataid === url.searchParams.get('dataid'));
  const body = permit
    ? `<table class="form">
<tr><th>单位名称：</th><td>${esc(permit.name)}</td></tr>
<tr><th>许可证编号：</th><td>${esc(permit.permitNumber)}</td></tr>
<tr><th>行业类别：</th><td>${esc(permit.industry)}</td></tr>
<tr><th>所在地区：</th><td>${esc(permit.province)} ${esc(permit.city)}</td></tr>
<tr><th>有效期限：</th><td>自${esc(permit.validFrom)}至${esc(permit.validTo)}</td></tr>
<tr><th>发证机关：</th><td>${esc(permit.issuer)}</td></tr>
</table>
<p style="margin-top:10px"><a class="btn" href="javascript:void(0)" onclick="alert('排污许可证副本正在生成，请稍后再试');">查看许可证副本</a></p>`
    : '<p class="tip">未找到该排污单位的许可证信息，请确认后重新查询。</p>';
  return publicPage({
    title: detailTitle,
    nav: 'xkxx',
    body: `<div class="box"><div class="box-title">排污许可证信息</div><div class="box-body">${body}</div></div>`,
  });
}

export const publicSearchRoutes: MockRoute[] = [
  {
    path: '/perxxgkinfo/syssb/xkgg/xkgg!licenseInformation.action',
    site: 'permit',
    kind: 'public-info',
    title: searchTitle,
    render: ({ url }) => ({ html: renderSearch(url) }),
  },
  {
    path: '/perxxgkinfo/xkgkAction!xkgk.action',
    site: 'permit',
    kind: 'public-info',
    title: detailTitle,
    render: ({ url }) => ({ html: renderDetail(url) }),
  },
];
