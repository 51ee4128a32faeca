import { demoEnterprise } from '../data/enterprise';
import { esc, script } from '../layout/html';
import { itemListPage } from '../layout/item-list';
import { platformName } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

const title = `许可证延续-${platformName}`;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 延续: the list columns of the notes plus the permit's 有效期限, split into `td.yxqq` (start)
 * and `td.yxqz` (end, e.g. 2027-03-15). Tests may pass `&yxqz=YYYY-MM-DD` to show another end date.
 */
export const renewalRoutes: MockRoute[] = [
  {
    path: '/permitExt/syssb/ckxm/ckxm!listBcyx.action?itemTypeID=XZXKTYPE_D&itemtype=TYPED',
    site: 'permit',
    kind: 'renewal',
    title,
    main: true,
    render: ({ url }) => {
      const override = url.searchParams.get('yxqz') ?? '';
      const end = ISO_DATE.test(override) ? override : demoEnterprise.permitValidTo;
      return {
        html: itemListPage({
          title,
          crumbs: ['延续'],
          heading: '排污许可证延续',
          intro:
            '<div class="tip">需要延续排污许可证有效期的，应当在有效期届满三十个工作日前提出延续申请。</div>',
          tableId: 'yxList',
          columns: ['序号', '单位名称', '许可证编号', '有效期起', '有效期至', '审核状态', '提交时间', '操作'],
          rows: [
            [
              '1',
              esc(demoEnterprise.name),
              `<span class="xkzbh">${esc(demoEnterprise.permitNumber)}</span>`,
              { html: esc(demoEnterprise.permitValidFrom), className: 'yxqq' },
              { html: esc(end), className: 'yxqz' },
              '<span class="shzt">未提交</span>',
              '—',
              '<input type="button" class="btn" id="sqyxBtn" value="申请延续" />',
            ],
          ],
          outro: script(`
$(function () {
  var cells = $('#yxList tr')[1].cells;
  $('#sqyxBtn').onclick = function () {
    if (confirm('确认申请延续许可证 ' + cells[2].innerText + ' 吗？')) { alert('延续申请表已生成，请在新窗口中填报后提交'); }
  };
});
`),
        }),
      };
    },
  },
];
