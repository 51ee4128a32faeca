// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hiddenInTreeChecker, isHiddenByMarkup } from '../../../platform/dom-text';

/** The answer by walking up each time, as `isHiddenInTree` did before it shared its walks. */
function walkUp(element: Element): boolean {
  for (let node: Element | null = element; node && node.tagName !== 'BODY'; node = node.parentElement) if (isHiddenByMarkup(node)) return true;
  return false;
}

describe('hiddenInTreeChecker', () => {
  it('answers like a walk up to the body for every element, in any order of asking', () => {
    document.body.innerHTML = `
      <ul id="menu"><li><a>一</a><ul style="display: none"><li><a>二</a><span><b>三</b></span></li></ul></li><li hidden><a>四</a></li></ul>
      <div style="visibility:hidden"><p><i>五</i></p></div><div><p><i>六</i><input type="hidden"></p></div>`;
    const elements = [...document.body.querySelectorAll('*')];
    const expected = elements.map(walkUp);
    expect(expected.filter(Boolean).length).toBeGreaterThan(3);
    expect(expected.filter((hidden) => !hidden).length).toBeGreaterThan(3);
    for (const order of [elements, [...elements].reverse(), [...elements].sort((a, b) => a.tagName.localeCompare(b.tagName))]) {
      const hidden = hiddenInTreeChecker();
      expect(order.map((element) => hidden(element))).toEqual(order.map(walkUp));
    }
  });
});
