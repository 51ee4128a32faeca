import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../diagnosis/check-result';
import { collectLocalFacts } from '../../../diagnosis/collect-page';
import { formatReportJson, formatReportMarkdown, formatReportText, privacyNotice, sanitizeUrl, summarize, type ReportMeta } from '../../../diagnosis/report';
import { runDiagnosis } from '../../../diagnosis/run';
import { resultFor, ua } from './fixtures';

const results: CheckResult[] = [
  resultFor('browser', 'pass', { zh: 'Chrome 120，Windows 10 或 11。', en: 'Chrome 120, Windows 10 or 11.' }, { zh: '', en: '' }, [6, 20]),
  resultFor('cookies', 'fail', { zh: '浏览器禁止了网站保存 Cookie。', en: 'Cookies are blocked.' }, { zh: '允许 Cookie。', en: 'Allow cookies.' }, [4, 5]),
  resultFor('screen', 'warn', { zh: '宽度 1200 像素。', en: '1200 px wide.' }, { zh: '第一行\n第二行', en: 'line one\nline two' }),
  resultFor('clock', 'warn', { zh: '快 3 分。', en: '3 min ahead.' }, { zh: '自动设置时间。', en: 'Set time automatically.' }, [5]),
  resultFor('popups', 'skip', { zh: '扩展弹出窗口测不到。', en: 'Not measurable from the popup.' }),
];

const meta: ReportMeta = {
  generatedAt: '2026-11-28T04:00:00.000Z',
  extensionVersion: '0.1.0',
  pageKind: 'login',
  url: 'https://permit.mee.gov.cn/cas/login?service=https%3A%2F%2Fpermit.mee.gov.cn%2FpermitExt&username=zhangsan#top',
};

describe('summarize', () => {
  it('counts statuses and writes the headline', () => {
    const summary = summarize(results);
    expect(summary.counts).toEqual({ pass: 1, fail: 1, warn: 2, info: 0, skip: 1 });
    expect(summary.headline.zh).toBe('发现 1 项问题、2 项提醒（1 项未能检测）');
    expect(summary.headline.en).toBe('Found 1 problem and 2 warnings (1 not checked)');
  });

  it('says when nothing is wrong', () => {
    expect(summarize([results[0] as CheckResult]).headline.zh).toBe('没有发现问题');
    expect(summarize([]).counts.pass).toBe(0);
  });
});

describe('sanitizeUrl', () => {
  it.each([
    ['https://permit.mee.gov.cn/cas/login?service=x&username=zhangsan#top', 'https://permit.mee.gov.cn/cas/login'],
    ['http://permit.mep.gov.cn/permitExt/outside/main;jsessionid=ABC123?x=1', 'http://permit.mep.gov.cn/permitExt/outside/main'],
    ['https://user:pass@wryjc.cnemc.cn/eap/SingleSignOnXKZ?token=t', 'https://wryjc.cnemc.cn/eap/SingleSignOnXKZ'],
  ])('%s → %s', (input, expected) => {
    expect(sanitizeUrl(input)).toBe(expected);
  });

  it('never throws and never keeps a query or fragment', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true })), (input) => {
        const out = sanitizeUrl(input);
        if (out !== undefined) expect(out).not.toMatch(/[?#]/);
      }),
    );
    const onPlatform = fc.webPath().chain((path) => fc.constant(`https://permit.mee.gov.cn${path}?userAccount=zhangsan#x`));
    fc.assert(
      fc.property(onPlatform, (input) => {
        const out = sanitizeUrl(input);
        expect(out).toBeDefined();
        expect(out).not.toContain('zhangsan');
      }),
    );
  });

  it.each(['https://mail.example.com/inbox/zhangsan', 'not a url', '', 'javascript:alert(1)'])('leaves out %j', (input) => {
    expect(sanitizeUrl(input)).toBeUndefined();
  });
});

