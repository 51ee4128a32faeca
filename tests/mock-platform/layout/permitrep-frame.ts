import { htmlDocument, style } from './html';

/** The element-plus look the /permitrep/ apps share (Vue apps on the platform; plain markup here). */
export const elementStyles = style(`
body { margin: 0; font: 14px/1.6 "PingFang SC", "Microsoft YaHei", sans-serif; color: #303133; background: #f0f2f5; }
.rp-header { height: 56px; background: #24528c; color: #fff; display: flex; align-items: center; padding: 0 20px; }
.rp-header .rp-logo { font-size: 18px; font-weight: bold; margin-right: 40px; }
.rp-header .rp-user { margin-left: auto; color: #dce6f3; }
#app { max-width: 1160px; margin: 16px auto; background: #fff; padding: 16px 24px; border-radius: 4px; min-height: 300px; }
.rp-head { display: flex; align-items: center; justify-content: space-between; border-bottom: 1px solid #ebeef5; }
.rp-head h2 { font-size: 18px; margin: 8px 0; }
.rp-info { margin: 10px 0; color: #606266; }
.rp-info span { margin-right: 24px; }
.rp-note { color: #909399; font-size: 12px; }
.rp-table { width: 100%; border-collapse: collapse; }
.rp-table th, .rp-table td { border: 1px solid #ebeef5; padding: 8px; text-align: center; }
.rp-table th { background: #f5f7fa; }
.el-button { background: #fff; color: #606266; border: 1px solid #dcdfe6; border-radius: 4px; padding: 7px 15px; cursor: pointer; font-size: 14px; }
.el-button--primary { background: #409eff; border-color: #409eff; color: #fff; }
.el-select { height: 32px; border: 1px solid #dcdfe6; border-radius: 4px; padding: 0 8px; }
.card-list { display: flex; flex-wrap: wrap; gap: 14px; margin: 14px 0; }
.card.select-none { user-select: none; width: 200px; border: 1px solid #ebeef5; border-radius: 6px; padding: 12px 14px; cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.06); }
.card.select-none:hover { border-color: #409eff; }
.card .card-title { font-size: 18px; font-weight: bold; color: #24528c; }
.card .ok { color: #67c23a; } .card .todo { color: #e6a23c; }
.card .card-time { color: #909399; font-size: 12px; }
.el-page-header { padding: 6px 0 10px; border-bottom: 1px solid #ebeef5; }
.el-page-header__left { display: flex; align-items: center; gap: 16px; }
.el-page-header__content { font-size: 18px; }
.el-breadcrumb { margin: 8px 0; color: #606266; }
.rp-detail { display: flex; gap: 16px; margin-top: 12px; }
.el-menu { list-style: none; margin: 0; padding: 0; width: 260px; border-right: 1px solid #e6e6e6; }
.el-menu-item, .el-sub-menu__title { line-height: 40px; padding: 0 16px; cursor: pointer; }
.el-menu-item.is-active { color: #409eff; background: #ecf5ff; }
.el-menu--inline .el-menu-item { padding-left: 36px; }
.rp-form { flex: 1; }
.el-tabs__header { display: flex; border-bottom: 2px solid #e4e7ed; margin-bottom: 12px; }
.el-tabs__item { padding: 0 16px; line-height: 40px; cursor: pointer; }
.el-tabs__item.is-active { color: #409eff; border-bottom: 2px solid #409eff; margin-bottom: -2px; }
.el-pagination { text-align: right; margin-top: 10px; color: #606266; }
.el-empty { text-align: center; padding: 60px 0; color: #909399; }
.el-dialog__wrapper { position: fixed; inset: 0; background: rgba(0,0,0,.4); display: none; align-items: center; justify-content: center; }
.el-dialog { background: #fff; width: 420px; border-radius: 4px; padding: 16px 20px; }
.el-dialog__title { font-size: 16px; }
`);

/** A /permitrep/ app page: the header, `#app`, and whatever script the app runs. */
export function permitrepPage(parts: { title: string; appName: string; user: string; app: string; after?: string }): string {
  return htmlDocument({
    title: parts.title,
    doctype: 'html5',
    head: elementStyles,
    body: `<header class="rp-header"><div class="rp-logo">${parts.appName}</div><div class="rp-user">${parts.user}</div></header>
<div id="app">${parts.app}</div>
${parts.after ?? ''}`,
  });
}
