import { attachmentTypes, uploadPageUrl } from '../data/attachments';
import { cardPage } from '../layout/card-frame';
import { esc, script } from '../layout/html';
import type { MockRequest } from '../routes';

/** card5 相关附件: the checklist and the 「上传附件」 button that opens the upload page. */
export function renderAttachmentsCard({ url }: MockRequest): string {
  const rows = attachmentTypes
    .map(
      (t, i) =>
        `<tr><td align="center">${i + 1}</td><td>${esc(t.label)}${t.required ? '<span class="red">*</span>' : ''}</td><td align="center" class="fjzt">${i < 2 ? '已上传' : '<span class="red">未上传</span>'}</td></tr>`,
    )
    .join('\n');
  return cardPage(
    url,
    'card5',
    `<h3>相关附件</h3>
<div class="toolbar"><span class="right"><input type="button" class="btn" id="openUpload" value="上传附件" /></span>
  附件格式为 jpg、png、pdf、doc，单个文件不超过 5M。</div>
<table class="list" id="fjTable">
<tr><th width="50">序号</th><th>附件名称</th><th width="120">状态</th></tr>
${rows}
</table>
${script(`
$(function () {
  $('#openUpload').onclick = function () { window.open('${uploadPageUrl}', 'uploadWin', 'width=900,height=600,resizable=yes,scrollbars=yes'); };
});
`)}`,
  );
}
