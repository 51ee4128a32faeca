/**
 * Cheap, bounded readers of a passed-in Document shared by the DOM detectors, the field
 * finder and the message collector. Nothing here reads the whole body text of a page or
 * calls getComputedStyle: platform pages can be long tables, and these run on every load.
 */

/** Upper bounds that keep every read cheap on huge pages. */
export const limits = {
  /**
   * How many elements an outline of the page holds at most (`outlineOf`). A look's cost must not
   * grow with the page (a list of 3,000 rows has 60,000 elements): what it looks for (headings,
   * forms, buttons, labels, the first rows of a list) sits in the outline.
   */
  scan: 4_000,
  /** A page of fewer elements is queried natively (all of it: fewer than a long list's outline). */
  small: 1_500,
  /** Of a long run of siblings (a list's rows, a select's options), the outline keeps the first ones… */
  children: 30,
  /** …and the last ones (dialogs and tips that scripts append). */
  childrenTail: 5,
  scanTail: 400,
  text: 20_000,
  controls: 400,
  headings: 80,
  labelText: 60,
} as const;

const NON_TEXT_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
/** How deep the outline and its text go (a guard against pathological nesting). */
const MAX_DEPTH = 256;

/** Collapses runs of white space (including full-width spaces and &nbsp;) and trims. */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** The text of `root`, stopping after `max` characters; script and style contents are skipped. */
export function boundedText(root: Node | null | undefined, max: number = limits.text): string {
  if (!root) return '';
  // An element holding one text node at most: that text, as the walker would read it, without a walker.
  const element = root as Partial<Element>;
  if (element.nodeType === 1 && root.firstChild === root.lastChild && element.firstElementChild === null && !NON_TEXT_PARENTS.has(element.tagName?.toUpperCase() ?? '')) {
    return cleanText((root.firstChild?.nodeValue ?? '').slice(0, max)).slice(0, max);
  }
  let text = '';
  textNodes(root, max, (node) => void (text += `${node.nodeValue ?? ''} `));
  return cleanText(text).slice(0, max);
}

/**
 * Visits the text nodes of `root` in document order until `max` characters were seen (script and
 * style contents skipped). A walk by hand: cheaper than a TreeWalker for the short texts of cells and labels.
 */
export function textNodes(root: Node, max: number, visit: (node: Text) => void): void {
  let length = 0;
  const walk = (parent: Node, depth: number) => {
    for (let node = parent.firstChild; node && length < max; node = node.nextSibling) {
      if (node.nodeType === 3) {
        length += (node.nodeValue ?? '').length + 1;
        visit(node as Text);
      } else if (node.nodeType === 1 && depth < MAX_DEPTH && !NON_TEXT_PARENTS.has((node as Element).tagName.toUpperCase())) {
        walk(node, depth + 1);
      }
    }
  };
  walk(root, 0);
}

/**
 * The text nodes of `root` in document order as its outline has them (of a long run of sibling
 * elements only the first and last ones, see `outlineOf`) until `max` characters; script and style
 * contents skipped.
 */
export function outlineTextNodes(root: Node | null | undefined, max: number): Text[] {
  const nodes: Text[] = [];
  let length = 0;
  const visit = (parent: Node, depth: number) => {
    let elements = 0;
    for (let node = parent.firstChild; node && length < max; node = node.nextSibling) {
      if (node.nodeType === 3) {
        nodes.push(node as Text);
        length += (node.nodeValue ?? '').length + 1;
      } else if (node.nodeType === 1) {
        if (elements++ === limits.children) {
          // The rest of a long run: its last elements only.
          const tail: Element[] = [];
          const head = (node as Element).previousElementSibling;
          for (let last = (parent as ParentNode).lastElementChild; last && last !== head && tail.length < limits.childrenTail; last = last.previousElementSibling) tail.unshift(last);
          for (const element of tail) if (length < max && depth < MAX_DEPTH && !NON_TEXT_PARENTS.has(element.tagName.toUpperCase())) visit(element, depth + 1);
          return;
        }
        if (depth < MAX_DEPTH && !NON_TEXT_PARENTS.has((node as Element).tagName.toUpperCase())) visit(node, depth + 1);
      }
    }
  };
  if (root) visit(root, 0);
  return nodes;
}

