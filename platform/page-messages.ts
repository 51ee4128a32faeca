import { hiddenInTreeChecker, lastElements, readDocument, shortText, type DocumentReader } from './dom-text';

/**
 * Where the platform and the UI libraries it uses put error texts: the CAS login's
 * `#dError`, the registration's `.errorTip`, plain `.error`/`.err` classes, easyui
 * (validatebox tips, messager), layui layers, and the element-ui / ant-design / iview
 * messages of the newer single-page apps. Looked up by id, and by class in the page's outline
 * and among its last elements (dom-text's `outlineOf`, `limits.scanTail`).
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

const sourceSelector = [...messageSources.classes.map((name) => `.${name}`), ...messageSources.selectors].join(',');

const sourceClasses = new Set(messageSources.classes.map((name) => name.toLowerCase()));
// The attributes the other selectors need (`[role=alert]` → role); undefined when one is not of that form.
const sourceAttributes = messageSources.selectors.map((selector) => /^\[([\w-]+)/.exec(selector)?.[1]);

/** A cheap necessary condition for `matches(sourceSelector)`: one of the sources' classes or attributes. */
function maybeSource(element: Element): boolean {
  const classes = element.getAttribute('class');
  if (classes !== null && classes.toLowerCase().split(/\s+/).some((name) => sourceClasses.has(name))) return true;
  return sourceAttributes.some((name) => name === undefined || element.hasAttribute(name));
}

function candidates(doc: Document, reader: DocumentReader): Element[] {
  const found = new Set<Element>();
  for (const id of messageSources.ids) {
    const element = doc.getElementById(id);
    if (element) found.add(element);
  }
  // One pass over the page's outline and one over its last elements (where tips and dialogs are
  // appended): a look costs the same on a list of 3,000 rows as on one of 300.
  for (const element of reader.query(sourceSelector, MAX_PER_SOURCE)) found.add(element);
  for (const element of lastElements(doc.body)) if (maybeSource(element) && element.matches(sourceSelector)) found.add(element);
  // Document order, so an outer message comes before the ones nested in it.
  return [...found].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}

/**
 * Texts the platform shows in places where errors also appear that are not errors: list statuses
 * (a status cell styled like an error), empty tables, and the public side's error page, whose only
 * sentence is a polite direction to the public search. None of them is a failure to answer.
 */
const listStatuses = ['未提交', '已提交', '已提交等待受理', '等待受理', '审批中', '审核中', '审批通过', '审批不通过', '补正', '待补正', '不予受理', '已受理', '已登记', '待提交', '暂无数据', '无数据', '没有数据', '加载中'];
const statusOnly = new RegExp(`^(?:(?:审核)?状态[:：]?\\s*)?(?:${listStatuses.join('|')})[。.!！]?$`);
const notErrors: readonly RegExp[] = [
  statusOnly,
  // errorinfo.jsp: 「请您访问permit.mee.gov.cn，点击许可信息公开查询企业排污许可证信息，谢谢。」
  /^请您访问\s*permit\.me[ep]\.gov\.cn.*谢谢[。.]?$/i,
  /^共\s*\d+\s*(?:条|页)/,
];

/** A text that sits where errors do but tells of no failure (see `notErrors`). */
export function isNotAnError(text: string): boolean {
  return notErrors.some((pattern) => pattern.test(text));
}

const BARE_ERROR = /失败|错误|有误|异常|不存在|无效|过期|拒绝|Error/i;
const MAX_BARE_LENGTH = 80;

/**
 * Error pages without any error markup: Spring's 「Whitelabel Error Page」 (the monitoring platform's
 * single sign-on answers one with status 405) and a body of one short line of plain text
 * (「tokenid验证失败」). Only the first heading and the body's own text are read, both bounded.
 */
function bareErrorPage(doc: Document, reader: DocumentReader): string | undefined {
  const heading = shortText(reader.one('h1'), 40);
  if (/^Whitelabel Error Page$/i.test(heading)) return heading;
  // A plain-text answer: text right in the body, or in the one <pre> a browser wraps it in.
  const body = doc.body;
  const only = body?.children[0];
  if (!body || body.children.length > 1 || (only && only.tagName.toUpperCase() !== 'PRE')) return undefined;
  const text = shortText(body, MAX_BARE_LENGTH + 1);
  return text.length > 0 && text.length <= MAX_BARE_LENGTH && BARE_ERROR.test(text) ? text : undefined;
}

/**
 * Visible error texts on the page: trimmed, deduplicated, each at most 200 characters, at most 10;
 * texts that are not errors (`isNotAnError`) are left out. Never throws.
 */
export function collectPageMessages(doc: Document, reader: DocumentReader = readDocument(doc)): string[] {
  try {
    const messages: string[] = [];
    const taken: Element[] = [];
    const hidden = hiddenInTreeChecker();
    for (const element of candidates(doc, reader)) {
      if (messages.length >= MAX_MESSAGES) break;
      // An element inside one already taken repeats part of its text.
      if (taken.some((outer) => outer.contains(element))) continue;
      if (hidden(element)) continue;
      const text = shortText(element, MAX_LENGTH);
      if (text === '' || messages.includes(text) || isNotAnError(text)) continue;
      messages.push(text);
      taken.push(element);
    }
    const bare = messages.length === 0 ? bareErrorPage(doc, reader) : undefined;
    if (bare && !isNotAnError(bare)) messages.push(bare);
    return messages;
  } catch {
    return [];
  }
}
