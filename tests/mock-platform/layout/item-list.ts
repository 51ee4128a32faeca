import type { PageKindId } from '../../../platform/page-kinds';
import type { MockRoute } from '../routes';
import { esc } from './html';
import { modulePage } from './permit-frame';

export type ListCell = string | { html: string; className: string };

function cell(c: ListCell): string {
  return typeof c === 'string' ? `<td align="center">${c}</td>` : `<td align="center" class="${esc(c.className)}">${c.html}</td>`;
}

export interface ItemListParts {
  title: string;
  crumbs: string[];
  heading: string;
  /** Markup above the table (tips, search form). */
  intro?: string;
  /** Buttons of the toolbar, right aligned. */
  buttons?: string;
  columns: string[];
  /** Cells are markup (escape text yourself), optionally with a class for the `<td>`. */
  rows: ListCell[][];
  /** Markup below the table (scripts, dialogs). */
  outro?: string;
  tableId?: string;
}

/** The Struts list pages (ckxm!list*.action, min_*.jsp): toolbar, bordered list, pager. */
export function itemListPage(parts: ItemListParts): string {
  const head = parts.columns.map((c) => `<th>${esc(c)}</th>`).join('');
  const body = parts.rows.length
    ? parts.rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n')
    : `<tr><td colspan="${parts.columns.length}" align="center">暂无数据</td></tr>`;
  return modulePage({
    title: parts.title,
    crumbs: parts.crumbs,
    body: `<h3>${esc(parts.heading)}</h3>
${parts.intro ?? ''}
<div class="toolbar">${parts.buttons ? `<span class="right">${parts.buttons}</span>` : ''}</div>
<table class="list"${parts.tableId ? ` id="${esc(parts.tableId)}"` : ''}>
<tr>${head}</tr>
${body}
</table>
<div style="text-align:right;margin-top:6px">共 ${parts.rows.length} 条 &nbsp; 第 1/1 页 &nbsp; <a href="javascript:void(0)">首页</a> <a href="javascript:void(0)">上一页</a> <a href="javascript:void(0)">下一页</a> <a href="javascript:void(0)">尾页</a></div>
${parts.outro ?? ''}`,
  });
}

/** A route whose page is a fixed list page (it does not depend on the request). */
export function itemListRoute(path: string, kind: PageKindId, parts: ItemListParts): MockRoute {
  return { path, site: 'permit', kind, title: parts.title, render: () => ({ html: itemListPage(parts) }) };
}