describe('report formats', () => {
  it('text: privacy line first, headline, meta, each result with advice and FAQ numbers', () => {
    const report = formatReportText(results, meta, 'zh');
    const lines = report.split('\n');
    expect(lines[0]).toBe(privacyNotice.zh);
    expect(report).toContain('结论：发现 1 项问题、2 项提醒');
    expect(report).toContain('所在页面：企业端登录');
    expect(report).toContain('页面网址：https://permit.mee.gov.cn/cas/login\n');
    expect(report).toContain('[问题] Cookie（登录需要）');
    expect(report).toContain('  相关常见问题：第 4、5 条');
    expect(report).toContain('  建议：第一行\n  第二行');
    expect(report).not.toContain('建议：\n');
  });

  it('text in English', () => {
    const report = formatReportText(results, meta, 'en');
    expect(report.split('\n')[0]).toBe(privacyNotice.en);
    expect(report).toContain('[Problem] Cookies (needed to log in)');
    expect(report).toContain('Related FAQ: entries 4, 5');
  });

  it('markdown: quote, title, table and a section per result', () => {
    const report = formatReportMarkdown(results, meta, 'zh');
    expect(report.startsWith(`> ${privacyNotice.zh.replace(/([\\`*_[\]<>|])/g, '\\$1')}`)).toBe(true);
    expect(report).toContain('# 排污许可平台自检助手');
    expect(report).toContain('| 页面网址 | https://permit.mee.gov.cn/cas/login |');
    expect(report).toContain('## 提醒 · 屏幕与窗口宽度');
    expect(report).toContain('- 建议：第一行\n  第二行');
  });

  it('json: parseable, with summary and results', () => {
    const parsed = JSON.parse(formatReportJson(results, meta));
    expect(parsed.privacy).toEqual(privacyNotice);
    expect(parsed.url).toBe('https://permit.mee.gov.cn/cas/login');
    expect(parsed.pageKind).toBe('login');
    expect(parsed.summary.counts.fail).toBe(1);
    expect(parsed.results).toHaveLength(results.length);
  });

  it('says when the address was left out', () => {
    expect(formatReportText(results, { ...meta, url: 'https://mail.example.com/zhangsan' }, 'zh')).toContain('已省略');
    expect(JSON.parse(formatReportJson(results, { ...meta, url: 'https://mail.example.com/zhangsan' })).url).toBeNull();
  });
});

describe('the report holds no personal data', () => {
  const secrets = ['secret-session-id', 'TGT-zhangsan', 'zhangsan', '张三', '91110000MA01ABCD1X', 'hunter2', 'ABC123SESSION'];

  it('even when cookies, account names and session ids are around', async () => {
    const doc = {
      cookie: 'JSESSIONID=secret-session-id; CASTGC=TGT-zhangsan; username=%E5%BC%A0%E4%B8%89',
    };
    const all = await runDiagnosis({
      collectLocal: () =>
        collectLocalFacts({
          context: 'page',
          navigator: { userAgent: ua.chrome120Win10, cookieEnabled: true, plugins: [{ name: 'PDF Viewer' }] },
          document: doc,
          localStorage: () => ({ setItem: () => undefined, getItem: () => '1', removeItem: () => undefined }),
          window: { innerWidth: 1300 },
        }),
      probe: async (target) =>
        target.id === 'platform'
          ? { outcome: 'network', ms: 5, detail: 'request to https://permit.mee.gov.cn/permitrep/autologin?userAccount=zhangsan&password=hunter2 failed' }
          : { outcome: 'ok', status: 200, ms: 50 },
      extensionInfo: () => ({ version: '0.1.0', activeOnTab: true }),
    });
    const reportMeta: ReportMeta = {
      generatedAt: '2026-11-28T04:00:00.000Z',
      extensionVersion: '0.1.0',
      pageKind: 'report-home',
      url: 'https://permit.mee.gov.cn/permitrep/autologin;jsessionid=ABC123SESSION?userAccount=zhangsan&permitCode=91110000MA01ABCD1X001P&cityCode=110000#张三',
    };
    const outputs = [formatReportText(all, reportMeta, 'zh'), formatReportText(all, reportMeta, 'en'), formatReportMarkdown(all, reportMeta, 'zh'), formatReportJson(all, reportMeta)];
    for (const output of outputs) {
      for (const secret of secrets) expect(output).not.toContain(secret);
      expect(output).toContain('permit.mee.gov.cn/permitrep/autologin');
    }
    expect(outputs[0]?.split('\n')[0]).toContain('不含个人信息');
    // The cookie check still worked, without copying the cookie jar.
    expect(all.find((r) => r.id === 'cookies')?.status).toBe('pass');
  });
});
