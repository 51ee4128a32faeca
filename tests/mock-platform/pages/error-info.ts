import { platformName, publicPage } from '../layout/permit-frame';
import { copyViewerTitle, publicDetailUrl, renderCopyViewer, renderPublicDetail, publicDetailTitle } from './public-search';
import { publicPermits } from '../data/public-permits';
import { renderSqqList, sqqListTitle } from './public-lists';
import { documentPath } from '../data/notices';
import type { MockRoute } from '../routes';

export const errorInfoPath = '/perxxgkinfo/errorinfo.jsp';
const title = `提示信息-${platformName}`;
/** The platform's sentence on its error page (not an error the user can fix: no FAQ fits). */
export const errorInfoSentence = '请您访问permit.mee.gov.cn，点击许可信息公开查询企业排污许可证信息，谢谢。';
export const missingFileText = '未找到对应文件！';

const demo = publicPermits[0]!;
const oldViewerPath = '/permitExt/syssb/wysb/hpsp/hpsp-company-sewage!showImage.action';
/** A dataid nobody has: the old viewer answers it in plain text. */
const unknownDataId = '00000000000000000000000000000000';

/**
 * The public side's error page, and the old deep links (permit.mep.gov.cn, /permitExt/…) still
 * found in saved pages and documents: some still show the content, some land on the error page,
 * a missing file answers in bare text.
 */
export const errorInfoRoutes: MockRoute[] = [
  {
    path: errorInfoPath,
    site: 'permit',
    kind: 'public-error',
    title,
    main: true,
    render: () => ({
      html: publicPage({
        title,
        nav: 'other',
        body: `<div class="box"><div class="box-body" style="padding:40px;text-align:center;font-size:16px">
<p id="errorinfo">${errorInfoSentence}</p>
</div></div>`,
      }),
    }),
  },
  {
    path: publicDetailUrl(demo, 'getxxgkContent', '/permitExt/xkgkAction!xkgk.action'),
    site: 'permit',
    host: 'permit.mep.gov.cn',
    kind: 'public-info',
    title: publicDetailTitle,
    variant: 'old deep link that still shows the permit',
    render: ({ url }) => ({ html: renderPublicDetail(url) }),
  },
  {
    path: `${oldViewerPath}?dataid=${demo.dataid}`,
    site: 'permit',
    host: 'permit.mep.gov.cn',
    kind: 'public-info',
    title: copyViewerTitle,
    variant: 'old deep link that still shows the 副本',
    render: ({ url }) => ({ html: renderCopyViewer(url) }),
  },
  {
    path: `${oldViewerPath}?dataid=${unknownDataId}`,
    site: 'permit',
    host: 'permit.mep.gov.cn',
    kind: 'public-error',
    title: '',
    variant: 'missing file: bare text served as HTML',
    render: () => ({ html: missingFileText }),
  },
  {
    path: `${documentPath}?fileid=ZL000`,
    site: 'permit',
    kind: 'public-error',
    title: '',
    variant: 'missing file: plain text',
    render: () => ({ html: missingFileText, contentType: 'text/plain; charset=UTF-8' }),
  },
  {
    path: '/permitExt/syssb/xxgk/xxgk!sqqlist.action',
    site: 'permit',
    host: 'permit.mep.gov.cn',
    kind: 'public-info',
    title: sqqListTitle,
    variant: 'old deep link to the 申请前公开 list',
    render: () => ({ html: renderSqqList() }),
  },
  {
    path: '/permitExt/outside/Publicity?pageno=1',
    site: 'permit',
    host: 'permit.mep.gov.cn',
    kind: 'public-info',
    title: `许可信息公开-${platformName}`,
    variant: 'old publicity list',
    render: ({ url }) => ({
      html: publicPage({
        title: `许可信息公开-${platformName}`,
        nav: 'xkxx',
        body: `<div class="box"><div class="box-title">许可信息公开</div><div class="box-body"><table class="list">
<tr><th>序号</th><th>单位名称</th><th>许可证编号</th><th>查看</th></tr>
${publicPermits.map((p, i) => `<tr><td align="center">${i + 1}</td><td>${p.name}</td><td>${p.permitNumber}</td><td align="center"><a href="${publicDetailUrl(p, 'getxxgkContent', '/permitExt/xkgkAction!xkgk.action').replace(/&/g, '&amp;')}">查看</a></td></tr>`).join('\n')}
</table><div style="text-align:right">共1页 第${Number(url.searchParams.get('pageno')) || 1}页</div></div></div>`,
      }),
    }),
  },
  {
    path: '/permitExt/xkgkAction!xkgk.action',
    site: 'permit',
    host: 'permit.mep.gov.cn',
    kind: 'public-info',
    title: publicDetailTitle,
    unfamiliar: true,
    render: ({ url }) => ({ html: renderPublicDetail(url) }),
  },
];