/** Short text of one element (labels, cells, buttons), capped. */
export function shortText(element: Element | null | undefined, max: number = limits.labelText): string {
  return element ? cleanText(boundedText(element, max * 4)).slice(0, max) : '';
}

/**
 * The page as a look reads it: its elements in document order, except that of a long run of
 * siblings (a list's 3,000 rows, a select's options) only the first `limits.children` and the last
 * `limits.childrenTail` are kept, and at most `limits.scan` elements in all; the focused control of a
 * document is always in it (a field the user works in, however far down a long form). Its size stays
 * the same however long the page's lists grow; a query over it never walks the whole document. A page
 * of fewer than `limits.small` elements is queried whole, natively.
 */
export interface PageOutline {
  readonly elements: readonly Element[];
  /** At most `max` elements of the outline matching `selector`, in document order; an invalid selector gives none. */
  query<E extends Element = Element>(selector: string, max: number): E[];
  one<E extends Element = Element>(selector: string): E | undefined;
  /** The outline's elements with a class (compared without regard to case), in document order. */
  byClass(name: string): readonly Element[];
  /** The outline's elements of a tag (its local name), in document order. */
  byTag(name: string): readonly Element[];
}

function outlineElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const addChildren = (parent: ParentNode, depth: number) => {
    let index = 0;
    for (let child = parent.firstElementChild; child && found.length < limits.scan; child = child.nextElementSibling, index++) {
      if (index === limits.children) {
        const head = child.previousElementSibling;
        const tail: Element[] = [];
        for (let last = parent.lastElementChild; last && last !== head && tail.length < limits.childrenTail; last = last.previousElementSibling) tail.unshift(last);
        for (const element of tail) add(element, depth);
        return;
      }
      add(child, depth);
    }
  };
  const add = (element: Element, depth: number) => {
    if (found.length >= limits.scan) return;
    found.push(element);
    if (depth < MAX_DEPTH) addChildren(element, depth + 1);
  };
  if (typeof (root as Partial<ParentNode>).firstElementChild === 'undefined') return found;
  addChildren(root, 0);
  return found;
}

/** What an element must have to match one selector of a list: its tag, a class, or an attribute (an id is one). */
type SelectorKey = { tag: string } | { cls: string } | { attr: string };

/**
 * For each selector of a list, what its last compound requires (see `SelectorKey`); undefined when
 * one of them may match any element (`*`, a pseudo-class alone, escapes), so every element is asked.
 */
function selectorKeys(selector: string): SelectorKey[] | undefined {
  const keys: SelectorKey[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  const take = (part: string): boolean => {
    if (part.includes('\\')) return false;
    // The last compound: after the last combinator outside brackets and parentheses.
    // Quotes, parentheses and brackets blanked out, keeping every position.
    const blank = (text: string) => text[0] + '_'.repeat(text.length - 2) + text[text.length - 1];
    const noParens = part.trim().replace(/"[^"]*"|'[^']*'/g, blank).replace(/\([^)]*\)/g, blank);
    const flat = noParens.replace(/\[[^\]]*\]/g, blank);
    const cut = flat.search(/[\s>+~][^\s>+~]*$/) + 1;
    const last = flat.slice(cut);
    const lastWithAttributes = noParens.slice(cut);
    const tag = /^[a-z][a-z0-9-]*/i.exec(last)?.[0];
    const cls = /\.(-?[_a-z][\w-]*)/i.exec(last)?.[1];
    const id = /#-?[_a-z][\w-]*/i.test(last);
    const attr = /\[\s*([\w-]+)/.exec(lastWithAttributes)?.[1];
    if (tag) keys.push({ tag: tag.toLowerCase() });
    else if (cls) keys.push({ cls: cls.toLowerCase() });
    else if (id) keys.push({ attr: 'id' });
    else if (attr) keys.push({ attr: attr.toLowerCase() });
    else return false;
    return true;
  };
  for (let index = 0; index < selector.length; index++) {
    const char = selector[index]!;
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '\\') index++;
    else if (char === '[' || char === '(') depth++;
    else if (char === ']' || char === ')') depth--;
    else if (char === ',' && depth === 0) {
      if (!take(selector.slice(start, index))) return undefined;
      start = index + 1;
    }
  }
  return take(selector.slice(start)) ? keys : undefined;
}

