import { demoEnterprise } from '../data/enterprise';
import { industryOptions, onlineIndustries } from '../data/industries';
import { esc, script } from '../layout/html';
import { modulePage, platformName } from '../layout/permit-frame';
import { regionSelects } from '../layout/region-select';
import type { MockRoute } from '../routes';

const title = `修改企业基本信息-${platformName}`;
export const enterpriseInfoPath = '/permitExt/outside/updateEnterMSG.jsp';

/** 修改企业基本信息: the field names the notes give (SocietyCode, counties, industryName, qtindustryName…). */
function render(method: string, body: string): string {
  const saved = method === 'POST';
  const form = new URLSearchParams(saved ? body : '');
  const value = (name: string, fallback: string) => esc(form.get(name) ?? fallback);
  const industry = form.get('industryName') ?? 'C2614';
  const other = form.get('qtindustryName') ?? '';
  const otherOptions = `<option value="">--无--</option>${onlineIndustries
    .map((i) => `<option value="${i.code}"${i.code === other ? ' selected="selected"' : ''}>${i.code} ${i.name}</option>`)
    .join('')}`;
  return modulePage({
    title,
    crumbs: ['修改企业基本信息'],
    body: `<h3>修改企业基本信息</h3>
<p class="tip">“省市县”选择错误导致核发部门无法受理的，可在此修改，修改后核发部门可直接受理。</p>
<form id="enterForm" action="${enterpriseInfoPath}?username=${esc(demoEnterprise.username)}" method="post">
<table class="form">
<tr><th><span class="red">*</span>单位名称：</th><td><input type="text" class="txt" id="EnterName" name="EnterName" value="${value('EnterName', demoEnterprise.name)}" style="width:320px" /></td></tr>
<tr><th><span class="red">*</span>统一社会信用代码：</th><td><input type="text" class="txt" id="SocietyCode" name="SocietyCode" maxlength="18" value="${value('SocietyCode', demoEnterprise.creditCode)}" style="width:200px" /></td></tr>
<tr><th><span class="red">*</span>所在省市县：</th><td>${regionSelects(
      { province: form.get('province') ?? '110000', city: form.get('city') ?? '110100', county: form.get('counties') ?? demoEnterprise.cityCode },
      'counties',
    )}</td></tr>
<tr><th><span class="red">*</span>生产经营场所地址：</th><td><input type="text" class="txt" id="EnterAddress" name="EnterAddress" value="${value('EnterAddress', demoEnterprise.address)}" style="width:360px" /></td></tr>
<tr><th><span class="red">*</span>行业类别：</th><td><select id="industryName" name="industryName">${industryOptions(industry)}</select></td></tr>
<tr><th>其他行业类别：</th><td><select id="qtindustryName" name="qtindustryName">${otherOptions}</select></td></tr>
<tr><th><span class="red">*</span>联系电话：</th><td><input type="text" class="txt" id="Telephone" name="Telephone" value="${value('Telephone', demoEnterprise.phone)}" /></td></tr>
<tr><th>电子邮箱：</th><td><input type="text" class="txt" id="MailAddr" name="MailAddr" value="${value('MailAddr', demoEnterprise.email)}" style="width:220px" /></td></tr>
<tr><th>邮政编码：</th><td><input type="text" class="txt" id="ZipCode" name="ZipCode" maxlength="6" value="${value('ZipCode', demoEnterprise.zipCode)}" /></td></tr>
</table>
<p style="text-align:center"><input type="submit" class="btn" id="saveBtn" value="保 存" /></p>
</form>
${script(`
$(function () {
  ${saved ? "alert('修改成功');" : ''}
  $.guard($('#enterForm'), function () {
    if ($.trim($('#SocietyCode').value).length !== 18) { alert('统一社会信用代码应为18位'); return false; }
    if ($('#counties').value === '') { alert('请选择所在省市县'); return false; }
    return true;
  });
});
`)}`,
  });
}

export const enterpriseInfoRoutes: MockRoute[] = [
  {
    path: `${enterpriseInfoPath}?username=${demoEnterprise.username}`,
    site: 'permit',
    kind: 'enterprise-info',
    title,
    main: true,
    render: ({ method, body }) => ({ html: render(method, body) }),
  },
  { path: enterpriseInfoPath, site: 'permit', kind: 'enterprise-info', title, render: ({ method, body }) => ({ html: render(method, body) }) },
];
