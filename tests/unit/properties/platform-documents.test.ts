// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectPage, mostSpecific } from '../../../platform/detect';
import { detectFromDom, readDomFacts } from '../../../platform/dom-detectors';
import {
  boundedText,
  cleanText,
  controlLabel,
  controlNames,
  findButtons,
  formControls,
  headingTexts,
  inputType,
  isHiddenByMarkup,
  isHiddenInTree,
  readDocument,
  shortText,
} from '../../../platform/dom-text';
import {
  findCoordinateInputs,
  findCreditCodeInputs,
  findExpiryText,
  findFileInputs,
  findMapArea,
  findPlatformFields,
} from '../../../platform/fields';
import { collectPageMessages } from '../../../platform/page-messages';
import { cardIdOf, cardNumber, normalizedPath, parseUrl, queryParam, routeOf } from '../../../platform/url-parts';
import { kindFromUrl } from '../../../platform/url-detectors';
import { isPlatformHost, platformHosts } from '../../../platform/hosts';
import { isPageKindId } from '../../../platform/page-kinds';
import { lookAtFrame } from '../../../platform/frame-look';

/**
 * Every function that reads a page takes any document without throwing: random markup built from
 * the pieces platform pages are made of (forms, labels, tables, error tips, frames) mixed with
 * arbitrary text and attribute values, parsed the way a browser would.
 */
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('统一社会信用代码', '经度', '纬度', '有效期至2025年12月31日', '登录超时', '上传', '提交', '保存', '\u202e', '\ud800', ''),
);
const attr = fc.oneof(text, fc.constantFrom('creditCode', 'tyshxydm', 'longitude', 'jd', 'wd', 'file', 'map', 'error', 'layui-layer-content', 'hidden', 'display:none'));
const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const fragment: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map(escape),
    fc
      .tuple(
        fc.constantFrom('input', 'select', 'textarea', 'button', 'label', 'td', 'th', 'div', 'span', 'p', 'h1', 'h3', 'a', 'iframe', 'object', 'embed', 'form', 'table', 'tr', 'font', 'li'),
        fc.array(fc.tuple(fc.constantFrom('id', 'name', 'class', 'for', 'type', 'value', 'title', 'style', 'hidden', 'src', 'placeholder', 'onclick', 'data-x'), attr), { maxLength: 4 }),
        fc.array(tie('node'), { maxLength: 4 }),
      )
      .map(([tag, attrs, children]) => `<${tag} ${attrs.map(([name, value]) => `${name}="${escape(value)}"`).join(' ')}>${children.join('')}</${tag}>`),
    fc.constantFrom(
      '<input type="file" name="file">',
      '<label for="tyshxydm">统一社会信用代码</label><input id="tyshxydm" name="creditCode">',
      '<tr><th>经度</th><td><input name="longitude" value="116.3"></td></tr>',
      '<div class="layui-layer-content">系统错误</div>',
      '<span class="error-tip" style="display:none">错误</span>',
      '<frameset><frame src="x"></frameset>',
      '<table><tr><td>unclosed',
      '<svg><foreignObject><input name="creditCode"></foreignObject></svg>',
      '<template><input name="creditCode"></template>',
    ),
  ),
})).node;

const html = fc.tuple(fc.boolean(), text, fc.array(fragment, { maxLength: 8 })).map(
  ([full, title, parts]) => (full ? `<!doctype html><html><head><title>${escape(title)}</title></head><body>${parts.join('')}</body></html>` : parts.join('')),
);

const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.string(),
  fc
    .tuple(fc.constantFrom('http', 'https', 'ftp', 'javascript', 'about'), fc.constantFrom('permit.mee.gov.cn', 'permit.mep.gov.cn', 'wryjc.cnemc.cn', 'example.com', ''), fc.string(), fc.string())
    .map(([scheme, host, path, query]) => `${scheme}://${host}/${path}?${query}`),
);

const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');
const runs = { numRuns: 150 };

describe('page readers never throw on random documents', () => {
  it('detectPage, detectFromDom, readDomFacts and mostSpecific', () => {
    fc.assert(
      fc.property(html, url, (markup, href) => {
        const doc = parse(markup);
        const detection = detectPage({ url: href, document: doc });
        expect(isPageKindId(detection.kind)).toBe(true);
        detectFromDom(doc);
        readDomFacts(doc);
        expect(isPageKindId(mostSpecific([detection, detectPage({ url: href })]).kind)).toBe(true);
      }),
      runs,
    );
  });

  it('findPlatformFields and the single field finders', () => {
    fc.assert(
      fc.property(html, (markup) => {
        const doc = parse(markup);
        const reader = readDocument(doc);
        findPlatformFields(doc);
        findCreditCodeInputs(reader);
        findCoordinateInputs(reader);
        findFileInputs(reader);
        findExpiryText(reader);
        findMapArea(doc);
        findButtons(reader, /提交|保存|上传/);
      }),
      runs,
    );
  });

  it('collectPageMessages returns strings; the snapshot of a look is serialisable', () => {
    fc.assert(
      fc.property(html, url, fc.array(text, { maxLength: 4 }), (markup, href, alerts) => {
        const doc = parse(markup);
        for (const message of collectPageMessages(doc)) expect(typeof message).toBe('string');
        const { snapshot } = lookAtFrame(doc, href, alerts);
        expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
      }),
      runs,
    );
  });

  it('text and control helpers on every element', () => {
    fc.assert(
      fc.property(html, (markup) => {
        const doc = parse(markup);
        headingTexts(doc);
        formControls(doc);
        boundedText(doc.body);
        boundedText(null);
        for (const element of [...doc.querySelectorAll('*')].slice(0, 200)) {
          isHiddenByMarkup(element);
          isHiddenInTree(element);
          expect(typeof inputType(element)).toBe('string');
          expect(typeof controlLabel(element)).toBe('string');
          expect(typeof controlNames(element)).toBe('string');
          expect(shortText(element).length).toBeLessThanOrEqual(200);
        }
      }),
      runs,
    );
  });

  it('cleanText takes any string, null or undefined', () => {
    fc.assert(fc.property(fc.option(fc.string({ unit: 'binary' }), { nil: undefined }), (value) => void cleanText(value)));
    expect(cleanText(null)).toBe('');
  });
});

describe('URL readers never throw on random input', () => {
  it('parseUrl takes anything; the URL helpers take any URL and name', () => {
    fc.assert(
      fc.property(fc.oneof(url, fc.anything()), fc.string(), (input, name) => {
        const parsed = parseUrl(input);
        if (!parsed) return;
        expect(isPageKindId(kindFromUrl(parsed))).toBe(true);
        expect(typeof normalizedPath(parsed)).toBe('string');
        expect(typeof routeOf(parsed)).toBe('string');
        queryParam(parsed, name);
        cardNumber(parsed);
        cardIdOf(parsed);
      }),
      { numRuns: 300 },
    );
  });

  it('isPlatformHost takes any string: a platform host in any case, nothing around one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...platformHosts), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.boolean(), (host, before, after, upper) => {
        expect(isPlatformHost(upper ? host.toUpperCase() : host)).toBe(true);
        if (before + after !== '') expect(isPlatformHost(before + host + after)).toBe(false);
      }),
    );
  });
});
