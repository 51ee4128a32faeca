import { demoEnterprise } from '../data/enterprise';
import { esc } from '../layout/html';
import { itemListRoute } from '../layout/item-list';
import { platformName } from '../layout/permit-frame';
import type { MockRoute } from '../routes';

/** 自主验收: nobody has recorded its URL, so it is served at one the detectors do not know; its heading names it. */
export const selfAcceptanceRoutes: MockRoute[] = [
  itemListRoute('/permitExt/hpys/zzys!list.action', 'self-acceptance', {
    title: `自主验收-${platformName}`,
    crumbs: ['环境影响评价', '自主验收'],
    heading: '自主验收',
    intro: `<p>单位名称：${esc(demoEnterprise.name)}</p>`,
    columns: ['序号', '项目名称', '验收类型', '状态', '操作'],
    rows: [['1', '年产5000吨涂料生产线技改项目', '竣工环境保护验收', '未提交', '<a href="javascript:void(0)">填报</a>']],
  }),
];
