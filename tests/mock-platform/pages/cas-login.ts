import { demoEnterprise } from '../data/enterprise';
import { esc, redirectResponse, script, style } from '../layout/html';
import { platformName, standalonePage } from '../layout/permit-frame';
import type { MockRequest, MockRoute } from '../routes';

const title = `${platformName}-企业端登录`;
const licenseService = 'https://permit.mee.gov.cn/permitExt/outside/LicenseRedirect';
const permitExtService = 'https://permit.mee.gov.cn/permitExt/';

/**
 * Nobody recorded the real error strings (the notes): a captcha message holds 验证码, a
 * credential message is CAS's default or the platform's own. `msg=2` picks the second wording.
 */
export const loginMessages = {
  captcha: ['验证码错误', '验证码不正确，请重新输入'],
  credentials: ['您提供的凭证有误。', '用户名或密码错误，请重新输入'],
  empty: { username: '请输入用户名', password: '请输入密码', captcha: '请输入验证码' },
} as const;

type LoginError = 'captcha' | 'credentials';
type Channel = 'inline' | 'alert';

interface LoginState {
  service: string;
  /** Layout 'a' (service …LicenseRedirect, or none): autofocus on 用户名, errors in #dError. Layout 'b' (service …/permitExt/): errors by alert(). */
  layout: 'a' | 'b';
  error?: LoginError;
  message?: string;
  channel: Channel;
}

const loginStyles = style(`
.login-box { width: 400px; margin: 40px auto; border: 1px solid #9bb9df; background: #f7fafd; padding: 20px 30px; }
.login-box h2 { font: bold 18px "微软雅黑", sans-serif; color: #0b4f9c; margin: 0 0 16px; text-align: center; }
.login-box .row { margin: 10px 0; }
.login-box label { display: inline-block; width: 70px; text-align: right; }
.login-box input.txt { width: 220px; height: 26px; border: 1px solid #9bb9df; padding: 0 4px; }
.login-box #verCode { width: 100px; }
.login-box img { vertical-align: middle; cursor: pointer; border: 1px solid #ccc; }
.login-box .links { text-align: right; margin-top: 12px; }
.login-box .links a { margin-left: 10px; }
#dError:empty { display: none; }
.login-b { width: 460px; margin: 50px auto; background: #fff; box-shadow: 0 2px 10px rgba(0,0,0,.15); padding: 26px 40px; }
.login-b .tab { font-size: 16px; color: #1c6fc4; border-bottom: 2px solid #1c6fc4; display: inline-block; padding-bottom: 4px; margin-bottom: 16px; }
.login-b p { margin: 12px 0; }
.login-b input.txt { width: 100%; height: 34px; box-sizing: border-box; border: 1px solid #ccd; padding: 0 8px; }
.login-b .code input.txt { width: 60%; }
.login-b #loginBtn { width: 100%; height: 36px; font-size: 16px; }
`);

const rsaFields = `<input type="hidden" id="hid_modulus" value="00b5e3a7c4f1d2960a8e7f3b1c5d9e2a4f6b8c0d1e3f5a7b9c2d4e6f8a0b1c3d5" />
<input type="hidden" id="hid_exponent" value="010001" />
<input type="hidden" id="hideusername" name="hideusername" value="" />
<input type="hidden" id="hidepassword" name="hidepassword" value="" />
<input type="hidden" name="lt" value="LT-1786-mockTicketQ1nRb2-cas" />
<input type="hidden" name="execution" value="e1s1" />
<input type="hidden" name="_eventId" value="submit" />`;

const captchaImage = '<img id="kaptchaImage" src="/cas/kaptcha.jpg" width="96" height="32" alt="验证码" title="看不清？点击换一张" />';

function formA(action: string, state: LoginState): string {
  const shown = state.channel === 'inline' ? (state.message ?? '') : '';
  return `<div class="login-box">
<h2>企业端用户登录</h2>
<form id="fm1" name="fm1" action="${esc(action)}" method="post" autocomplete="off">
  <div id="dError" class="errorTip">${esc(shown)}</div>
  <div class="row"><label for="username">用户名：</label><input type="text" class="txt" id="username" name="username" tabindex="1" autofocus="autofocus" /></div>
  <div class="row"><label for="password">密&nbsp;&nbsp;&nbsp;码：</label><input type="password" class="txt" id="password" name="password" tabindex="2" /></div>
  <div class="row"><label for="verCode">验证码：</label><input type="text" class="txt" id="verCode" name="captcha" maxlength="4" tabindex="3" /> ${captchaImage}</div>
  ${rsaFields}
  <div class="row" style="text-align:center"><input type="submit" class="btn" id="loginBtn" value="登 录" style="width:120px" /></div>
  <div class="links"><a href="/cas/forgetUsername">忘记账号了？</a><a href="/cas/forgetPassword">忘记密码了？</a><a href="/permitExt/outside/registration.jsp">注册</a></div>
</form>
</div>`;
}

function formB(action: string, state: LoginState): string {
  const shown = state.channel === 'inline' ? (state.message ?? '') : '';
  return `<div class="login-b">
<span class="tab">排污单位登录</span>
<form id="fm1" action="${esc(action)}" method="post">
  <p><input type="text" class="txt" id="username" name="username" placeholder="请输入用户名" /></p>
  <p><input type="password" class="txt" id="password" name="password" placeholder="请输入密码" /></p>
  <p class="code"><input type="text" class="txt" id="verCode" name="captcha" placeholder="验证码" maxlength="4" /> ${captchaImage}</p>
  <div id="dError" style="color:#e00">${esc(shown)}</div>
  ${rsaFields}
  <p><input type="button" class="btn" id="loginBtn" value="登录" /></p>
  <p style="text-align:right"><a href="/cas/forgetUsername">忘记账号了？</a> <a href="/cas/forgetPassword">忘记密码了？</a> <a href="/permitExt/outside/registration.jsp">立即注册</a></p>
</form>
</div>`;
}

