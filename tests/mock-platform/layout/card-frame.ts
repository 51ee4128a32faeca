import { applicationCards, cardUrl, findCard, type Operate } from '../data/cards';
import { demoEnterprise } from '../data/enterprise';
import { esc, script, style } from './html';
import { modulePage } from './permit-frame';

export { cardUrl } from '../data/cards';

/**
 * Card pages come in two variants, since nobody has seen their layout (the notes): `operate=edit`
 * shows the tab bar, an <h3> heading and 暂存/下一步; `operate=readonly` shows no tabs (the shell
 * window would hold them), a table caption as heading, and disables every control.
 */
export function cardTitle(cardId: string, operate: Operate): string {
  const label = findCard(cardId)?.label ?? cardId;
  return operate === 'edit' ? `排污许可证申请表-${label}` : '排污许可证申请信息查看';
}

export function operateOf(url: URL): Operate {
  return url.searchParams.get('operate') === 'readonly' ? 'readonly' : 'edit';
}

const cardStyles = style(`
.cardtabs { margin: 0 0 10px; padding: 0; list-style: none; border-bottom: 2px solid #1c6fc4; overflow: hidden; }
.cardtabs li { float: left; margin: 0 2px 2px 0; }
.cardtabs li a { display: block; padding: 0 8px; line-height: 24px; background: #e8f0fa; border: 1px solid #b5cbe6; border-bottom: 0; }
.cardtabs li.current a { background: #1c6fc4; color: #fff; font-weight: bold; }
.cardfoot { text-align: center; margin: 14px 0; }
.tabletitle { text-align: center; font-size: 16px; font-weight: bold; margin: 8px 0 12px; }
.readonly-note { color: #999; text-align: right; }
`);

/** An application card page, in the variant its `operate` asks for. */
export function cardPage(url: URL, cardId: string, body: string, head = ''): string {
  const operate = operateOf(url);
  const dataid = url.searchParams.get('dataid') ?? demoEnterprise.applicationDataId;
  const index = applicationCards.findIndex((c) => c.id === cardId);
  const card = applicationCards[index];
  const label = card?.label ?? cardId;
  const next = applicationCards[index + 1];
  const hidden = `<input type="hidden" id="dataid" name="dataid" value="${esc(dataid)}" />
<input type="hidden" id="cardid" name="cardid" value="${esc(cardId)}" />
<input type="hidden" id="operate" name="operate" value="${operate}" />`;
  if (operate === 'readonly') {
    return modulePage({
      title: cardTitle(cardId, operate),
      crumbs: ['许可证申请', '查看申请'],
      head: `${cardStyles}\n${head}`,
      body: `<div class="tabletitle">表${index}　${esc(label)}</div>
<p class="readonly-note">申请编号：${esc(dataid.slice(0, 8).toUpperCase())}　状态：审批通过</p>
${hidden}
${body}
${script(`
$(function () {
  $.each($('input, select, textarea'), function (i, el) { if (el.type !== 'hidden') { el.disabled = true; } });
});
`)}`,
    });
  }
  const tabs = applicationCards
    .map((c) => `<li${c.id === cardId ? ' class="current"' : ''}><a href="${esc(cardUrl(c.id, operate, dataid))}">${esc(c.label)}</a></li>`)
    .join('');
  const foot = next
    ? `<input type="button" class="btn" value="下一步" onclick="window.location.href='${esc(cardUrl(next.id, operate, dataid))}';" />`
    : '';
  return modulePage({
    title: cardTitle(cardId, operate),
    crumbs: ['许可证申请', '排污许可证申请表', label],
    head: `${cardStyles}\n${head}`,
    body: `<ul class="cardtabs" id="cardTabs">${tabs}</ul>
<h3>${esc(label)}</h3>
${hidden}
${body}
<div class="cardfoot">
  <input type="button" class="btn" value="暂存" onclick="alert('暂存成功');" />
  ${foot}
</div>`,
  });
}
