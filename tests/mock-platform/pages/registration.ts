import { esc, script } from '../layout/html';
import { enterpriseFormRows } from '../layout/enterprise-form';
import { regionSelects } from '../layout/region-select';
import { platformName, standalonePage } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

const title = `企业注册-${platformName}`;
const existsMessage = '注册单位名称已存在';
const path = '/permitExt/outside/registration.jsp';

/**
 * Variant b (`?variant=b`): the registration page's texts and ids are unknown (the notes), so a
 * second form with other ids, a mobile number and an SMS code, and a step bar.
 */
function renderVariantB(method: string, body: string): string {
  const form = new URLSearchParams(method === 'POST' ? body : '');
  const exists = method === 'POST';
  const value = (name: string) => esc(form.get(name) ?? '');
  return standalonePage({
    title,
    subtitle: '排污单位注册',
    body: `<div class="box">
<div class="box-title">账号注册 <span style="font-weight:normal;color:#666">① 填写单位信息 → ② 设置账号 → ③ 注册完成</span></div>
<div class="box-body">
${exists ? `<p class="errorTip" id="msgTip">${existsMessage}</p>` : ''}
<form id="registerForm" action="${path}?variant=b" method="post">
<table class="form">
<tr><th><span class="red">*</span>排污单位名称：</th><td><input type="text" class="txt" id="EnterName" name="EnterName" value="${value('EnterName')}" style="width:320px" /></td></tr>
<tr><th><span class="red">*</span>统一社会信用代码：</th><td><input type="text" class="txt" id="SocietyCode" name="SocietyCode" value="${value('SocietyCode')}" maxlength="18" style="width:200px" /></td></tr>
<tr><th><span class="red">*</span>所在地区：</th><td>${regionSelects({}, 'counties')}</td></tr>
<tr><th><span class="red">*</span>手机号码：</th><td><input type="text" class="txt" id="Mobile" name="Mobile" value="${value('Mobile')}" maxlength="11" style="width:160px" />
  <input type="button" class="btn btn-gray" id="getSmsCode" value="获取短信验证码" /></td></tr>
<tr><th><span class="red">*</span>短信验证码：</th><td><input type="text" class="txt" id="SmsCode" name="SmsCode" maxlength="6" style="width:90px" /></td></tr>
<tr><th><span class="red">*</span>登录账号：</th><td><input type="text" class="txt" id="LoginName" name="LoginName" value="${value('LoginName')}" style="width:200px" /></td></tr>
<tr><th><span class="red">*</span>登录密码：</th><td><input type="password" class="txt" id="LoginPwd" name="LoginPwd" style="width:200px" /> 8-16位，须含大小写字母、数字和特殊字符</td></tr>
<tr><th><span class="red">*</span>确认密码：</th><td><input type="password" class="txt" id="LoginPwd2" name="LoginPwd2" style="width:200px" /></td></tr>
</table>
<p style="text-align:center"><label><input type="checkbox" id="agree" /> 我已阅读并同意《用户注册协议》</label></p>
<p style="text-align:center"><input type="submit" class="btn" id="btnRegister" value="立即注册" /> <a href="/cas/login">已有账号，去登录</a></p>
</form>
</div></div>
${script(`
$(function () {
  $('#getSmsCode').onclick = function () { if (!/^1\d{10}$/.test($.trim($('#Mobile').value))) { alert('请输入正确的手机号码'); return; } alert('短信验证码已发送'); };
  $.guard($('#registerForm'), function () {
    if ($.trim($('#EnterName').value) === '') { alert('请填写排污单位名称'); return false; }
    if ($.trim($('#SocietyCode').value).length !== 18) { alert('统一社会信用代码应为18位'); return false; }
    if ($('#counties').value === '') { alert('请选择所在地区'); return false; }
    if (!$('#agree').checked) { alert('请阅读并同意用户注册协议'); return false; }
    return true;
  });
});
`)}`,
  });
}

export const registrationRoutes: MockRoute[] = [
  {
    path,
    site: 'permit',
    kind: 'register',
    title,
    main: true,
    variant: 'a: one form, ids tyshxydm/dwmc, e-mail',
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
<form id="regForm" action="${path}" method="post">
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
  {
    path: `${path}?variant=b`,
    site: 'permit',
    kind: 'register',
    title,
    variant: 'b: step bar, SocietyCode/counties, mobile and SMS code',
    render: ({ method, body }) => ({ html: renderVariantB(method, body) }),
  },
  {
    path: `${path}?state=exists`,
    site: 'permit',
    kind: 'register',
    title,
    variant: 'a, after a refused registration (注册单位名称已存在)',
    render: (req) => registrationRoutes[0]!.render(req),
  },
];