function loginPage(state: LoginState): string {
  const action = `/cas/login?service=${encodeURIComponent(state.service)}`;
  const alertOnLoad = state.channel === 'alert' && state.message ? `alert(${JSON.stringify(state.message)});` : '';
  return standalonePage({
    title,
    subtitle: '企业端',
    head: loginStyles,
    body: `${state.layout === 'a' ? formA(action, state) : formB(action, state)}
${script(`
$(function () {
  var CHANNEL = '${state.layout === 'a' ? 'inline' : 'alert'}';
  function fail(message) {
    if (CHANNEL === 'alert') { alert(message); return false; }
    $('#dError').innerHTML = message; return false;
  }
  function hex(s) { var out = ''; for (var i = 0; i < s.length; i++) { out += ('000' + s.charCodeAt(i).toString(16)).slice(-4); } return out; }
  var captcha = $('#kaptchaImage');
  captcha.onclick = function () { captcha.src = '/cas/kaptcha.jpg?' + Math.random(); };
  function check() {
    if ($.trim($('#username').value) === '') { return fail('${loginMessages.empty.username}'); }
    if ($('#password').value === '') { return fail('${loginMessages.empty.password}'); }
    if ($.trim($('#verCode').value) === '') { return fail('${loginMessages.empty.captcha}'); }
    // The real page RSA-encrypts into these with #hid_modulus/#hid_exponent; the mock only encodes.
    $('#hideusername').value = hex($('#username').value);
    $('#hidepassword').value = hex($('#password').value);
    return true;
  }
  $.guard($('#fm1'), check);
  if ($('#loginBtn').type === 'button') { $('#loginBtn').onclick = function () { if (check()) { $('#fm1').submit(); } }; }
  ${alertOnLoad}
});
`)}`,
  });
}

function stateFor(url: URL, error?: LoginError, msg?: string | null): LoginState {
  const service = url.searchParams.get('service') ?? licenseService;
  const layout = service.replace(/^https?:\/\/[^/]+/, '') === '/permitExt/' ? 'b' : 'a';
  const requested = url.searchParams.get('channel');
  const channel: Channel = requested === 'alert' || requested === 'inline' ? requested : layout === 'a' ? 'inline' : 'alert';
  const wording = msg === '2' ? 1 : 0;
  const message = error ? loginMessages[error][wording] : undefined;
  return { service, layout, channel, ...(error ? { error } : {}), ...(message ? { message } : {}) };
}

function errorFromQuery(url: URL): { error?: LoginError; msg: string | null } {
  const value = url.searchParams.get('error');
  // error=true (older links and tests) is the credentials error in its second wording.
  if (value === 'true') return { error: 'credentials', msg: '2' };
  if (value === 'captcha' || value === 'credentials') return { error: value, msg: url.searchParams.get('msg') };
  return { msg: null };
}

function render({ url, method, body, captcha }: MockRequest) {
  if (method === 'POST') {
    const form = new URLSearchParams(body);
    const typed = form.get('captcha')?.trim() ?? '';
    // CAS keeps the captcha in the session: no cookie (or a stale page) means no match.
    if (!captcha || typed !== captcha) return { html: loginPage(stateFor(url, 'captcha', url.searchParams.get('msg'))) };
    if (form.get('username')?.trim() !== demoEnterprise.username) {
      return { html: loginPage(stateFor(url, 'credentials', url.searchParams.get('msg'))) };
    }
    const response = redirectResponse('/permitExt/outside/LicenseRedirect');
    response.headers['Set-Cookie'] = 'CASTGC=TGT-mock-demo; Path=/cas; HttpOnly';
    return response;
  }
  const { error, msg } = errorFromQuery(url);
  return { html: loginPage(stateFor(url, error, msg)) };
}

const loginPath = (query: string) => `/cas/login?${query}`;
const service = (s: string) => `service=${encodeURIComponent(s)}`;

export const casLoginRoutes: MockRoute[] = [
  { path: '/cas/login', site: 'permit', kind: 'login', title, variant: 'layout a, no service', render },
  { path: loginPath(service(licenseService)), site: 'permit', kind: 'login', title, main: true, variant: 'layout a: autofocus on 用户名, errors in #dError', render },
  { path: loginPath(service(permitExtService)), site: 'permit', kind: 'login', title, variant: 'layout b: errors by alert()', render },
  { path: loginPath(`${service(licenseService)}&error=captcha`), site: 'permit', kind: 'login', title, variant: 'captcha error in #dError', render },
  { path: loginPath(`${service(licenseService)}&error=captcha&msg=2`), site: 'permit', kind: 'login', title, variant: 'captcha error, second wording', render },
  { path: loginPath(`${service(licenseService)}&error=credentials`), site: 'permit', kind: 'login', title, variant: 'CAS 凭证有误 in #dError', render },
  { path: loginPath(`${service(permitExtService)}&error=captcha`), site: 'permit', kind: 'login', title, variant: 'captcha error by alert()', render },
  { path: loginPath(`${service(permitExtService)}&error=credentials&msg=2`), site: 'permit', kind: 'login', title, variant: 'credential error by alert()', render },
  { path: '/cas/login?error=true', site: 'permit', kind: 'login', title, variant: '用户名或密码错误 in #dError', render },
  {
    path: '/cas/logout',
    site: 'permit',
    kind: 'login',
    title,
    render: () => {
      const response = redirectResponse('/cas/login');
      response.headers['Set-Cookie'] = 'CASTGC=; Path=/cas; Max-Age=0';
      return response;
    },
  },
];
