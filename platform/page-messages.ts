import { isHiddenInTree, queryAll, shortText } from './dom-text';

/**
 * Where the platform and the UI libraries it uses put error texts: the CAS login's
 * `#dError`, the registration's `.errorTip`, plain `.error`/`.err` classes, easyui
 * (validatebox tips, messager), layui layers, and the element-ui / ant-design / iview
 * messages of the newer single-page apps. Looked up by id and class name (indexed, cheap
 * on long pages) and, for the one attribute selector, by querySelectorAll.
 */
export const messageSources = {
  ids: ['dError'],
  classes: [
    'errorTip', 'error', 'err', 'tip-error', 'error-tip', 'errorMsg', 'error-msg', 'err-msg', 'alert-danger', 'alert-error',
    'validatebox-tip', 'messager-body', 'layui-layer-content',
    'el-message--error', 'el-form-item__error', 'ant-form-item-explain-error', 'ant-message-error', 'ivu-form-item-error-tip',
  ],
  selectors: ['[role=alert]'],
} as const;

const MAX_MESSAGES = 10;
const MAX_LENGTH = 200;
// Candidates per source: enough for a page full of empty, hidden placeholders, still bounded.
const MAX_PER_SOURCE = 50;
// Node.DOCUMENT_POSITION_FOLLOWING, spelled out so pure code does not reach for the `Node` global.
const FOLLOWING = 4;

function candidates(doc: Document): Element[] {
  const found = new Set<Element>();
  for (const id of messageSources.ids) {
    const element = doc.getElementById(id);
    if (element) found.add(element);
  }
  for (const name of messageSources.classes) {
    const list = doc.getElementsByClassName(name);
    for (let index = 0; index < list.length && index < MAX_PER_SOURCE; index++) {
      const element = list[index];
      if (element) found.add(element);
    }
  }
  for (const selector of messageSources.selectors) {
    for (const element of queryAll(doc, selector, MAX_PER_SOURCE)) found.add(element);
  }
  // Document order, so an outer message comes before the ones nested in it.
  return [...found].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}

/** Visible error texts on the page: trimmed, deduplicated, each at most 200 characters, at most 10. Never throws. */
export function collectPageMessages(doc: Document): string[] {
  try {
    const messages: string[] = [];
    const taken: Element[] = [];
    for (const element of candidates(doc)) {
      if (messages.length >= MAX_MESSAGES) break;
      // An element inside one already taken repeats part of its text.
      if (taken.some((outer) => outer.contains(element))) continue;
      if (isHiddenInTree(element)) continue;
      const text = shortText(element, MAX_LENGTH);
      if (text === '' || messages.includes(text)) continue;
      messages.push(text);
      taken.push(element);
    }
    return messages;
  } catch {
    return [];
  }
}
