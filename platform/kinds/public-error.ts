import { limits } from '../dom-text';
import { defineKind } from './kind';
import { permitPath } from './url-rules';

const notFound = /^\s*未找到对应文件[！!]?\s*$/;

/** A body that is nothing but a few words of text (old deep links answer 「未找到对应文件！」 so). */
function plainBodyText(doc: Document): string {
  const body = doc.body;
  if (!body || body.childElementCount > 0) return '';
  const text = body.textContent ?? '';
  return text.length > limits.labelText ? '' : text;
}

/** The public side's notice page: no permit information, and not an error the FAQ answers. */
export default defineKind({
  id: 'public-error',
  label: { zh: '公开端提示页', en: 'Public site notice page' },
  specificity: 2,
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
      fixtures: ['<html><body>未找到对应文件！</body></html>'],
    },
  ],
});
