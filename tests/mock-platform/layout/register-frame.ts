import { demoEnterprise } from '../data/enterprise';
import { esc, htmlDocument, style } from './html';

export const registerAppName = '固定污染源排污登记';

const registerStyles = style(`
body { margin: 0; font: 14px/1.5 "Microsoft YaHei", "PingFang SC", sans-serif; color: #333; background: #f5f7fa; }
.reg-header { background: #fff; border-bottom: 3px solid #2f9e6e; height: 64px; display: flex; align-items: center; padding: 0 30px; }
.reg-header .reg-logo { color: #2f9e6e; font-size: 20px; font-weight: bold; }
.reg-header .reg-user { margin-left: auto; color: #666; }
.reg-tabs { background: #2f9e6e; padding: 0 30px; }
.reg-tabs a { display: inline-block; color: #e6f5ee; padding: 10px 18px; text-decoration: none; }
.reg-tabs a.cur { background: #23835a; color: #fff; }
.reg-main { max-width: 1100px; margin: 20px auto; background: #fff; padding: 20px 28px; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
.reg-main h2 { font-size: 18px; margin: 0 0 14px; color: #2f9e6e; }
.reg-table { width: 100%; border-collapse: collapse; }
.reg-table th, .reg-table td { border: 1px solid #e4e7ed; padding: 8px 10px; text-align: center; }
.reg-table th { background: #f0f9f4; }
.reg-btn { display: inline-block; background: #2f9e6e; color: #fff; border: 0; padding: 6px 16px; border-radius: 2px; cursor: pointer; text-decoration: none; }
.reg-note { color: #888; font-size: 12px; margin-top: 12px; }
`);

const tabs: [string, string][] = [
  ['/register/registration/list.vm', '排污登记'],
  ['/register/bcbg/listDjbg.vm', '登记变更'],
  ['/register/bcbg/listDjyx.vm', '登记延续'],
  ['/register/cancel/list.vm', '登记注销'],
];

/** A page of the registration app (a newer Velocity app with its own green header). */
export function registerPage(parts: { title: string; current: string; heading: string; body: string }): string {
  const nav = tabs
    .map(([href, label]) => `<a href="${href}"${href === parts.current ? ' class="cur"' : ''}>${label}</a>`)
    .join('');
  return htmlDocument({
    title: parts.title,
    doctype: 'html5',
    head: registerStyles,
    body: `<div class="reg-header"><div class="reg-logo">${registerAppName}</div><div class="reg-user">${esc(demoEnterprise.name)} | <a href="/permitExt/outside/main">返回许可平台</a></div></div>
<div class="reg-tabs">${nav}</div>
<div class="reg-main">
<h2>${esc(parts.heading)}</h2>
${parts.body}
</div>`,
  });
}

/** The registration record row shared by the list pages. */
export function registrationRecordCells(): string[] {
  return [
    'DJ110108MA01C3XK2X001Y',
    esc(demoEnterprise.name),
    esc(demoEnterprise.creditCode),
    '2020-07-10',
    '2025-07-09',
  ];
}
