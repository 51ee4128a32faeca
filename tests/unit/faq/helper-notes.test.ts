// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { builtInEntries, faqEntries, helperMessageRules, helperNotes, helperNumberRange } from '../../../faq/entries';
import { describeFaqIssues, faqListSchema } from '../../../faq/schema';
import { matchEntriesForPage } from '../../../faq/match';
import { entriesForPageKind } from '../../../faq/page-entries';
import { searchFaq } from '../../../faq/search';
import { collectPageMessages } from '../../../platform/page-messages';
import type { PageKindId } from '../../../platform/page-kinds';

const byNumber = new Map(builtInEntries.map((entry) => [entry.number, entry]));
const messageAnswers = (kind: PageKindId, message: string) =>
  matchEntriesForPage({ kind, messages: [message] }).filter((match) => match.reason === 'message').map((match) => match.entry.number);

describe('the helper notes', () => {
  it('pass the same schema as the platform FAQ, together with it (numbers unique, related entries exist)', () => {
    const result = faqListSchema.safeParse(builtInEntries);
    expect(result.success ? [] : describeFaqIssues(result.error, builtInEntries)).toEqual([]);
  });

  it('are kept apart: the platform FAQ stays its 31 entries, every note is source and section helper, in its number range', () => {
    expect(faqEntries).toHaveLength(31);
    expect(faqEntries.every((entry) => entry.source === 'platform')).toBe(true);
    for (const note of helperNotes) {
      expect(note).toMatchObject({ source: 'helper', section: 'helper' });
      expect(note.number).toBeGreaterThanOrEqual(helperNumberRange.min);
      expect(note.number).toBeLessThanOrEqual(helperNumberRange.max);
    }
  });

  it('every rule names a note that exists', () => {
    for (const rule of helperMessageRules) expect(byNumber.get(rule.note)?.source).toBe('helper');
  });

  it('say where the FAQ is older: recovery by the registered mobile number, under 忘记账号了？/忘记密码了？', () => {
    const note = helperNotes.find((entry) => entry.number === 903)!;
    const text = JSON.stringify(note.answer);
    expect(text).toContain('忘记账号了？');
    expect(text).toContain('忘记密码了？');
    expect(text).toContain('手机号');
    expect(note.related).toEqual(expect.arrayContaining([1, 2]));
  });

  it('are found by the search in everyday words, and listed after the platform’s entries on the login page', () => {
    expect(searchFaq('验证码老是不对', { entries: builtInEntries }).map((hit) => hit.number)).toContain(901);
    expect(searchFaq('用手机号找回密码', { entries: builtInEntries }).map((hit) => hit.number)).toContain(903);
    const login = entriesForPageKind('login', builtInEntries).map((match) => match.entry.source);
    expect(login.indexOf('helper')).toBeGreaterThan(login.lastIndexOf('platform'));
  });
});

describe('login failures get an answer', () => {
  it.each([
    ['验证码错误'],
    ['验证码不正确，请重新输入'],
    ['验证码已过期，请刷新'],
    ['请输入正确的验证码！'],
    ['captcha error'],
  ])('the captcha error %j → the captcha note (the exact wording is unknown: any text with 验证码)', (message) => {
    expect(messageAnswers('login', message)).toEqual([901]);
  });

  it.each([['您提供的凭证有误。'], ['您提供的凭证有误'], ['Bad credentials']])('the credential error %j → the credential note', (message) => {
    expect(messageAnswers('login', message)).toEqual([902]);
  });

  it('a message the platform FAQ answers keeps that answer first, the helper note follows', () => {
    expect(messageAnswers('login', '用户名或密码错误，请重新输入')).toEqual([1, 902]);
    expect(messageAnswers('login', '账号或密码错误')).toEqual([1, 902]);
  });

  it('the credential rule is for the login pages only (a wrong old password on 修改企业基本信息 is not a login failure)', () => {
    expect(messageAnswers('enterprise-info', '原密码错误')).not.toContain(902);
  });

  it('the monitoring platform’s single sign-on failures → the SSO note, Whitelabel only on the monitoring pages', () => {
    expect(messageAnswers('monitoring', 'tokenid验证失败')).toEqual([904]);
    expect(messageAnswers('unknown', 'tokenid验证失败')).toEqual([904]);
    expect(messageAnswers('monitoring', 'Whitelabel Error Page')).toEqual([904]);
    expect(messageAnswers('report-home', 'Whitelabel Error Page')).toEqual([]);
  });
});

describe('texts that are not failures are not answered with an unrelated entry', () => {
  const kinds: PageKindId[] = ['public-info', 'apply-list', 'dashboard', 'login', 'unknown'];
  it.each([
    ['请您访问permit.mee.gov.cn，点击许可信息公开查询企业排污许可证信息，谢谢。'],
    ['审批中'],
    ['补正'],
    ['暂无数据'],
    ['未提交'],
    ['已提交等待受理'],
    ['审批通过'],
    ['审批不通过'],
    ['不予受理'],
    ['状态：补正'],
    ['未找到对应文件！'],
    ['There was an unexpected error (type=Method Not Allowed, status=405).'],
  ])('%j gets no message answer on any page', (message) => {
    for (const kind of kinds) expect(messageAnswers(kind, message), kind).toEqual([]);
  });

  it('the SSO failures are not answered with a login entry or the captcha note', () => {
    for (const message of ['tokenid验证失败', 'Whitelabel Error Page']) {
      const answers = messageAnswers('monitoring', message);
      expect(answers.filter((number) => number !== 904)).toEqual([]);
    }
  });
});

describe('what reaches the matcher from a page', () => {
  const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

  it('the public error page’s sentence is not collected, even inside error markup', () => {
    const sentence = '请您访问permit.mee.gov.cn，点击许可信息公开查询企业排污许可证信息，谢谢。';
    expect(collectPageMessages(parse(`<body><div class="error">${sentence}</div></body>`))).toEqual([]);
    expect(collectPageMessages(parse(`<body><p>${sentence}</p></body>`))).toEqual([]);
  });
});
