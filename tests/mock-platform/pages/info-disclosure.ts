import { demoEnterprise } from '../data/enterprise';
import { esc } from '../layout/html';
import { itemListPage } from '../layout/item-list';
import { modulePage, platformName } from '../layout/permit-frame';
import { moduleColumns, moduleRow } from '../layout/permit-row';
import type { MockRoute } from '../routes';

const title = `信息公开-${platformName}`;
const base = '/permitExt/syssb/xxgk/xxgk';
const pkid = 'a3c5e7f9b1d2046e8a0c2e4f6b8d0a1c';
const showUrl = `${base}!show.action?pkid=${pkid}`;
const feedbackUrl = `${base}!showCcfkPageList.action?pkid=${pkid}`;
const opinionUrl = `${base}!getSpyj.action?pkid=${pkid}`;

const ops = `<a href="${esc(showUrl)}">查看</a> <a href="${esc(feedbackUrl)}">公众反馈</a> <a href="${esc(opinionUrl)}">审批意见</a>`;

function page(crumb: string, body: string): string {
  return modulePage({ title, crumbs: ['信息公开', crumb], body: `${body}<p style="text-align:center"><a class="btn btn-gray" href="${base}!list.action">返回</a></p>` });
}

/**
 * 信息公开: the enterprise's OWN disclosure (its application made public before submission,
 * the public's feedback, the approval opinion), not the public side's notices.
 */
export const infoDisclosureRoutes: MockRoute[] = [
  {
    path: `${base}!list.action`,
    site: 'permit',
    kind: 'own-disclosure',
    title,
    render: () => ({
      html: itemListPage({
        title,
        crumbs: ['信息公开'],
        heading: '申请前信息公开',
        intro: '<div class="tip">提交排污许可证申请前，应通过平台公开单位基本信息、拟申请许可事项等，公开时间不少于5个工作日。</div>',
        columns: moduleColumns,
        rows: [moduleRow(1, '审批通过', '2021-12-20', ops)],
      }),
    }),
  },
  {
    path: showUrl,
    site: 'permit',
    kind: 'own-disclosure',
    title,
    render: () => ({
      html: page(
        '查看',
        `<h3>排污许可证申请前信息公开表</h3>
<table class="form">
<tr><th>单位名称：</th><td>${esc(demoEnterprise.name)}</td></tr>
<tr><th>生产经营场所地址：</th><td>${esc(demoEnterprise.address)}</td></tr>
<tr><th>行业类别：</th><td>${esc(demoEnterprise.industry)}</td></tr>
<tr><th>公开起止日期：</th><td>2021-12-20至2021-12-26</td></tr>
<tr><th>拟申请许可事项：</th><td>废气：挥发性有机物；废水：化学需氧量、氨氮</td></tr>
</table>`,
      ),
    }),
  },
  {
    path: feedbackUrl,
    site: 'permit',
    kind: 'own-disclosure',
    title,
    render: () => ({
      html: page(
        '公众反馈',
        `<h3>公众反馈意见</h3>
<table class="list"><tr><th>序号</th><th>反馈内容</th><th>反馈时间</th><th>处理情况</th></tr>
<tr><td colspan="4" align="center">暂无数据</td></tr></table>
<div style="text-align:right">共 0 条</div>`,
      ),
    }),
  },
  {
    path: opinionUrl,
    site: 'permit',
    kind: 'own-disclosure',
    title,
    render: () => ({
      html: page(
        '审批意见',
        `<h3>审批意见</h3>
<table class="form"><tr><th>审批结果：</th><td>审批通过</td></tr><tr><th>审批意见：</th><td>同意核发排污许可证。</td></tr><tr><th>审批时间：</th><td>2022-03-16</td></tr></table>`,
      ),
    }),
  },
];
