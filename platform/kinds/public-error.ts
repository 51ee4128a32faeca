import { limits } from '../dom-text';
import { defineKind } from './kind';
import { permitPath } from './url-rules';

const notFound = /^\s*未找到对应文件[！!]?\s*$/;

/**
 * A body that is nothing but a few words of text (old deep links answer 「未找到对应文件！」 so), sent as
 * HTML or as text/plain, which Chromium shows as a body holding one <pre>.
 */
function plainBodyText(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  const only = body.firstElementChild;
  const holder = body.childElementCount === 0 ? body : body.childElementCount === 1 && only?.tagName === 'PRE' && only.childElementCount === 0 ? only : undefined;
  if (!holder) return '';
  const text = holder.textContent ?? '';
  return text.length > limits.labelText ? '' : text;
}

/** The public side's notice page: no permit information, and not an error the FAQ answers. */
const kind = defineKind({
  id: 'public-error',
  label: { zh: '公开端提示页', en: 'Public site notice page' },
  specificity: 2,
  precedence: 10,
  side: 'public',
  group: 'public',
  noPlatformFaq: true,
  urls: [
    {
      test: permitPath(/^\/perxxgkinfo\/errorinfo\.jsp$/),
      fixtures: ['https://permit.mee.gov.cn/perxxgkinfo/errorinfo.jsp', 'http://permit.mep.gov.cn/perxxgkinfo/errorinfo.jsp'],
    },
  ],
  dom: [
    {
      strength: 'strong',
      test: (f) => notFound.test(plainBodyText(f.doc)),
      fixtures: ['<html><body>未找到对应文件！</body></html>', '<html><head></head><body><pre style="word-wrap: break-word; white-space: pre-wrap;">未找到对应文件！</pre></body></html>'],
    },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'public-error': typeof kind;
  }
}
