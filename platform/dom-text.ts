/**
 * Cheap, bounded readers of a passed-in Document shared by the DOM detectors, the field
 * finder and the message collector. Nothing here reads the whole body text of a page or
 * calls getComputedStyle: platform pages can be long tables, and these run on every load.
 */

/** Upper bounds that keep every read cheap on huge pages. */
export const limits = {
  /**
   * How many elements a query examines, in document order. A look's cost must not grow with the
   * page (a list of 3,000 rows has 60,000 elements): what it looks for (headings, forms, buttons,
   * labels) sits in the first few thousand; tips and dialogs appended at the end are read from the
   * tail (`lastElements`) or by id and class.
   */
  scan: 4_000,
  scanTail: 400,
  text: 20_000,
  controls: 400,
  headings: 80,
  labelText: 60,
} as const;

/** NodeFilter.SHOW_TEXT, spelled out so pure code does not reach for the `NodeFilter` global. */
const SHOW_TEXT = 4;
const NON_TEXT_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** Collapses runs of white space (including full-width spaces and &nbsp;) and trims. */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** The text of `root`, stopping after `max` characters; script and style contents are skipped. */
export function boundedText(root: Node | null | undefined, max: number = limits.text): string {
  if (!root) return '';
  const doc = root.ownerDocument ?? (root as Document);
  if (typeof doc.createTreeWalker !== 'function') return cleanText(root.textContent).slice(0, max);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < max; node = walker.nextNode()) {
    const parent = node.parentElement?.tagName.toUpperCase() ?? '';
    if (NON_TEXT_PARENTS.has(parent)) continue;
    text += `${node.nodeValue ?? ''} `;
  }
  return cleanText(text).slice(0, max);
}

/** Short text of one element (labels, cells, buttons), capped. */
export function shortText(element: Element | null | undefined, max: number = limits.labelText): string {
  return element ? cleanText(boundedText(element, max * 4)).slice(0, max) : '';
}

/**
 * At most `max` elements matching `selector` among the first `limits.scan` elements of `root`
 * (all of them in a shadow root or fragment); an invalid selector or a document without elements
 * gives none. Bounded on purpose: querySelectorAll walks the whole document, however long.
 */
export function queryAll<E extends Element = Element>(root: ParentNode | null | undefined, selector: string, max: number): E[] {
  if (!root || typeof root.querySelectorAll !== 'function') return [];
  try {
    const all = (root as Partial<Pick<Document, 'getElementsByTagName'>>).getElementsByTagName?.('*');
    const found: E[] = [];
    // A page within the bound is read natively in one go (the same elements, found faster).
    if (!all || all[limits.scan] === undefined) {
      const list = root.querySelectorAll<E>(selector);
      for (let index = 0; index < list.length && found.length < max; index++) found.push(list[index]!);
      return found;
    }
    // A live collection read by index walks the tree only as far as asked (its length would walk it all).
    for (let index = 0; index < limits.scan && found.length < max; index++) {
      const element = all[index];
      if (!element) break;
      if (element.matches(selector)) found.push(element as E);
    }
    return found;
  } catch {
    return [];
  }
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
  for (let node: Element | null = element; node && node.tagName.toUpperCase() !== 'BODY'; node = node.parentElement) {
    if (isHiddenByMarkup(node)) return true;
  }
  return false;
}

const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'legend', 'caption'];
const HEADING_CLASSES = ['title', 'page-title', 'panel-title', 'main-title', 'box-title', 'card-title', 'form-title', 'tabs-selected', 'layui-this'];
// Classes that mark the current item of a tab strip or menu; only list items and tabs count.
const CURRENT_CLASSES = ['active', 'current', 'selected', 'is-active'];
const CRUMB_CLASSES = ['crumb', 'breadcrumb', 'location', 'position', 'current-position'];

/**
 * Elements by tag or class name, at most `max`. getElementsBy* are indexed lookups, much
 * cheaper than one long selector list over a page of thousands of rows.
 */
function byNames(doc: Document, lookup: 'tag' | 'class', names: readonly string[], max: number): Element[] {
  const found: Element[] = [];
  for (const name of names) {
    let list: HTMLCollectionOf<Element>;
    try {
      list = lookup === 'tag' ? doc.getElementsByTagName(name) : doc.getElementsByClassName(name);
    } catch {
      continue;
    }
    // By index until the end: reading the live list's length would walk the whole document.
    for (let index = 0; found.length < max; index++) {
      const element = list[index];
      if (!element) break;
      found.push(element);
    }
  }
  return found;
}

/**
 * Texts that name what the page is: the document title, the last step of the breadcrumb,
 * headings, captions, legends, panel and page titles, and the current tab of a tab strip.
 * Menu links are left out on purpose: a menu lists every page, a heading names this one.
 */
export function headingTexts(doc: Document): string[] {
  if (typeof doc?.getElementsByTagName !== 'function') return [];
  const current = byNames(doc, 'class', CURRENT_CLASSES, limits.headings).filter((element) =>
    /^(?:LI|A|SPAN|DIV)$/.test(element.tagName.toUpperCase()) && !/\bmenu|nav/i.test(element.parentElement?.className ?? ''),
  );
  const elements = [
    ...byNames(doc, 'tag', HEADING_TAGS, limits.headings),
    ...byNames(doc, 'class', HEADING_CLASSES, limits.headings),
    ...current,
  ];
  const texts = elements.filter((element) => !isHiddenInTree(element)).map((element) => shortText(element, 100));
  // Of a breadcrumb (「当前位置：企业端 > 许可证申请 > 排污单位基本信息」) only the last step names this page.
  const crumbs = byNames(doc, 'class', CRUMB_CLASSES, 3).map((element) => shortText(element, 100).split(/\s*[>＞»›/]\s*/).pop() ?? '');
  let title = '';
  try {
    title = cleanText(doc.title);
  } catch {
    title = '';
  }
  return [title, ...crumbs, ...texts].filter((text) => text !== '');
}

/** Form controls of the page (inputs, selects, textareas), bounded. */
export function formControls(doc: Document): Array<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement> {
  return queryAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(doc, 'input, select, textarea', limits.controls);
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
function labelIndex(doc: Document): Map<string, string> {
  const index = new Map<string, string>();
  for (const label of queryAll<HTMLLabelElement>(doc, 'label[for]', limits.controls)) {
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
function pageButtons(doc: Document): PageButton[] {
  return queryAll<HTMLElement>(doc, BUTTON_SELECTOR, limits.controls).map((element) => {
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
  /** The label a user reads for a control (see `controlLabel`). */
  label(element: Element): string;
  /** Inputs, selects and textareas, bounded. */
  controls(): Array<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>;
  buttons(): PageButton[];
  /** The page's text, capped at limits.text. */
  text(): string;
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
  const index = once(() => labelIndex(doc));
  const labels = new Map<Element, string>();
  return {
    doc,
    label: (element) => {
      let label = labels.get(element);
      if (label === undefined) {
        label = controlLabel(element, index());
        labels.set(element, label);
      }
      return label;
    },
    controls: once(() => formControls(doc)),
    buttons: once(() => pageButtons(doc)),
    text: once(() => boundedText(doc.body ?? doc.documentElement)),
    headings: once(() => headingTexts(doc)),
  };
}

/** Buttons whose text matches `pattern`. */
export function findButtons(reader: DocumentReader, pattern: RegExp): HTMLElement[] {
  return reader
    .buttons()
    .filter((button) => pattern.test(button.text))
    .map((button) => button.element);
}
