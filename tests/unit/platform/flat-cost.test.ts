// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { lookAtFrame } from '../../../platform/frame-look';
import { findTools } from '../../../components/field-tools/FieldToolsLayer';
import { heavyPaths } from '../../../tests/mock-platform/heavy/pages';
import { renderPage } from '../mock-platform/render';

/**
 * The page look and the field tools' finds read the same amount of a page however long its lists
 * grow (issue 15: cost that does not grow with the page). No clock: the DOM reads are counted. Every
 * native query, text or markup read costs the elements it walks (its root's subtree; a live
 * collection as far as it is read); each step between nodes, each `matches` and each text node walked
 * costs one. Layout reads are counted apart
 * and must not happen at all.
 */

type Charge = (self: Node, result: unknown) => number;

interface Reads {
  dom: number;
  layout: number;
}

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

/** Counts the reads of the documents whose nodes `samples` are, until `restore`. */
function countReads(samples: object[]): Reads {
  const reads: Reads = { dom: 0, layout: 0 };
  let paused = false;
  const quietly = <T>(read: () => T): T => {
    const was = paused;
    paused = true;
    try {
      return read();
    } finally {
      paused = was;
    }
  };
  const subtree: Charge = (self) => 1 + quietly(() => (self as Element).getElementsByTagName('*').length);
  // A live collection walks the page as far as it is read: up to the highest index asked, or all of it for its length.
  const liveCollection: Charge = () => 0;
  const countedCollection = (collection: HTMLCollection) => {
    let walked = 0;
    const walk = (upTo: number) => {
      if (upTo > walked) {
        reads.dom += upTo - walked;
        walked = upTo;
      }
    };
    return new Proxy(collection, {
      get(target, property) {
        if (typeof property === 'string' && /^\d+$/.test(property)) walk(Number(property) + 1);
        else if (property === 'length' || property === Symbol.iterator || property === 'item') walk(quietly(() => target.length));
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
  const one: Charge = () => 1;
  const listLength: Charge = (_self, result) => quietly(() => (result as { length: number }).length);
  const dom: Record<string, Charge> = {
    querySelectorAll: subtree,
    querySelector: subtree,
    getElementsByTagName: liveCollection,
    getElementsByClassName: liveCollection,
    getElementsByName: liveCollection,
    textContent: subtree,
    innerHTML: subtree,
    outerHTML: subtree,
    children: listLength,
    childNodes: listLength,
    matches: one,
    closest: one,
    contains: one,
    compareDocumentPosition: one,
    firstElementChild: one,
    lastElementChild: one,
    nextElementSibling: one,
    previousElementSibling: one,
    parentElement: one,
    firstChild: one,
    lastChild: one,
    nextSibling: one,
    previousSibling: one,
    parentNode: one,
    nextNode: one,
  };
  const layout = ['innerText', 'offsetWidth', 'offsetHeight', 'offsetTop', 'offsetLeft', 'clientWidth', 'clientHeight', 'scrollHeight', 'getBoundingClientRect', 'getClientRects'];
  const undo: (() => void)[] = [];
  const done = new Map<object, Set<string>>();
  const patch = (sample: object, name: string, charge: Charge, into: keyof Reads) => {
    let owner: object | null = sample;
    while (owner && !Object.prototype.hasOwnProperty.call(owner, name)) owner = Object.getPrototypeOf(owner);
    if (!owner || done.get(owner)?.has(name)) return;
    const descriptor = Object.getOwnPropertyDescriptor(owner, name)!;
    const wrap = (original: (...args: unknown[]) => unknown) =>
      function (this: Node, ...args: unknown[]) {
        const result = original.apply(this, args);
        if (paused) return result;
        if (charge === liveCollection) return countedCollection(result as HTMLCollection);
        reads[into] += charge(this, result);
        return result;
      };
    const replacement: PropertyDescriptor = { ...descriptor };
    if (typeof descriptor.value === 'function') replacement.value = wrap(descriptor.value as (...args: unknown[]) => unknown);
    else if (descriptor.get) replacement.get = wrap(descriptor.get);
    else return;
    Object.defineProperty(owner, name, replacement);
    if (!done.has(owner)) done.set(owner, new Set());
    done.get(owner)!.add(name);
    const target = owner;
    undo.push(() => Object.defineProperty(target, name, descriptor));
  };
  for (const sample of samples) {
    for (const [name, charge] of Object.entries(dom)) patch(sample, name, charge, 'dom');
    for (const name of layout) patch(sample, name, one, 'layout');
  }
  restore = () => {
    for (const step of undo.reverse()) step();
  };
  return reads;
}

/** The renewal list as the platform's widget layer builds it at load (tests/mock-platform/heavy/mock-easyui.js's datagrid). */
function renewalList(rows: number): Document {
  const doc = renderPage(heavyPaths.list(rows));
  const columns = ['序号', '许可证编号', '单位名称', '行业类别', '有效期起', '有效期至', '状态', '操作'];
  const head = `<table class="datagrid-htable"><tr class="datagrid-header-row"><th class="datagrid-cell-check"><input type="checkbox" class="dg-check-all"></th>${columns
    .map((title, index) => `<th field="c${index}"><div class="datagrid-cell">${title}<span class="datagrid-sort-icon"></span></div></th>`)
    .join('')}</tr></table>`;
  const row = (index: number) => {
    const year = 2021 + (index % 6);
    const cells = [String(index + 1), `91110${String(index).padStart(6, '0')}MA01C3XK2X001P`, `示例企业${index}有限公司`, 'D4411 火力发电', `${year}-03-01`, `${year + 5}-02-28`, '有效',
      '<a href="javascript:void(0)" class="l-btn" onclick="return false;">申请延续</a> <a href="javascript:void(0)" class="l-btn" onclick="return false;">查看</a>'];
    return `<tr class="datagrid-row" datagrid-row-index="${index}"><td class="datagrid-cell-check"><input type="checkbox" name="ck" value="${index}"></td>${cells
      .map((cell, column) => `<td field="c${column}"><div class="datagrid-cell">${cell}</div></td>`)
      .join('')}</tr>`;
  };
  const body = `<table class="datagrid-btable"><tbody>${Array.from({ length: rows }, (_, index) => row(index)).join('')}</tbody></table>`;
  doc.getElementById('yxList')!.innerHTML = `<div class="datagrid-header">${head}</div><div class="datagrid-body">${body}</div><div class="datagrid-pager"></div>`;
  return doc;
}

/** The application card with about `inputs` inputs: the heavy card's facilities table, longer. */
function applicationCard(inputs: number): Document {
  const doc = renderPage(heavyPaths.card);
  const table = doc.querySelectorAll('table.form')[1]!;
  const tbody = table.querySelector('tbody') ?? table;
  const missing = inputs - doc.querySelectorAll('input').length;
  let html = '';
  for (let index = 0; index < Math.ceil(missing / 5); index++) {
    html += `<tr><td>${index + 100}</td>${Array.from({ length: 5 }, (_, column) => `<td><input type="text" name="extra[${index}].c${column}" value="${index}"></td>`).join('')}</tr>`;
  }
  tbody.insertAdjacentHTML('beforeend', html);
  return doc;
}

function readsOf(doc: Document, url: string): Reads & { kind: string } {
  const samples = [doc, doc.body, doc.body.firstChild!, doc.createTreeWalker(doc.body, 4), doc.querySelector('input')!];
  const reads = countReads(samples);
  const look = lookAtFrame(doc, url, []);
  const kind = look.snapshot.detection.kind;
  findTools(doc, kind);
  restore?.();
  restore = undefined;
  return { ...reads, kind };
}

const permitUrl = (path: string) => `https://permit.mee.gov.cn${path}`;

describe('the page look reads as much of a page with 10× the rows or inputs', () => {
  it('counts what a look reads (the counter itself sees a whole-document query)', () => {
    const small = renewalList(30);
    const large = renewalList(300);
    const wholeDocument = (doc: Document) => {
      const reads = countReads([doc, doc.body]);
      doc.querySelectorAll('td');
      restore?.();
      return reads.dom;
    };
    expect(wholeDocument(large)).toBeGreaterThan(wholeDocument(small) * 5);
  });

  it('the renewal list: 300 and 3,000 rows', { timeout: 60_000 }, () => {
    const at300 = readsOf(renewalList(300), permitUrl(heavyPaths.list(300)));
    const large = renewalList(3000);
    const elements = large.getElementsByTagName('*').length;
    const at3000 = readsOf(large, permitUrl(heavyPaths.list(3000)));
    expect(at300.kind).toBe('renewal');
    expect(at3000.kind).toBe('renewal');
    expect(at300.layout).toBe(0);
    expect(at3000.layout).toBe(0);
    // The same reads, give or take the longer numbers of the last rows.
    expect(at3000.dom).toBeLessThanOrEqual(at300.dom * 1.02);
    // The list of about 63,000 elements: the look and the tools read a small part of it.
    expect(at3000.dom).toBeLessThan(elements / 2);
  });

  it('the application card: 200 and 2,000 inputs', { timeout: 60_000 }, () => {
    const at200 = readsOf(applicationCard(200), permitUrl(heavyPaths.card));
    const at2000 = readsOf(applicationCard(2000), permitUrl(heavyPaths.card));
    expect(at200.kind).toBe('apply-basic-info');
    expect(at2000.layout).toBe(0);
    expect(at2000.dom).toBeLessThanOrEqual(at200.dom * 1.02);
  });
});
