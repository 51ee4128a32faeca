import { demoEnterprise } from '../data/enterprise';
import { esc, redirectResponse, script } from '../layout/html';
import { registerAppName, registerPage, registrationRecordCells } from '../layout/register-frame';
import type { PageKindId } from '../../../platform/page-kinds';
import type { MockRoute } from '../routes';

const listPath = '/register/registration/list.vm';
const editPath = '/register/registration/edit.vm?sqdjid=7c1e5a9b3d2f4e6a8c0b2d4f6a8c1e3b';

interface RegisterView {
  path: string;
  kind: PageKindId;
  heading: string;
  action: string;
  note: string;
  main?: boolean;
}

const views: RegisterView[] = [
  {
    path: listPath,
    kind: 'registration-home',
    heading: '排污登记',
    action: '下载登记回执',
    note: '排污登记提交后无需管理部门审核，可自行下载登记回执。应申领排污许可证的排污单位无需登记。',
    main: true,
  },
  {
    path: '/register/bcbg/listDjbg.vm',
    kind: 'registration-change',
    heading: '登记变更',
    action: '变更',
    note: '登记事项有误或发生变化的，通过登记变更自行修改，变更后无需审核，可自行下载登记回执。',
  },
  {
    path: '/register/bcbg/listDjyx.vm',
    kind: 'registration-renewal',
    heading: '登记延续',
    action: '延续',
    note: '排污登记有效期为5年，到期前通过登记延续自行延续，延续后无需审核。',
  },
  {
    path: '/register/cancel/list.vm',
    kind: 'registration-cancel',
    heading: '登记注销',
    action: '注销',
    note: '误登记且已提交的，请在此自行注销排污登记；未提交的登记信息可直接删除。',
  },
];

function viewRoute(view: RegisterView): MockRoute {
  const title = `${view.heading}-${registerAppName}`;
  return {
    path: view.path,
    site: 'permit',
    kind: view.kind,
    title,
    ...(view.main ? { main: true } : {}),
    render: () => ({
      html: registerPage({
        title,
        current: view.path,
        heading: view.heading,
        body: `${view.path === listPath ? '<p><a class="reg-btn" href="javascript:void(0)" id="addDjBtn">新增登记</a></p>' : ''}
<table class="reg-table" id="djTable">
<tr><th>登记编号</th><th>单位名称</th><th>统一社会信用代码</th><th>登记日期</th><th>有效期至</th><th>状态</th><th>操作</th></tr>
<tr>${registrationRecordCells().map((c) => `<td>${c}</td>`).join('')}<td>已登记</td><td>${view.path === listPath ? `<a class="reg-btn" href="${editPath}">查看</a> ` : ''}<a class="reg-btn djAction" href="javascript:void(0)">${esc(view.action)}</a></td></tr>
</table>
<p class="reg-note">${esc(view.note)}</p>
${script(`
document.getElementById('djTable').onclick = function (e) {
  if (e.target.className.indexOf('djAction') >= 0 && confirm('确定要${view.action === '下载登记回执' ? '下载登记回执' : `${view.action}该登记`}吗？')) { alert('操作成功'); }
};
var add = document.getElementById('addDjBtn');
if (add) { add.onclick = function () { alert('您已有有效的排污登记，如需修改请使用登记变更'); }; }
`)}`,
      }),
    }),
  };
}

export const registerAppRoutes: MockRoute[] = [
  {
    path: editPath,
    site: 'permit',
    kind: 'registration-home',
    title: `登记信息-${registerAppName}`,
    render: () => ({
      html: registerPage({
        title: `登记信息-${registerAppName}`,
        current: listPath,
        heading: '排污登记信息',
        body: `<table class="reg-table" id="djForm">
<tr><th>单位名称</th><td>${esc(demoEnterprise.name)}</td></tr>
<tr><th>统一社会信用代码</th><td>${esc(demoEnterprise.creditCode)}</td></tr>
<tr><th>登记类型</th><td>排污登记</td></tr>
<tr><th>状态</th><td>已登记</td></tr>
</table>
<p><a class="reg-btn" href="${listPath}">返回</a></p>`,
      }),
    }),
  },
  {
    path: '/register/sso/autoLoginExt.vm',
    site: 'permit',
    kind: 'registration-home',
    title: `排污登记-${registerAppName}`,
    render: () => redirectResponse(listPath),
  },
  ...views.map(viewRoute),
];