const keyCache = new Map<string, SelectorKey[] | undefined>();

function keysOf(selector: string): SelectorKey[] | undefined {
  if (!keyCache.has(selector)) {
    if (keyCache.size > 500) keyCache.clear();
    keyCache.set(selector, selectorKeys(selector));
  }
  return keyCache.get(selector);
}

/** The outline of a document (from its root element) or of an element's descendants; see `PageOutline`. */
export function outlineOf(root: ParentNode | null | undefined): PageOutline {
  const elements = root ? outlineElements(root) : [];
  // Reading a live collection by index walks the page only that far (its length would walk it all).
  const small = typeof root?.querySelectorAll === 'function' && (root as Partial<ParentNode & Element>).getElementsByTagName?.('*')[limits.small] === undefined;
  const focused = (root as Partial<Document> | null | undefined)?.activeElement;
  if (focused && /^(?:INPUT|SELECT|TEXTAREA)$/.test(focused.tagName) && !elements.includes(focused)) elements.push(focused);
  // Class tokens, lower-cased (a page in quirks mode matches classes without regard to case).
  const classIndex = once(() => {
    const index = new Map<string, Element[]>();
    for (const element of elements) {
      const value = element.getAttribute('class');
      if (!value) continue;
      for (const token of value.toLowerCase().split(/\s+/)) {
        if (token === '') continue;
        const list = index.get(token);
        if (!list) index.set(token, [element]);
        else if (list[list.length - 1] !== element) list.push(element);
      }
    }
    return index;
  });
  const byClass = (name: string): readonly Element[] => classIndex().get(name.toLowerCase()) ?? [];
  // The outline's elements by tag, and by attribute as queries ask for one: each read once per look,
  // so a query asks the selector engine only about elements that may match (a look makes a few dozen).
  const tagIndex = once(() => {
    const index = new Map<string, Element[]>();
    for (const element of elements) {
      const list = index.get(element.localName);
      if (list) list.push(element);
      else index.set(element.localName, [element]);
    }
    return index;
  });
  const attributeIndex = new Map<string, Element[]>();
  const withAttribute = (name: string): readonly Element[] => {
    let list = attributeIndex.get(name);
    if (!list) attributeIndex.set(name, (list = elements.filter((element) => element.hasAttribute(name))));
    return list;
  };
  const positions = once(() => new Map(elements.map((element, index) => [element, index])));
  /** The elements that have what every match of the selector must have (see `SelectorKey`), in the outline's order. */
  const candidates = (keys: SelectorKey[]): readonly Element[] => {
    const lists = keys.map((key) => ('tag' in key ? byTag(key.tag) : 'cls' in key ? byClass(key.cls) : withAttribute(key.attr)));
    if (lists.length === 1) return lists[0]!;
    const position = positions();
    return [...new Set(lists.flat())].sort((a, b) => position.get(a)! - position.get(b)!);
  };
  function query<E extends Element = Element>(selector: string, max: number): E[] {
    const found: E[] = [];
    try {
      // A small page is asked natively: the selector engine reads its few elements faster than a loop here.
      if (small) {
        const list = root!.querySelectorAll<E>(selector);
        for (let index = 0; index < list.length && found.length < max; index++) found.push(list[index]!);
        return found;
      }
      const keys = keysOf(selector);
      for (const element of keys ? candidates(keys) : elements) {
        if (found.length >= max) break;
        if (element.matches(selector)) found.push(element as E);
      }
    } catch {
      return [];
    }
    return found;
  }
  const byTag = (name: string): readonly Element[] => tagIndex().get(name) ?? [];
  return { elements, query, one: <E extends Element = Element>(selector: string): E | undefined => query<E>(selector, 1)[0], byClass, byTag };
}

