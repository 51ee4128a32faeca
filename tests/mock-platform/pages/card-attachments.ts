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

/** What the page's tip says it takes: "请上传 jpg、png、pdf、doc 格式文件，单个文件不超过 5M". */
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const ACCEPTED: Record<string, (bytes: Buffer) => boolean> = {
  jpg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  png: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  pdf: (b) => b.subarray(0, 1024).includes('%PDF-'),
  doc: (b) => b.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
  docx: (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
};

interface UploadedFile {
  name: string;
  bytes: Buffer;
}

/** The file part of a multipart body (the boundary is its first line); the mock keeps nothing. */
function uploadedFile(raw: Buffer): UploadedFile | undefined {
  const firstLineEnd = raw.indexOf('\r\n');
  if (firstLineEnd <= 0) return undefined;
  const boundary = raw.subarray(0, firstLineEnd);
  for (let at = 0; at >= 0 && at < raw.length; at = raw.indexOf(boundary, at + boundary.length)) {
    const headerEnd = raw.indexOf('\r\n\r\n', at);
    if (headerEnd < 0) return undefined;
    const headers = raw.subarray(at, headerEnd).toString('utf8');
    const name = /filename="([^"]*)"/.exec(headers)?.[1];
    if (name === undefined) continue;
    const end = raw.indexOf(Buffer.concat([Buffer.from('\r\n'), boundary]), headerEnd + 4);
    return { name, bytes: raw.subarray(headerEnd + 4, end < 0 ? raw.length : end) };
  }
  return undefined;
}

/** Why the mock refuses an upload, or undefined when it takes it: no file, too big, or content that is not what the name says. */
function refusal(file: UploadedFile | undefined): string | undefined {
  if (!file || file.name === '' || file.bytes.length === 0) return '上传失败：未选择文件';
  if (file.bytes.length > MAX_UPLOAD_BYTES) return '上传失败：文件大小超过5M';
  const ext = /\.([A-Za-z]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const matches = ACCEPTED[ext];
  if (!matches || !matches(file.bytes)) return '上传失败：文件格式不正确，请上传 jpg、png、pdf、doc 格式文件';
  return undefined;
}

function renderUploadResult(method: string, raw: Buffer): string {
  if (method !== 'POST') {
    return htmlDocument({ title: '上传结果', body: '<p id="uploadMessage">请在附件上传页面选择文件后上传。</p>' });
  }
  const file = uploadedFile(raw);
  const fjlx = /name="fjlx"\r?\n\r?\n([^\r\n]*)/.exec(raw.toString('utf8'))?.[1] ?? '';
  const refused = refusal(file);
  const name = refused ? '' : (file?.name ?? '');
  const message = refused ?? `上传成功：${name}`;
  return htmlDocument({
    title: '上传结果',
    body: `<p id="uploadMessage" data-accepted="${refused ? 'false' : 'true'}" data-bytes="${file?.bytes.length ?? 0}">${esc(message)}</p>
${script(`
alert(${jsLiteral(message)});
if (window.parent && window.parent !== window && window.parent.uploadDone && ${jsLiteral(name)}) {
  window.parent.uploadDone(${jsLiteral(fjlx)}, ${jsLiteral(name)});
}
`)}`,
  });
}

export const uploadResultRoutes: MockRoute[] = [
  { path: uploadActionPath, site: 'permit', kind: 'unknown', title: '上传结果', render: ({ method, body, rawBody }) => ({ html: renderUploadResult(method, rawBody ?? Buffer.from(body, 'utf8')) }) },
];
