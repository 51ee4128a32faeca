import { style } from './html';

/** The permit platform's stylesheet: 12px SimSun-era look, bordered tables, blue bars. */
export const permitStyles = style(`
body { margin: 0; font: 12px/1.6 "宋体", SimSun, "Microsoft YaHei", sans-serif; color: #333; background: #fff; }
a { color: #0b4f9c; text-decoration: none; }
a:hover { color: #c00; text-decoration: underline; }
.topbar { height: 80px; background: #1660b0; background: linear-gradient(#1c6fc4, #0e4f96); color: #fff; position: relative; }
.topbar .logo { position: absolute; left: 20px; top: 18px; font: bold 26px/44px "微软雅黑", "Microsoft YaHei", sans-serif; letter-spacing: 2px; }
.topbar .logo small { font-size: 14px; font-weight: normal; margin-left: 10px; }
.topbar .toplinks { position: absolute; right: 20px; top: 10px; }
.topbar .toplinks a { color: #fff; margin-left: 12px; }
.navbar { height: 34px; background: #e8f0fa; border-bottom: 1px solid #9bb9df; }
.navbar a { display: inline-block; padding: 0 18px; line-height: 34px; font-size: 14px; color: #0b4f9c; }
.navbar a.on { background: #fff; font-weight: bold; }
.wrap { width: 1000px; margin: 10px auto; overflow: hidden; }
.box { border: 1px solid #b5cbe6; margin-bottom: 10px; }
.box .box-title { height: 30px; line-height: 30px; background: #eaf2fb; border-bottom: 1px solid #b5cbe6; padding: 0 10px; font-weight: bold; color: #0b4f9c; font-size: 14px; }
.box .box-title .more { float: right; font-weight: normal; font-size: 12px; }
.box .box-body { padding: 8px 10px; }
.box ul { margin: 0; padding: 0; list-style: none; }
.box li { line-height: 26px; border-bottom: 1px dashed #ddd; overflow: hidden; }
.box li span.date { float: right; color: #999; }
table.list, table.form { width: 100%; border-collapse: collapse; }
table.list th, table.list td, table.form th, table.form td { border: 1px solid #b5cbe6; padding: 4px 6px; }
table.list th { background: #dfeaf7; color: #0b4f9c; }
table.form th { background: #f2f6fb; text-align: right; width: 160px; font-weight: normal; }
table.form td input.txt, table.form td select { height: 22px; border: 1px solid #9bb9df; }
.red { color: #e00; }
.btn { display: inline-block; height: 26px; line-height: 26px; padding: 0 14px; border: 1px solid #0e4f96; background: #1c6fc4; color: #fff; cursor: pointer; font-size: 12px; }
.btn:hover { background: #0e4f96; color: #fff; text-decoration: none; }
.btn-gray { border-color: #999; background: #eee; color: #333; }
.crumb { height: 28px; line-height: 28px; background: #f5f8fc; border-bottom: 1px solid #d6e2f0; padding: 0 10px; color: #666; }
.module { padding: 10px; }
.module h3 { font-size: 14px; color: #0b4f9c; margin: 6px 0 10px; border-left: 4px solid #1c6fc4; padding-left: 8px; }
.tip { background: #fffbe6; border: 1px solid #f0d98c; padding: 6px 10px; margin: 8px 0; color: #8a6d3b; }
.errorTip { color: #e00; background: #fff0f0; border: 1px solid #f5b5b5; padding: 4px 8px; }
.footer { border-top: 3px solid #1c6fc4; text-align: center; color: #666; padding: 10px 0 20px; line-height: 22px; }
.toolbar { margin: 6px 0; overflow: hidden; }
.toolbar .right { float: right; }
`);
