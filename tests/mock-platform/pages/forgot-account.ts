import { demoEnterprise } from '../data/enterprise';
import { esc, script } from '../layout/html';
import { standalonePage } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MOBILE_PATTERN = /^1\d{10}$/;
type What = '账号' | '密码';

/**
 * Recovery pages: their URLs and texts are unknown (the notes). Current guides recover by the
 * registered mobile number (the default here); FAQ 1 and 2 describe e-mail (`?by=mail`).
 */
function forgotPage(what: What, action: string, byMail: boolean, method: string, body: string): string {
  const title = `找回${what}`;
  let result = '';
  if (method === 'POST') {
    const form = new URLSearchParams(body);
    if (byMail) {
      const email = form.get('email')?.trim() ?? '';
      result = EMAIL_PATTERN.test(email)
        ? `<p class="tip" id="sendResult">${what}已发送至注册邮箱 ${esc(email)}，请登录邮箱查收（注意区分大小写）。</p>`
        : '<p class="errorTip" id="sendResult">该邮箱未注册或格式不正确，请输入注册时填写的邮箱。</p>';
    } else {
      const mobile = form.get('mobile')?.trim() ?? '';
      result =
        mobile === demoEnterprise.mobile
          ? `<p class="tip" id="sendResult">短信已发送至 ${esc(mobile.slice(0, 3))}****${esc(mobile.slice(7))}，请按短信提示操作。</p>`
          : '<p class="errorTip" id="sendResult">该手机号未绑定企业账号，请输入注册时填写的手机号码。</p>';
    }
  }
  const field = byMail
    ? '<tr><th><span class="red">*</span>注册邮箱：</th><td><input type="text" class="txt" id="email" name="email" style="width:240px" /></td></tr>'
    : `<tr><th><span class="red">*</span>手机号码：</th><td><input type="text" class="txt" id="mobile" name="mobile" maxlength="11" style="width:200px" /> 注册时填写的手机号码</td></tr>
<tr><th><span class="red">*</span>短信验证码：</th><td><input type="text" class="txt" id="smsCode" name="smsCode" maxlength="6" style="width:100px" /> <input type="button" class="btn btn-gray" id="sendSms" value="获取验证码" /></td></tr>`;
  return standalonePage({
    title,
    subtitle: title,
    body: `<div class="box" style="width:600px;margin:30px auto">
<div class="box-title">找回${what}</div>
<div class="box-body">
${result}
<form id="forgetForm" action="${action}${byMail ? '?by=mail' : ''}" method="post">
<table class="form">
${field}
<tr><th><span class="red">*</span>图片验证码：</th><td><input type="text" class="txt" id="verCode" name="captcha" maxlength="4" style="width:80px" /> <img src="/cas/kaptcha.jpg" width="96" height="32" alt="验证码" style="vertical-align:middle" /></td></tr>
</table>
<p style="text-align:center"><input type="submit" class="btn" value="${byMail ? `发送${what}到邮箱` : '下一步'}" /> <a class="btn btn-gray" href="/cas/login">返回登录</a></p>
</form>
<p class="tip">${byMail ? '若忘记注册邮箱或邮箱已失效，请联系当地生态环境部门核实注册信息并修改注册邮箱。' : '手机号码已停用或更换的，请联系当地生态环境部门核实后修改。'}</p>
</div></div>
${script(`
$(function () {
  var byMail = ${byMail ? 'true' : 'false'};
  var sms = $('#sendSms');
  if (sms) { sms.onclick = function () { if (!${MOBILE_PATTERN}.test($.trim($('#mobile').value))) { alert('请输入正确的手机号码'); return; } alert('验证码已发送'); }; }
  $.guard($('#forgetForm'), function () {
    if (byMail && !${EMAIL_PATTERN}.test($.trim($('#email').value))) { alert('请输入正确的注册邮箱'); return false; }
    if (!byMail && !${MOBILE_PATTERN}.test($.trim($('#mobile').value))) { alert('请输入正确的手机号码'); return false; }
    return true;
  });
});
`)}`,
  });
}

function routes(what: What, path: string): MockRoute[] {
  const title = `找回${what}`;
  return [
    { path, site: 'permit', kind: 'forgot-account', title, variant: 'recovery by mobile number', render: ({ method, body }) => ({ html: forgotPage(what, path, false, method, body) }) },
    { path: `${path}?by=mail`, site: 'permit', kind: 'forgot-account', title, variant: 'recovery by e-mail (FAQ 1, 2)', render: ({ method, body }) => ({ html: forgotPage(what, path, true, method, body) }) },
  ];
}

export const forgotAccountRoutes: MockRoute[] = [...routes('账号', '/cas/forgetUsername'), ...routes('密码', '/cas/forgetPassword')];
