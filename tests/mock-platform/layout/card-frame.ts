import { demoEnterprise } from '../data/enterprise';
import { esc, style } from './html';
import { modulePage } from './permit-frame';

/** The tabs (页签) of the permit application form, in order. */
export const applicationCards: { id: string; label: string }[] = [
  { id: 'card1', label: '排污单位基本信息' },
  { id: 'card2', label: '经纬度选择' },
  { id: 'card3', label: '产品产能' },
  { id: 'card4', label: '废水产治排' },
  { id: 'card5', label: '相关附件' },
  { id: 'card6', label: '大气污染物排放' },
  { id: 'card7', label: '自行监测要求' },
  { id: 'card8', label: '环境管理台账记录' },
];

export const cardPath = '/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action';

export function cardUrl(cardId: string, dataid: string = demoEnterprise.applicationDataId): string {
  return `${cardPath}?dataid=${encodeURIComponent(dataid)}&cardid=${cardId}`;
}

export function cardLabel(cardId: string): string {
  return applicationCards.find((c) => c.id === cardId)?.label ?? cardId;
}

export function cardTitle(cardId: string): string {
  return `排污许可证申请表-${cardLabel(cardId)}`;
}

const cardStyles = style(`
.cardtabs { margin: 0 0 10px; padding: 0; list-style: none; border-bottom: 2px solid #1c6fc4; overflow: hidden; }
.cardtabs li { float: left; margin-right: 2px; }
.cardtabs li a { display: block; padding: 0 12px; line-height: 28px; background: #e8f0fa; border: 1px solid #b5cbe6; border-bottom: 0; }
.cardtabs li.current a { background: #1c6fc4; color: #fff; font-weight: bold; }
.cardfoot { text-align: center; margin: 14px 0; }
`);

/** An application card: the tab bar, the card body, the 暂存/下一步 footer. */
export function cardPage(url: URL, cardId: string, body: string, head = ''): string {
  const dataid = url.searchParams.get('dataid') ?? demoEnterprise.applicationDataId;
  const index = applicationCards.findIndex((c) => c.id === cardId);
  const next = applicationCards[index + 1];
  const tabs = applicationCards
    .map(
      (c) =>
        `<li${c.id === cardId ? ' class="current"' : ''}><a href="${esc(cardUrl(c.id, dataid))}">${esc(c.label)}</a></li>`,
    )
    .join('');
  return modulePage({
    title: cardTitle(cardId),
    crumbs: ['许可证申请', '排污许可证申请表', cardLabel(cardId)],
    head: `${cardStyles}\n${head}`,
    body: `<ul class="cardtabs" id="cardTabs">${tabs}</ul>
<input type="hidden" id="dataid" name="dataid" value="${esc(dataid)}" />
<input type="hidden" id="cardid" name="cardid" value="${esc(cardId)}" />
${body}
<div class="cardfoot">
  <input type="button" class="btn" value="暂存" onclick="alert('暂存成功');" />
  ${next ? `<input type="button" class="btn" value="下一步" onclick="window.location.href='${esc(cardUrl(next.id, dataid))}';" />` : '<input type="button" class="btn" value="提交申请" onclick="if (confirm(\'确认提交排污许可证申请？提交后不能修改。\')) { alert(\'提交成功，请等待核发部门受理\'); }" />'}
</div>`,
  });
}
