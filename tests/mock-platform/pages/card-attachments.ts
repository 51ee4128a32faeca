import { attachmentTypes, uploadActionPath } from '../data/attachments';
import { cardPage, operateOf } from '../layout/card-frame';
import { esc, htmlDocument, jsLiteral, script } from '../layout/html';
import type { MockRequest, MockRoute } from '../routes';

const uploadTip = '请上传 jpg、png、pdf 格式文件，单个文件不超过 5M。营业执照等证照请上传清晰的彩色扫描件或照片。';

/** Variant a: one upload form per attachment type (`#file_<code>`), results in a hidden iframe. */
function perTypeRows(type: string): string {
  return attachmentTypes
    .map(
      (t, i) => `<tr><td align="center">${i + 1}</td><td>${esc(t.label)}${t.required ? '<span class="red">*</span>' : ''}</td>
<td><form class="uploadForm" action="${uploadActionPath}" method="post" enctype="multipart/form-data" target="uploadResult">
  <input type="hidden" name="wysbtype" value="${esc(type)}" /><input type="hidden" name="fjlx" value="${esc(t.code)}" />
  <input type="file" name="file" id="file_${esc(t.code)}" accept=".jpg,.jpeg,.png,.pdf" />
  <input type="submit" class="btn uploadBtn" value="上传" />
</form></td><td align="center" class="scqk" id="state_${esc(t.code)}">${i < 2 ? '已上传' : '未上传'}</td></tr>`,
    )
    .join('\n');
}

/** Variant b: one type select and one file input, then a list of what is uploaded. */
function singleUploader(type: string): string {
  const options = attachmentTypes.map((t) => `<option value="${esc(t.code)}">${esc(t.label)}</option>`).join('');
  const rows = attachmentTypes
    .map((t, i) => `<tr><td align="center">${i + 1}</td><td>${esc(t.label)}</td><td align="center" id="state_${esc(t.code)}">${i < 2 ? '已上传' : '<span class="red">未上传</span>'}</td></tr>`)
    .join('\n');
  return `<form id="fileForm" action="${uploadActionPath}" method="post" enctype="multipart/form-data" target="uploadResult">
  <input type="hidden" name="wysbtype" value="${esc(type)}" />
  附件类型：<select name="fjlx" id="fjlx">${options}</select>
  <input type="file" name="uploadFile" id="uploadFile" />
  <input type="submit" class="btn" id="btnUpload" value="上传附件" />
</form>
<table class="list" id="fjList" style="margin-top:8px">
<tr><th width="50">序号</th><th>附件名称</th><th width="120">状态</th></tr>
${rows}
</table>`;
}

function uploadScript(): string {
  return script(`
window.uploadDone = function (fjlx, name) {
  var cell = document.getElementById('state_' + fjlx);
  if (cell) { cell.innerHTML = '已上传：' + name; }
};
$(function () {
  $.each($('form[enctype]'), function (i, form) {
    $.guard(form, function () {
      var input = form.querySelector('input[type=file]');
      if (!input.value) { alert('请选择要上传的文件'); return false; }
      return true;
    });
  });
});
`);
}

/** card18 相关附件 (file-control!sbclopen.action): the attachments upload, in the variant asked for. */
export function renderAttachmentsCard({ url }: MockRequest): string {
  const type = url.searchParams.get('wysbtype') ?? 'PWXKZFILE';
  if (operateOf(url) === 'readonly') {
    const rows = attachmentTypes
      .map((t, i) => `<tr><td align="center">${i + 1}</td><td>${esc(t.label)}</td><td align="center">${i < 2 ? `<a href="javascript:void(0)">${esc(t.label)}.pdf</a>` : '未上传'}</td></tr>`)
      .join('\n');
    return cardPage(url, 'card18', `<table class="list" id="fjList"><tr><th width="50">序号</th><th>附件类型</th><th>附件</th></tr>${rows}</table>`);
  }
  const body =
    url.searchParams.get('variant') === 'b'
      ? singleUploader(type)
      : `<table class="list" id="uploadTable">
<tr><th width="50">序号</th><th width="200">附件类型</th><th>选择文件</th><th width="100">上传情况</th></tr>
${perTypeRows(type)}
</table>`;
  return cardPage(url, 'card18', `<div class="tip">${uploadTip}</div>
${body}
<iframe name="uploadResult" id="uploadResult" style="display:none"></iframe>
${uploadScript()}`);
}

/** Finds the uploaded file's name in a multipart body; the mock keeps nothing. */
function uploadedFileName(body: string): string {
  return /filename="([^"]*)"/.exec(body)?.[1] ?? '';
}

function renderUploadResult(method: string, body: string): string {
  if (method !== 'POST') return htmlDocument({ title: '上传结果', body: '<p id="uploadMessage">请在附件上传页面选择文件后上传。</p>' });
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

export const uploadResultRoutes: MockRoute[] = [
  { path: uploadActionPath, site: 'permit', kind: 'unknown', title: '上传结果', render: ({ method, body }) => ({ html: renderUploadResult(method, body) }) },
];
