import { demoEnterprise } from '../data/enterprise';
import { esc, redirectResponse, script, style } from '../layout/html';
import { platformName, standalonePage } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

const title = `${platformName}-企业端登录`;
const defaultService = 'http://permit.mee.gov.cn/permitExt/outside/LicenseRedirect';

const loginStyles = style(`
.login-box { width: 380px; margin: 40px auto; border: 1px solid #9bb9df; background: #f7fafd; padding: 20px 30px; }
.login-box h2 { font: bold 18px "微软雅黑", sans-serif; color: #0b4f9c; margin: 0 0 16px; text-align: center; }
.login-box .row { margin: 10px 0; }
.login-box label { display: inline-block; width: 70px; text-align: right; }
.login-box input.txt { width: 220px; height: 26px; border: 1px solid #9bb9df; padding: 0 4px; }
.login-box #captcha { width: 100px; }
.login-box img { vertical-align: middle; cursor: pointer; border: 1px solid #ccc; }
.login-box .links { text-align: right; margin-top: 12px; }
.login-box .links a { margin-left: 10px; }
#dError { display: none; }
`);

function loginPage(url: URL, failed: boolean): string {
  const service = url.searchParams.get('service') ?? defaultService;
  const withAlert = failed && url.searchParams.get('alert') === '1';
  return standalonePage({
    title,
    subtitle: '企业端',
    head: loginStyles,
    body: `<div class="login-box">
<h2>企业端用户登录</h2>
<form id="fm1" name="fm1" action="/cas/login?service=${esc(encodeURIComponent(service))}" method="post" autocomplete="off">
  <div id="dError" class="errorTip"${failed ? ' style="display:block"' : ''}>${failed ? '用户名或密码错误，请重新输入' : ''}</div>
  <div class="row"><label for="username">用户名：</label><input type="text" class="txt" id="username" name="username" tabindex="1" /></div>
  <div class="row"><label for="password">密&nbsp;&nbsp;&nbsp;码：</label><input type="password" class="txt" id="password" name="password" tabindex="2" /></div>
  <div class="row"><label for="captcha">验证码：</label><input type="text" class="txt" id="captcha" name="captcha" maxlength="4" tabindex="3" />
    <img id="kaptchaImage" src="/cas/kaptcha.jpg" width="96" height="32" alt="验证码" title="看不清，换一张" /></div>
  <input type="hidden" name="lt" value="LT-20171120-mock" />
  <input type="hidden" name="execution" value="e1s1" />
  <input type="hidden" name="_eventId" value="submit" />
  <div class="row" style="text-align:center"><input type="submit" class="btn" id="loginBtn" value="登 录" style="width:120px" /></div>
  <div class="links"><a href="/cas/forgetUsername">忘记用户名</a><a href="/cas/forgetPassword">忘记密码</a><a href="/permitExt/outside/registration.jsp">注册</a></div>
</form>
<p class="tip">提示：用户名、密码区分大小写。忘记用户名或密码，请通过注册邮箱找回。</p>
</div>
${script(`
$(function () {
  $('#kaptchaImage').onclick = function () { this.src = '/cas/kaptcha.jpg?' + Math.floor(Math.random() * 100000); };
  $.guard($('#fm1'), function () {
    var tip = $('#dError');
    if ($.trim($('#username').value) === '') { tip.innerHTML = '请输入用户名'; tip.style.display = 'block'; return false; }
    if ($('#password').value === '') { tip.innerHTML = '请输入密码'; tip.style.display = 'block'; return false; }
    if ($.trim($('#captcha').value) === '') { tip.innerHTML = '请输入验证码'; tip.style.display = 'block'; return false; }
    return true;
  });
  ${withAlert ? "alert('用户名或密码错误，请重新输入');" : ''}
});
`)}`,
  });
}

function readForm(body: string): URLSearchParams {
  return new URLSearchParams(body);
}

export const casLoginRoutes: MockRoute[] = [
  {
    path: '/cas/login',
    site: 'permit',
    kind: 'login',
    title,
    main: true,
    render: ({ url, method, body }) => {
      if (method === 'POST') {
        const form = readForm(body);
        if (form.get('username')?.trim() === demoEnterprise.username) {
          const response = redirectResponse('/permitExt/outside/LicenseRedirect');
          response.headers['Set-Cookie'] = 'CASTGC=TGT-mock-demo; Path=/; HttpOnly';
          return response;
        }
        const service = url.searchParams.get('service');
        return redirectResponse(`/cas/login?error=true${service ? `&service=${encodeURIComponent(service)}` : ''}`);
      }
      return { html: loginPage(url, url.searchParams.get('error') === 'true') };
    },
  },
  {
    path: '/cas/logout',
    site: 'permit',
    kind: 'login',
    title,
    render: () => {
      const response = redirectResponse('/cas/login');
      response.headers['Set-Cookie'] = 'CASTGC=; Path=/; Max-Age=0';
      return response;
    },
  },
];
