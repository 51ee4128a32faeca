import { itemListRoute } from '../layout/item-list';
import { platformName } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

const title = `信息公开-${platformName}`;

/** 信息公开 (the enterprise's own disclosure list): page kind 'own-disclosure'. */
export const infoDisclosureRoutes: MockRoute[] = [
  itemListRoute('/permitExt/syssb/xxgk/xxgk!list.action', 'own-disclosure', {
    title,
    crumbs: ['信息公开'],
    heading: '排污单位信息公开',
    columns: ['序号', '公开类型', '公开内容', '公开时间', '操作'],
    rows: [
      ['1', '申请前信息公开', '排污许可证申请前信息公开表', '2021-12-20', '<a href="javascript:void(0)" onclick="alert(\'公开期已结束\');">查看</a>'],
      ['2', '执行报告公开', '2025年度执行报告', '2026-01-15', '<a href="javascript:void(0)" onclick="alert(\'执行报告已公开\');">查看</a>'],
    ],
  }),
];