/**
 * At most `max` elements matching `selector` among `root`'s descendants in its outline (`outlineOf`);
 * an invalid selector or a root without elements gives none. A reader (`readDocument`) keeps one
 * outline for all the queries of a look: prefer `reader.query`.
 */
export function queryAll<E extends Element = Element>(root: ParentNode | null | undefined, selector: string, max: number): E[] {
  if (!root || typeof root.querySelectorAll !== 'function') return [];
  return outlineOf(root).query<E>(selector, max);
}

/** The last `limits.scanTail` elements of `root`'s subtree, in document order (tips, dialogs and layers that scripts append). */
export function lastElements(root: Element | null | undefined, max: number = limits.scanTail): Element[] {
  const found: Element[] = [];
  let element: Element | null = root?.lastElementChild ?? null;
  while (element?.lastElementChild) element = element.lastElementChild;
  while (element && element !== root && found.length < max) {
    found.push(element);
    const previous: Element | null = element.previousElementSibling;
    if (previous) {
      element = previous;
      while (element.lastElementChild) element = element.lastElementChild;
    } else {
      element = element.parentElement;
    }
  }
  return found.reverse();
}

/** The first element matching `selector` among those `queryAll` examines. */
export function queryOne<E extends Element = Element>(root: ParentNode | null | undefined, selector: string): E | undefined {
  return queryAll<E>(root, selector, 1)[0];
}

/** Hidden by its own markup: the `hidden` attribute, `type=hidden`, or an inline display:none / visibility:hidden. */
export function isHiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.tagName.toUpperCase() === 'INPUT' && (element.getAttribute('type') ?? '').toLowerCase() === 'hidden') return true;
  const style = (element.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return /(?:^|;)display:none\b|(?:^|;)visibility:hidden\b/.test(style);
}

/** Hidden by its own markup or by one of its ancestors' (up to the body). */
export function isHiddenInTree(element: Element): boolean {
  return hiddenInTreeChecker()(element);
}

/**
 * `isHiddenInTree` for many elements of one page: each ancestor is read once, so the items of one
 * menu or list share the walk up through their common ancestors.
 */
export function hiddenInTreeChecker(): (element: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (element) => {
    const path: Element[] = [];
    let hidden = false;
    for (let node: Element | null = element; node && node.tagName.toUpperCase() !== 'BODY'; node = node.parentElement) {
      const answer = known.get(node);
      if (answer !== undefined) {
        hidden = answer;
        break;
      }
      path.push(node);
      if (isHiddenByMarkup(node)) {
        hidden = true;
        break;
      }
    }
    for (const node of path) known.set(node, hidden);
    return hidden;
  };
}

const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'legend', 'caption'];
const HEADING_CLASSES = ['title', 'page-title', 'panel-title', 'main-title', 'box-title', 'card-title', 'form-title', 'tabs-selected', 'layui-this'];
// Classes that mark the current item of a tab strip or menu; only list items and tabs count.
const CURRENT_CLASSES = ['active', 'current', 'selected', 'is-active'];
const CRUMB_CLASSES = ['crumb', 'breadcrumb', 'location', 'position', 'current-position'];

/** Elements of the outline by tag or class name, grouped in the order of `names`, at most `max` in all. */
function byNames(outline: PageOutline, lookup: 'tag' | 'class', names: readonly string[], max: number): Element[] {
  return names.flatMap((name) => (lookup === 'class' ? outline.byClass(name) : outline.byTag(name))).slice(0, max);
}

/**
 * Texts that name what the page is: the document title, the last step of the breadcrumb,
 * headings, captions, legends, panel and page titles, and the current tab of a tab strip.
 * Menu links are left out on purpose: a menu lists every page, a heading names this one.
 */
