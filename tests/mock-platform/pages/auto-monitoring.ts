import { demoEnterprise } from '../data/enterprise';
import { esc } from '../layout/html';
import { itemListRoute } from '../layout/item-list';
import { platformName } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

const title = `自动监控-${platformName}`;

/** 自动监控 (online monitoring equipment). */
export const autoMonitoringRoutes: MockRoute[] = [
  itemListRoute('/permitExt/zdjk/zdjk!zdjk.action', 'auto-monitoring', {
    title,
    crumbs: ['自动监控'],
    heading: '自动监控设备信息',
    intro: `<p>单位名称：${esc(demoEnterprise.name)} &nbsp; 许可证编号：${esc(demoEnterprise.permitNumber)}</p>`,
    columns: ['序号', '排放口编号', '监测因子', '设备型号', '联网状态', '验收日期'],
    rows: [
      ['1', 'DA001', '挥发性有机物', 'VOCs-3000在线监测系统', '已联网', '2022-05-20'],
      ['2', 'DW001', '化学需氧量、氨氮', 'COD-2000水质在线分析仪', '已联网', '2022-05-20'],
    ],
  }),
];
