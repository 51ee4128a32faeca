import { documentPath, documents } from '../data/notices';
import { esc } from '../layout/html';
import { platformName, publicPage } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

const title = `资料附件-${platformName}`;

/** A 资料附件 document, shown as a page (the real site downloads a .doc or .pdf). */
export const publicDocumentRoutes: MockRoute[] = [
  {
    path: documentPath,
    site: 'permit',
    kind: 'unknown',
    title,
    render: ({ url }) => {
      const doc = documents.find((d) => d.id === url.searchParams.get('fileid'));
      const body = doc
        ? `<h2 style="text-align:center;font-size:18px" id="docTitle">${esc(doc.title)}</h2>
<p style="text-align:center;color:#999">附件：${esc(doc.file)}</p>
${doc.paragraphs.map((p) => `<p style="font-size:14px;line-height:2">${esc(p)}</p>`).join('\n')}`
        : '<p class="tip">文件不存在或已被删除。</p>';
      return {
        html: publicPage({ title, nav: 'other', body: `<div class="box"><div class="box-title">资料附件</div><div class="box-body">${body}</div></div>` }),
      };
    },
  },
];
