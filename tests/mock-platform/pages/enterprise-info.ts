import { demoEnterprise } from '../data/enterprise';
import { script } from '../layout/html';
import { enterpriseFormRows } from '../layout/enterprise-form';
import { modulePage, platformName } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

const title = `修改注册单位信息-${platformName}`;

export const enterpriseInfoRoutes: MockRoute[] = [
  {
    path: '/permitExt/outside/updateEnterMSG.jsp',
    site: 'permit',
    kind: 'enterprise-info',
    title,
    render: ({ method, body }) => {
      const saved = method === 'POST';
      const form = new URLSearchParams(saved ? body : '');
      const values = {
        name: demoEnterprise.name,
        creditCode: form.get('creditCode') ?? demoEnterprise.creditCode,
        email: form.get('email') ?? demoEnterprise.email,
        region: {
          province: form.get('province') ?? '110000',
          city: form.get('city') ?? '110100',
          county: form.get('county') ?? demoEnterprise.cityCode,
        },
      };
      return {
        html: modulePage({
          title,
          crumbs: ['修改注册单位信息'],
          body: `<h3>修改企业基本信息</h3>
<p class="tip">“省市县”选择错误导致核发部门无法受理的，可在此直接修改，修改后核发部门可直接受理。</p>
<form id="enterForm" action="/permitExt/outside/updateEnterMSG.jsp" method="post">
<table class="form">
${enterpriseFormRows(values, { withAccount: false })}
<tr><th>原密码：</th><td><input type="password" class="txt" id="oldPassword" name="oldPassword" style="width:200px" /> 不修改密码请留空</td></tr>
<tr><th>新密码：</th><td><input type="password" class="txt" id="newPassword" name="newPassword" style="width:200px" /></td></tr>
</table>
<p style="text-align:center"><input type="submit" class="btn" id="saveBtn" value="保 存" /></p>
</form>
${script(`
$(function () {
  ${saved ? "alert('修改成功');" : ''}
  $.guard($('#enterForm'), function () {
    if ($.trim($('#tyshxydm').value).length !== 18) { alert('统一社会信用代码应为18位'); return false; }
    if ($('#county').value === '') { alert('请选择省市县'); return false; }
    return true;
  });
});
`)}`,
        }),
      };
    },
  },
];