export function headingTexts(doc: Document, outline: PageOutline = outlineOf(doc)): string[] {
  if (typeof doc?.getElementsByTagName !== 'function') return [];
  const current = byNames(outline, 'class', CURRENT_CLASSES, limits.headings).filter((element) =>
    /^(?:LI|A|SPAN|DIV)$/.test(element.tagName.toUpperCase()) && !/\bmenu|nav/i.test(element.parentElement?.className ?? ''),
  );
  const elements = [
    ...byNames(outline, 'tag', HEADING_TAGS, limits.headings),
    ...byNames(outline, 'class', HEADING_CLASSES, limits.headings),
    ...current,
  ];
  const hidden = hiddenInTreeChecker();
  const texts = elements.filter((element) => !hidden(element)).map((element) => shortText(element, 100));
  // Of a breadcrumb (「当前位置：企业端 > 许可证申请 > 排污单位基本信息」) only the last step names this page.
  const crumbs = byNames(outline, 'class', CRUMB_CLASSES, 3).map((element) => shortText(element, 100).split(/\s*[>＞»›/]\s*/).pop() ?? '');
  let title = '';
  try {
    title = cleanText(doc.title);
  } catch {
    title = '';
  }
  return [title, ...crumbs, ...texts].filter((text) => text !== '');
}

/** Form controls of the page (inputs, selects, textareas), bounded. */
export function formControls(doc: Document, outline: PageOutline = outlineOf(doc)): Array<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement> {
  return outline.query<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea', limits.controls);
}

export function inputType(element: Element): string {
  return (element.getAttribute('type') ?? 'text').toLowerCase();
}

const CONTROL_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON']);

/** The text right before a control inside the same parent (`经度：<input>`), stopping at the previous control. */
function precedingInlineText(element: Element): string {
  let text = '';
  for (let node = element.previousSibling; node && text.length < limits.labelText; node = node.previousSibling) {
    if (node.nodeType === 1 && CONTROL_TAGS.has((node as Element).tagName.toUpperCase())) break;
    text = `${node.nodeType === 1 ? shortText(node as Element) : (node.nodeValue ?? '')} ${text}`;
  }
  return cleanText(text);
}

/** The nearest earlier cell of the same row that has text (`<td>经度</td><td><input></td>`, also `<th>`). */
function previousCellText(element: Element): string {
  const cell = element.closest('td, th');
  for (let sibling = cell?.previousElementSibling, steps = 0; sibling && steps < 3; sibling = sibling.previousElementSibling, steps++) {
    const text = shortText(sibling);
    if (text !== '') return text;
  }
  return '';
}

/** Text of an element just before one of the control's near ancestors (`<span class="label">经度</span><div><input></div>`). */
function ancestorPreviousText(element: Element): string {
  let node: Element | null = element.parentElement;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    if (['TD', 'TH', 'TR', 'TABLE', 'FORM', 'BODY'].includes(node.tagName.toUpperCase())) return '';
    const previous = node.previousElementSibling;
    if (previous) {
      const text = shortText(previous);
      if (text !== '') return text;
    }
  }
  return '';
}

/**
 * What a user would read as the label of a form control, first found wins: `<label for>`,
 * a wrapping `<label>`, aria-label/title, the text just before it in the same parent, the
 * earlier cell of its table row, the text before a near ancestor, and last its placeholder.
 */
export function controlLabel(element: Element, labelsByFor?: ReadonlyMap<string, string>): string {
  const id = element.getAttribute('id');
  const candidates: Array<() => string> = [
    () => (id ? (labelsByFor?.get(id) ?? '') : ''),
    () => shortText(element.closest('label')),
    () => cleanText(element.getAttribute('aria-label') ?? element.getAttribute('title')),
    () => precedingInlineText(element),
    () => previousCellText(element),
    () => ancestorPreviousText(element),
    () => cleanText(element.getAttribute('placeholder')),
  ];
  for (const candidate of candidates) {
    const text = candidate();
    if (text !== '') return text.slice(0, limits.labelText);
  }
  return '';
}

