// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectPageMessages, isNotAnError } from '../../../platform/page-messages';

const parse = (body: string): Document => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');

describe('collectPageMessages', () => {
  it.each([
    ['the CAS login error', '<div id="dError" style="display:block">用户名或密码错误</div>', ['用户名或密码错误']],
    ['the registration tip', '<p class="errorTip">注册单位名称已存在</p>', ['注册单位名称已存在']],
    ['an easyui validatebox tip', '<div class="validatebox-tip"><span class="validatebox-tip-content">该输入项为必输项</span></div>', ['该输入项为必输项']],
    ['an easyui messager', '<div class="messager-body"><div>保存失败：会话已过期</div></div>', ['保存失败：会话已过期']],
    ['a layui layer', '<div class="layui-layer-content">上传失败</div>', ['上传失败']],
    ['an alert role', '<div role="alert">  网络\n  异常  </div>', ['网络 异常']],
    ['.error and .err', '<span class="error">经度格式不正确</span><em class="err">纬度超出范围</em>', ['经度格式不正确', '纬度超出范围']],
    ['.tip-error', '<span class="tip-error">文件过大</span>', ['文件过大']],
  ])('reads %s', (_name, body, expected) => {
    expect(collectPageMessages(parse(body))).toEqual(expected);
  });

  it.each([
    ['an inline display:none', '<div class="errorTip" style="color:red; display : none">旧错误</div>'],
    ['the hidden attribute', '<div class="error" hidden>旧错误</div>'],
    ['a hidden ancestor', '<div style="visibility:hidden"><span class="err">旧错误</span></div>'],
    ['an empty error box', '<div id="dError"></div><div class="errorTip">   </div>'],
  ])('skips %s', (_name, body) => {
    expect(collectPageMessages(parse(body))).toEqual([]);
  });

  it('deduplicates, caps each text at 200 characters and keeps at most 10', () => {
    const long = '很长的错误'.repeat(100);
    const many = Array.from({ length: 15 }, (_, i) => `<span class="error">错误${i}</span>`).join('');
    const messages = collectPageMessages(parse(`<div class="err">${long}</div><p class="error">同一条</p><p class="err">同一条</p>${many}`));
    expect(messages[0]).toHaveLength(200);
    expect(messages.filter((text) => text === '同一条')).toHaveLength(1);
    expect(messages).toHaveLength(10);
  });

  it('does not repeat a message nested in another matched element', () => {
    expect(collectPageMessages(parse('<div role="alert"><span class="error">格式错误</span>请修改</div>'))).toEqual(['格式错误 请修改']);
  });

  it('ignores script text inside a message element', () => {
    expect(collectPageMessages(parse('<div class="errorTip">请重试<script>var x = 1;</script></div>'))).toEqual(['请重试']);
  });

  it('never throws on odd documents', () => {
    expect(collectPageMessages({} as Document)).toEqual([]);
    expect(collectPageMessages(null as unknown as Document)).toEqual([]);
    expect(collectPageMessages(new DOMParser().parseFromString('<frameset></frameset>', 'text/html'))).toEqual([]);
  });
});

describe('texts that are not errors, and error pages without error markup', () => {
  it.each([
    ['a list status in an error-styled cell', '<td class="error">补正</td><td class="err">审批中</td>'],
    ['an empty table', '<td class="error">暂无数据</td>'],
    ['the public error page’s direction', '<div class="error">请您访问permit.mee.gov.cn，点击许可信息公开查询企业排污许可证信息，谢谢。</div>'],
    ['a plain-text answer that is no failure', '未找到对应文件！'],
  ])('leaves out %s', (_name, body) => {
    expect(collectPageMessages(parse(body))).toEqual([]);
  });

  it('reads Spring’s Whitelabel Error Page by its heading', () => {
    const body = '<h1>Whitelabel Error Page</h1><p>This application has no explicit mapping for /error, so you are seeing this as a fallback.</p><div>There was an unexpected error (type=Method Not Allowed, status=405).</div>';
    expect(collectPageMessages(parse(body))).toEqual(['Whitelabel Error Page']);
  });

  it('reads a short plain-text failure (「tokenid验证失败」), in the body or its <pre>', () => {
    expect(collectPageMessages(parse('tokenid验证失败'))).toEqual(['tokenid验证失败']);
    expect(collectPageMessages(parse('<pre>tokenid验证失败</pre>'))).toEqual(['tokenid验证失败']);
    expect(collectPageMessages(parse('<div>tokenid验证失败</div><div>其他</div>'))).toEqual([]);
  });

  it('tells statuses and directions from errors', () => {
    expect(isNotAnError('已提交等待受理')).toBe(true);
    expect(isNotAnError('状态：补正')).toBe(true);
    expect(isNotAnError('补正材料上传失败')).toBe(false);
    expect(isNotAnError('验证码错误')).toBe(false);
  });
});
