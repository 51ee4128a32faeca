// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { limits, outlineOf, outlineTextNodes } from '../../../platform/dom-text';
import { pageKindRegistry } from '../../../platform/kinds';
import { messageSources } from '../../../platform/page-messages';
import { mockRoutes } from '../../../tests/mock-platform/routes';
import { renderPage } from '../mock-platform/render';

/** Selectors the look asks the outline for, and some that stress the shortcut past the selector engine. */
const selectors = [
  'input, select, textarea',
  'th',
  'label[for]',
  'button,input[type=button],input[type=submit],[role=button],span.l-btn-text,a[class*="btn" i],a[href^="javascript" i],a[onclick]',
  [...messageSources.classes.map((name) => `.${name}`), ...messageSources.selectors].join(','),
  '[id*="map" i], [class*="map" i], iframe[src*="map" i], object[data*="map" i], embed[src*="map" i], object[type*="flash" i], embed[type*="flash" i]',
  'img[src*="kaptcha" i], img[src*="captcha" i], img[id*="captcha" i], img[id*="kaptcha" i]',
  '#map, #mapDiv, #allmap, .map, [id*="map" i] canvas, iframe[src*="map" i], object, embed',
  'form#fm1 #verCode',
  'table.tab0',
  'li.hrefli[onclick*="openurl" i]',
  'div > a[href*="a, b"]',
  '*',
  ':not(div)',
  'td:nth-child(2n+1) > input',
  '.A.b, #X',
  ...pageKindRegistry.flatMap((kind) => kind.urls.flatMap((rule) => rule.markers ?? [])),
];

describe('the outline of a page', () => {

  it('answers every selector as querySelectorAll does, over its own elements, on mock pages made long', { timeout: 60_000 }, () => {
    expect(mockRoutes.length).toBeGreaterThan(20);
    // Every fourth page of the mock (the selector engine of the test DOM is slow on long pages).
    for (const route of mockRoutes.filter((_, index) => index % 4 === 0)) {
      const doc = renderPage(route.path, { site: route.site });
      // A long run of elements at the end makes the page too large to be asked natively.
      doc.body?.insertAdjacentHTML('beforeend', `<div class="filler">${'<i class="row"></i>'.repeat(limits.small)}</div>`);
      const outline = outlineOf(doc);
      const inOutline = new Set(outline.elements);
      for (const selector of selectors) {
        const expected = [...doc.querySelectorAll(selector)].filter((element) => inOutline.has(element));
        expect(outline.query(selector, Number.POSITIVE_INFINITY), `${route.path}: ${selector}`).toEqual(expected);
      }
    }
  });

  it('a small page is asked whole', () => {
    const doc = renderPage(mockRoutes[0]!.path, { site: mockRoutes[0]!.site });
    expect(outlineOf(doc).query('*', Number.POSITIVE_INFINITY)).toEqual([...doc.querySelectorAll('*')]);
  });

  it('keeps the first and last rows of a long list, and the focused field wherever it is', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = `<table><tbody>${Array.from({ length: 500 }, (_, index) => `<tr id="r${index}"><td>${index}</td><td><input name="f${index}"></td></tr>`).join('')}</tbody></table>`;
    const rows = outlineOf(doc).query('tr', 1_000).map((row) => row.id);
    expect(rows).toEqual([...Array.from({ length: limits.children }, (_, index) => `r${index}`), ...Array.from({ length: limits.childrenTail }, (_, index) => `r${500 - limits.childrenTail + index}`)]);
    const text = outlineTextNodes(doc.body, limits.text).map((node) => node.nodeValue);
    expect(text).toContain('0');
    expect(text).toContain('499');
    expect(text).not.toContain('200');
    const deep = doc.querySelector<HTMLInputElement>('input[name=f200]')!;
    deep.focus();
    expect(outlineOf(doc).one('input[name=f200]')).toBe(deep);
  });

  it('an invalid selector finds nothing', () => {
    expect(outlineOf(renderPage('/')).query('a[', 10)).toEqual([]);
  });
});
