import { attachmentTypes, uploadActionPath, uploadPagePath } from '../data/attachments';
import { esc, htmlDocument, jsLiteral, script } from '../layout/html';
import { modulePage, platformName } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

const title = `附件上传-${platformName}`;

function renderUploadPage(url: URL): string {
  const type = url.searchParams.get('wysbtype') ?? 'PWXKZFILE';
  const rows = attachmentTypes
    .map(
      (t, i) => `<tr><td align="center">${i + 1}</td><td>${esc(t.label)}${t.required ? '<span class="red">*</span>' : ''}</td>
<td><form class="uploadForm" action="${uploadActionPath}" method="post" enctype="multipart/form-data" target="uploadResult">
  <input type="hidden" name="wysbtype" value="${esc(type)}" /><input type="hidden" name="fjlx" value="${esc(t.code)}" />
  <input type="file" name="file" id="file_${esc(t.code)}" accept=".jpg,.jpeg,.png,.pdf,.doc,.docx" />
  <input type="submit" class="btn uploadBtn" value="上传" />
</form></td><td align="center" class="scqk" id="state_${esc(t.code)}">未上传</td></tr>`,
    )
    .join('\n');
  return modulePage({
    title,
    crumbs: ['许可证申请', '附件上传'],
    body: `<h3>上传附件</h3>
<div class="tip">请上传 jpg、png、pdf、doc 格式文件，单个文件不超过 5M。营业执照等证照请上传清晰的彩色扫描件或照片。</div>
<table class="list" id="uploadTable">
<tr><th width="50">序号</th><th width="200">附件类型</th><th>选择文件</th><th width="100">上传情况</th></tr>
${rows}
</table>
<iframe name="uploadResult" id="uploadResult" style="display:none"></iframe>
${script(`
window.uploadDone = function (fjlx, name) {
  var cell = document.getElementById('state_' + fjlx);
  if (cell) { cell.innerHTML = '已上传：' + name; }
};
$(function () {
  $.each($('form.uploadForm'), function (i, form) {
    $.guard(form, function () {
      var input = form.querySelector('input[type=file]');
      if (!input.value) { alert('请选择要上传的文件'); return false; }
      return true;
    });
  });
});
`)}`,
  });
}

/** Finds the uploaded file's name in a multipart body; the mock keeps nothing. */
function uploadedFileName(body: string): string {
  const match = /filename="([^"]*)"/.exec(body);
  return match?.[1] ?? '';
}

function renderUploadResult(method: string, body: string): string {
  if (method !== 'POST') {
    return htmlDocument({ title: '上传结果', body: '<p id="uploadMessage">请在附件上传页面选择文件后上传。</p>' });
  }
  const name = uploadedFileName(body);
  const fjlx = /name="fjlx"\r?\n\r?\n([^\r\n]*)/.exec(body)?.[1] ?? '';
  const message = name ? '上传成功' : '上传失败：未选择文件';
  return htmlDocument({
    title: '上传结果',
    body: `<p id="uploadMessage">${esc(message)}${name ? `：${esc(name)}` : ''}</p>
${script(`
alert(${jsLiteral(message)});
if (window.parent && window.parent !== window && window.parent.uploadDone && ${jsLiteral(name)}) {
  window.parent.uploadDone(${jsLiteral(fjlx)}, ${jsLiteral(name)});
}
`)}`,
  });
}

export const uploadRoutes: MockRoute[] = [
  {
    path: `${uploadPagePath}?wysbtype=PWXKZFILE`,
    site: 'permit',
    kind: 'apply-attachments',
    title,
    main: true,
    render: ({ url }) => ({ html: renderUploadPage(url) }),
  },
  {
    path: uploadActionPath,
    site: 'permit',
    kind: 'unknown',
    title: '上传结果',
    render: ({ method, body }) => ({ html: renderUploadResult(method, body) }),
  },
];
