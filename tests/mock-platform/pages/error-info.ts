import { publicPage } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

const title = '系统提示';

export const errorInfoRoutes: MockRoute[] = [
  {
    path: '/perxxgkinfo/errorinfo.jsp',
    site: 'permit',
    kind: 'public-error',
    title,
    render: () => ({
      html: publicPage({
        title,
        nav: 'other',
        body: `<div class="box"><div class="box-title">系统提示</div><div class="box-body" style="padding:30px;text-align:center;font-size:14px">
<p>对不起，您访问的页面出错了，请稍后再试。</p>
<p><a href="/permitExt/defaults/default-index!getInformation.action">返回首页</a></p>
</div></div>`,
      }),
    }),
  },
];
