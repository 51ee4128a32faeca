import { esc, script } from '../layout/html';
import { standalonePage } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function forgotPage(what: '用户名' | '密码', action: string, method: string, body: string): string {
  const title = `找回${what}`;
  let result = '';
  if (method === 'POST') {
    const email = new URLSearchParams(body).get('email')?.trim() ?? '';
    result = EMAIL_PATTERN.test(email)
      ? `<p class="tip" id="sendResult">${what}已发送至注册邮箱 ${esc(email)}，请登录邮箱查收（注意区分大小写）。</p>`
      : `<p class="errorTip" id="sendResult">该邮箱未注册或格式不正确，请输入注册时填写的邮箱。</p>`;
  }
  return standalonePage({
    title,
    subtitle: title,
    body: `<div class="box" style="width:560px;margin:30px auto">
<div class="box-title">找回${what}</div>
<div class="box-body">
${result}
<form id="forgetForm" action="${action}" method="post">
<table class="form">
<tr><th><span class="red">*</span>注册邮箱：</th><td><input type="text" class="txt" id="email" name="email" style="width:240px" /></td></tr>
<tr><th><span class="red">*</span>验证码：</th><td><input type="text" class="txt" id="captcha" name="captcha" maxlength="4" style="width:80px" /> <img src="/cas/kaptcha.jpg" width="96" height="32" alt="验证码" style="vertical-align:middle" /></td></tr>
</table>
<p style="text-align:center"><input type="submit" class="btn" value="发送${what}到邮箱" /> <a class="btn btn-gray" href="/cas/login">返回登录</a></p>
</form>
<p class="tip">若忘记注册邮箱或邮箱已失效，请联系当地环保局核实注册信息并修改注册邮箱。</p>
</div></div>
${script(`
$(function () {
  $.guard($('#forgetForm'), function () {
    var v = $.trim($('#email').value);
    if (!/^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/.test(v)) { alert('请输入正确的注册邮箱'); return false; }
    return true;
  });
});
`)}`,
  });
}

export const forgotAccountRoutes: MockRoute[] = [
  {
    path: '/cas/forgetUsername',
    site: 'permit',
    kind: 'forgot-account',
    title: '找回用户名',
    render: ({ method, body }) => ({ html: forgotPage('用户名', '/cas/forgetUsername', method, body) }),
  },
  {
    path: '/cas/forgetPassword',
    site: 'permit',
    kind: 'forgot-account',
    title: '找回密码',
    render: ({ method, body }) => ({ html: forgotPage('密码', '/cas/forgetPassword', method, body) }),
  },
];
