import { isHiddenInTree, queryAll, shortText } from './dom-text';

/**
 * Where the platform and the UI libraries it uses put error texts: the CAS login's
 * `#dError`, the registration's `.errorTip`, plain `.error`/`.err` classes, easyui
 * (validatebox tips, messager), layui layers, and the element-ui / ant-design / iview
 * messages of the newer single-page apps.
 */
export const messageSelectors = [
  '#dError',
  '.errorTip',
  '.error',
  '.err',
  '.tip-error',
  '.error-tip',
  '.errorMsg',
  '.error-msg',
  '.err-msg',
  '.alert-danger',
  '.alert-error',
  '.validatebox-tip',
  '.messager-body',
  '.layui-layer-content',
  '[role=alert]',
  '.el-message--error',
  '.el-form-item__error',
  '.ant-form-item-explain-error',
  '.ant-message-error',
  '.ivu-form-item-error-tip',
] as const;

const MAX_MESSAGES = 10;
const MAX_LENGTH = 200;
// Enough candidates for a page full of empty, hidden placeholders, still bounded.
const MAX_CANDIDATES = 200;

/** Visible error texts on the page: trimmed, deduplicated, each at most 200 characters, at most 10. Never throws. */
export function collectPageMessages(doc: Document): string[] {
  try {
    const messages: string[] = [];
    const taken: Element[] = [];
    for (const element of queryAll(doc, messageSelectors.join(','), MAX_CANDIDATES)) {
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
