// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../platform/detect';
import { describeMismatch, helpdeskNote, pageMismatchOf } from '../../../platform/page-mismatch';
import { formatReportJson, formatReportMarkdown, formatReportText } from '../../../diagnosis/report';

const url = 'https://permit.mee.gov.cn/permitExt/outside/main;jsessionid=77?username=9144030012345678X1';
const changed = new DOMParser().parseFromString('<div class="new-menu">许可证申请</div>', 'text/html');

describe('a page that does not look like what the helper knows', () => {
  const mismatch = pageMismatchOf(detectPage({ url, document: changed }));

  it('names the kind, how it was recognised, the missing markers and the path without query', () => {
    expect(mismatch).toEqual({ kind: 'dashboard', via: 'url', path: '/permitExt/outside/main', missing: ['li.hrefli'] });
    const line = describeMismatch(mismatch!);
    expect(line.zh).toContain('按网址认作「企业端首页」');
    expect(line.zh).toContain('li.hrefli');
    expect(line.en).toContain('/permitExt/outside/main');
  });

  it('gives the helpdesk a note without the query or anything typed', () => {
    const note = helpdeskNote(mismatch!, '1.4.0');
    expect(note.zh).toMatch(/^页面不对？/);
    expect(`${note.zh}${note.en}`).not.toMatch(/username|9144030012345678X1|jsessionid/);
  });

  it('is listed in the diagnosis report in every format', () => {
    const meta = { generatedAt: '2026-12-05T23:00:00Z', extensionVersion: '1.4.0', pageKind: 'dashboard' as const, pageMismatch: mismatch! };
    expect(formatReportText([], meta, 'zh')).toContain('页面核对：按网址认作「企业端首页」');
    expect(formatReportMarkdown([], meta, 'en')).toContain('Page check');
    expect(JSON.parse(formatReportJson([], meta)).pageMismatch).toEqual(mismatch);
  });

  it('is absent where the markers are there, or where none are known', () => {
    const menu = new DOMParser().parseFromString(`<li class="hrefli" onclick="openurl('a','b',1)">台账记录</li>`, 'text/html');
    expect(pageMismatchOf(detectPage({ url, document: menu }))).toBeUndefined();
    expect(pageMismatchOf(detectPage({ url: 'https://permit.mee.gov.cn/permitExt/outside/min_soil.jsp', document: changed }))).toBeUndefined();
  });
});
