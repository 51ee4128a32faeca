import { demoEnterprise } from '../data/enterprise';
import { esc } from './html';

/** The columns every module list shows (the notes): 序号 / 单位名称 / 审核状态 / 提交时间 / 操作. */
export const moduleColumns = ['序号', '单位名称', '审核状态', '提交时间', '操作'];

export type ModuleStatus = '未提交' | '已提交等待受理' | '审批中' | '审批通过' | '审批不通过' | '补正' | '不予受理';

/** One row of a module list: the status sits in `span.shzt`. */
export function moduleRow(n: number, status: ModuleStatus, submitted: string, operations: string): string[] {
  return [String(n), esc(demoEnterprise.name), `<span class="shzt">${status}</span>`, submitted || '—', operations];
}

/** A link that opens an application card in a new window, as the platform's list rows do. */
export function openInNewWindow(url: string, label: string): string {
  return `<a href="javascript:void(0)" onclick="window.open('${esc(url)}', '_blank')">${esc(label)}</a>`;
}
