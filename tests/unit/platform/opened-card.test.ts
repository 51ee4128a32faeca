// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { openedCardOfClick } from '../../../platform/opened-card';

const list = 'https://permit.mee.gov.cn/permitrep/report/#/list-rt?year=2025&businessType=RT';
const page = (html: string): Document => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');

describe('openedCardOfClick', () => {
  const doc = page(`
    <div class="card select-none" id="a"><div class="title">年报</div><p>状态：已提交</p><p>提交时间：2025年1月15日</p><span id="a-inner">办理记录</span></div>
    <div class="card select-none" id="q"><span>2季度</span><p>状态：待提交</p></div>
    <div class="card select-none" id="m"><b>11月</b></div>
    <div class="card select-none" id="x"><b>填报模板</b></div>
    <div class="card" id="plain"><b>年报</b></div>
    <button id="other">创建报告</button>`);
  const click = (id: string) => openedCardOfClick(doc.getElementById(id), list);

  it('reads the period label of the card clicked, wherever in the card', () => {
    expect([click('a'), click('a-inner'), click('q'), click('m')].map((card) => card?.label)).toEqual(['年报', '年报', '2季度', '11月']);
    expect(click('a')?.listUrl).toBe(list);
  });

  it('gives nothing for a card without a known label, another element, or no element', () => {
    expect([click('x'), click('plain'), click('other'), openedCardOfClick(null, list), openedCardOfClick({}, list)]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