/** `<label for="id">` texts of the document. */
function labelIndex(outline: PageOutline): Map<string, string> {
  const index = new Map<string, string>();
  for (const label of outline.query<HTMLLabelElement>('label[for]', limits.controls)) {
    const target = label.getAttribute('for');
    if (target && !index.has(target)) index.set(target, shortText(label));
  }
  return index;
}

/** The name and id of a control, for matching conventional field names (`longitude`, `tyshxydm`). */
export function controlNames(element: Element): string {
  return `${element.getAttribute('name') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
}

const BUTTON_SELECTOR = [
  'button', 'input[type=button]', 'input[type=submit]', '[role=button]', 'span.l-btn-text',
  'a[class*="btn" i]', 'a[href^="javascript" i]', 'a[onclick]',
].join(',');

export interface PageButton {
  element: HTMLElement;
  text: string;
}

/**
 * Buttons with their visible text or value: buttons, button inputs, and links styled or
 * scripted as buttons (easyui's `a.l-btn`, `a.btn`, `javascript:` links). Plain navigation
 * links are left out: a menu link to 「遗失声明」 does not make a page the loss statement.
 */
function pageButtons(outline: PageOutline): PageButton[] {
  return outline.query<HTMLElement>(BUTTON_SELECTOR, limits.controls).map((element) => {
    const text = element.tagName.toUpperCase() === 'INPUT' ? cleanText(element.getAttribute('value')) : shortText(element, 30);
    const button = element.matches('span.l-btn-text') ? (element.closest<HTMLElement>('a, button') ?? element) : element;
    return { element: button, text };
  });
}

/**
 * One read of a document: what several detectors and finders need, each computed at most
 * once and only when first asked for (a detection run asks for little on most pages).
 */
export interface DocumentReader {
  doc: Document;
  /** The page's outline (`outlineOf`), read once per look. */
  outline(): PageOutline;
  /** At most `max` elements of the outline matching `selector`. */
  query<E extends Element = Element>(selector: string, max: number): E[];
  /** The first element of the outline matching `selector`. */
  one<E extends Element = Element>(selector: string): E | undefined;
  /** The label a user reads for a control (see `controlLabel`). */
  label(element: Element): string;
  /** Inputs, selects and textareas, bounded. */
  controls(): Array<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>;
  buttons(): PageButton[];
  /** The page's text, capped at limits.text. */
  text(): string;
  /** The text nodes that text was read from, in document order. */
  textNodes(): readonly Text[];
  headings(): string[];
}

/** A lazily computed value, computed at most once. */
export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

export function readDocument(doc: Document): DocumentReader {
  const outline = once(() => outlineOf(doc));
  const textRoot = () => doc.body ?? doc.documentElement;
  // Undefined when the document cannot walk its text.
  const walkedText = once(() => outlineTextNodes(textRoot(), limits.text));
  const index = once(() => labelIndex(outline()));
  const labels = new Map<Element, string>();
  return {
    doc,
    outline,
    query: (selector, max) => outline().query(selector, max),
    one: (selector) => outline().one(selector),
    label: (element) => {
      let label = labels.get(element);
      if (label === undefined) {
        label = controlLabel(element, index());
        labels.set(element, label);
      }
      return label;
    },
    controls: once(() => formControls(doc, outline())),
    buttons: once(() => pageButtons(outline())),
    text: once(() => cleanText(walkedText().map((node) => node.nodeValue ?? '').join(' ')).slice(0, limits.text)),
    textNodes: walkedText,
    headings: once(() => headingTexts(doc, outline())),
  };
}

/** Buttons whose text matches `pattern`. */
export function findButtons(reader: DocumentReader, pattern: RegExp): HTMLElement[] {
  return reader
    .buttons()
    .filter((button) => pattern.test(button.text))
    .map((button) => button.element);
}
