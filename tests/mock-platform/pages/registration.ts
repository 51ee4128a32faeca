import { script } from '../layout/html';
import { enterpriseFormRows } from '../layout/enterprise-form';
import { platformName, standalonePage } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

const title = `企业注册-${platformName}`;
const existsMessage = '注册单位名称已存在';

export const registrationRoutes: MockRoute[] = [
  {
    path: '/permitExt/outside/registration.jsp',
    site: 'permit',
    kind: 'register',
    title,
    main: true,
    render: ({ url, method, body }) => {
      // Every submission meets the FAQ 3 case: the unit name is already registered (or squatted).
      const exists = method === 'POST' || url.searchParams.get('state') === 'exists';
      const form = new URLSearchParams(method === 'POST' ? body : '');
      const values = {
        name: form.get('enterName') ?? '',
        creditCode: form.get('creditCode') ?? '',
        email: form.get('email') ?? '',
        username: form.get('username') ?? '',
        region: { province: form.get('province') ?? '', city: form.get('city') ?? '', county: form.get('county') ?? '' },
      };
      return {
        html: standalonePage({
          title,
          subtitle: '企业注册',
          body: `<div class="box">
<div class="box-title">排污单位注册</div>
<div class="box-body">
<p class="tip">请如实填写注册信息。注册单位名称、统一社会信用代码须与营业执照一致；“省市县”请选择生产经营场所所在地，选择错误将导致核发部门无法受理。</p>
<div class="errorTip" id="regError"${exists ? '' : ' style="display:none"'}>${exists ? `${existsMessage}，如被恶意抢注请联系当地环保局核实注册信息。` : ''}</div>
<form id="regForm" action="/permitExt/outside/registration.jsp" method="post">
<table class="form">
${enterpriseFormRows(values, { withAccount: true })}
</table>
<p style="text-align:center"><input type="submit" class="btn" id="regBtn" value="注 册" /> <a class="btn btn-gray" href="/cas/login">返回登录</a></p>
</form>
</div></div>
${script(`
$(function () {
  ${exists ? `alert('${existsMessage}');` : ''}
  $.guard($('#regForm'), function () {
    if ($.trim($('#dwmc').value) === '') { alert('请填写单位名称'); return false; }
    if ($.trim($('#tyshxydm').value).length !== 18) { alert('统一社会信用代码应为18位'); return false; }
    if ($('#county').value === '') { alert('请选择省市县'); return false; }
    if ($('#password').value !== $('#password2').value) { alert('两次输入的密码不一致'); return false; }
    return true;
  });
});
`)}`,
        }),
      };
    },
  },
];
