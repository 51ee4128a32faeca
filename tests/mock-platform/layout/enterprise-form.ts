import { esc } from './html';
import { regionSelects, type RegionChoice } from './region-select';

export interface EnterpriseFormValues {
  name?: string;
  creditCode?: string;
  email?: string;
  username?: string;
  region?: RegionChoice;
}

/**
 * The rows of the registration form (variant a). Test hooks:
 * credit code `input[name=creditCode]#tyshxydm`, selects `#province`, `#city`, `#county`.
 */
export function enterpriseFormRows(values: EnterpriseFormValues, opts: { withAccount: boolean }): string {
  const account = opts.withAccount
    ? `<tr><th><span class="red">*</span>用户名：</th><td><input type="text" class="txt" id="username" name="username" value="${esc(values.username ?? '')}" style="width:200px" /> 6-20位字母、数字或下划线</td></tr>
<tr><th><span class="red">*</span>密码：</th><td><input type="password" class="txt" id="password" name="password" style="width:200px" /> 至少8位，须包含字母和数字</td></tr>
<tr><th><span class="red">*</span>确认密码：</th><td><input type="password" class="txt" id="password2" name="password2" style="width:200px" /></td></tr>`
    : '';
  return `<tr><th><span class="red">*</span>单位名称：</th><td><input type="text" class="txt" id="dwmc" name="enterName" value="${esc(values.name ?? '')}" style="width:320px" /></td></tr>
<tr><th><span class="red">*</span>统一社会信用代码：</th><td><input type="text" class="txt" id="tyshxydm" name="creditCode" maxlength="18" value="${esc(values.creditCode ?? '')}" style="width:200px" /> 18位，无统一社会信用代码的填写组织机构代码</td></tr>
<tr><th><span class="red">*</span>生产经营场所地址：</th><td>${regionSelects(values.region)}</td></tr>
<tr><th><span class="red">*</span>注册邮箱：</th><td><input type="text" class="txt" id="email" name="email" value="${esc(values.email ?? '')}" style="width:240px" /> 用于找回用户名和密码，请填写有效邮箱</td></tr>
${account}`;
}
