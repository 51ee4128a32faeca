import { describe, expect, it } from 'vitest';
import { expandQuery, SYNONYM_GROUPS, synonymGroupsIn } from '../../../faq/synonyms';
import { tokenizeChinese } from '../../../faq/segment';

function expansionOf(query: string): string[] {
  return expandQuery(query, tokenizeChinese(query));
}

function groupOf(member: string): number {
  return SYNONYM_GROUPS.findIndex((group) => group.includes(member));
}

describe('synonym groups', () => {
  it('have at least two members, none blank', () => {
    for (const group of SYNONYM_GROUPS) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      for (const member of group) expect(tokenizeChinese(member).length, member).toBeGreaterThan(0);
    }
  });

  it('do not repeat a member within a group', () => {
    for (const group of SYNONYM_GROUPS) expect(new Set(group).size, group.join('/')).toBe(group.length);
  });
});

describe('expandQuery', () => {
  it.each([
    ['证丢了', '遗失'],
    ['证丢了', '许可'],
    ['登陆不上', '登录'],
    ['传不上去', '上传'],
    ['经纬度选不了', '拾取'],
    ['许可证快到期了', '延续'],
    ['工厂搬走了', '注销'],
    ['信用代码填错了', '修改'],
    ['为什么没有月报', '执行'],
    ['EMAIL忘了', '邮箱'],
  ])('expands 「%s」 with %s', (query, term) => {
    expect(expansionOf(query)).toContain(term);
  });

  it('does not repeat terms the query already has', () => {
    const own = tokenizeChinese('许可证遗失');
    for (const term of expandQuery('许可证遗失', own)) expect(own).not.toContain(term);
  });

  it('matches a one-character synonym only when it stands as a word', () => {
    expect(synonymGroupsIn('证丢了')).toContain(groupOf('证'));
    expect(synonymGroupsIn('整改完了')).not.toContain(groupOf('修改'));
    expect(synonymGroupsIn('错了')).toContain(groupOf('修改'));
  });

  it('returns nothing for text that mentions no group', () => {
    expect(expansionOf('今天天气很好')).toEqual([]);
    expect(expansionOf('')).toEqual([]);
  });
});
