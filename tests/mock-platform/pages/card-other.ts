import { cardPage } from '../layout/card-frame';
import type { MockRequest } from '../routes';

const bodies: Record<string, string> = {
  card6: `<h3>大气污染物有组织排放信息</h3>
<table class="list">
<tr><th>序号</th><th>排放口编号</th><th>排放口名称</th><th>污染物种类</th><th>许可排放浓度限值(mg/Nm³)</th><th>许可年排放量限值(t/a)</th><th>执行标准</th></tr>
<tr><td align="center">1</td><td>DA001</td><td>RTO焚烧炉排气筒</td><td>挥发性有机物</td><td align="right">60</td><td align="right">3.25</td><td>GB 31571-2015</td></tr>
<tr><td align="center">2</td><td>DA002</td><td>导热油炉排气筒</td><td>氮氧化物</td><td align="right">150</td><td align="right">1.80</td><td>DB 11/139-2015</td></tr>
</table>`,
  card7: `<h3>自行监测要求</h3>
<table class="list">
<tr><th>序号</th><th>污染源类别</th><th>排放口编号</th><th>监测内容</th><th>污染物名称</th><th>监测设施</th><th>手工监测频次</th></tr>
<tr><td align="center">1</td><td>废气</td><td>DA001</td><td>烟气流速、温度</td><td>挥发性有机物</td><td>自动</td><td>1次/月</td></tr>
<tr><td align="center">2</td><td>废水</td><td>DW001</td><td>流量</td><td>化学需氧量</td><td>手工</td><td>1次/季</td></tr>
</table>`,
  card8: `<h3>环境管理台账记录要求</h3>
<table class="list">
<tr><th>序号</th><th>类别</th><th>记录内容</th><th>记录频次</th><th>记录形式</th></tr>
<tr><td align="center">1</td><td>生产设施运行管理信息</td><td>主要生产设施运行状态、产量、原辅料用量</td><td>每班次</td><td>电子台账+纸质台账</td></tr>
<tr><td align="center">2</td><td>污染防治设施运行管理信息</td><td>RTO运行温度、污水处理站进出水水量</td><td>每日</td><td>电子台账+纸质台账</td></tr>
</table>`,
};

/** The remaining cards (大气, 自行监测, 台账): plain tables, page kind 'apply-card'. */
export function renderOtherCard(req: MockRequest, cardId: string): string {
  return cardPage(req.url, cardId, bodies[cardId] ?? '');
}

export const otherCardIds = Object.keys(bodies);
