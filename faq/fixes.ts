/**
 * Every change made to the wording of the platform's FAQ seed, machine-readable so the
 * fidelity test can apply them to the seed and FIXES.md can be checked against them.
 *
 * `from` is matched against the seed with whitespace ignored (the PDF breaks lines anywhere);
 * it must occur exactly once. A line break in `to` starts a new line in the fixed seed: that is
 * how the lost number 21 is put back in front of its question.
 * Undoing PDF line breaks and stray spaces is not listed here: it is the general rule
 * described in FIXES.md, and the fidelity test ignores whitespace.
 */
export interface SeedFix {
  /** The entry the fix belongs to (for a section heading: the first entry under it). */
  entry: number;
  from: string;
  to: string;
  why: string;
}

export const seedFixes: readonly SeedFix[] = [
  {
    entry: 1,
    from: '一、登陆相关问题',
    to: '一、登录相关问题',
    why: '“登陆”是“登录”的错别字（平台自己的按钮和 FAQ 22 都写“登录”）',
  },
  {
    entry: 1,
    from: '企业端登陆页面',
    to: '企业端登录页面',
    why: '“登陆”是“登录”的错别字',
  },
  {
    entry: 3,
    from: '登陆企业端，通过右上角',
    to: '登录企业端，通过右上角',
    why: '“登陆”是“登录”的错别字',
  },
  {
    entry: 4,
    from: '但无法登陆',
    to: '但无法登录',
    why: '“登陆”是“登录”的错别字',
  },
  {
    entry: 5,
    from: '无法登陆企业端',
    to: '无法登录企业端',
    why: '“登陆”是“登录”的错别字',
  },
  {
    entry: 12,
    from: '应当在在许可证',
    to: '应当在许可证',
    why: '重复的“在”',
  },
  {
    entry: 14,
    from: '遗失排污许可证的,在',
    to: '遗失排污许可证的，在',
    why: '中文句子里的半角逗号改为全角逗号',
  },
  {
    entry: 21,
    from: '坐标已核发的许可证中',
    to: '坐标\n21\t已核发的许可证中',
    why: 'PDF 丢了第 21 条的序号，它的问题被接在第 20 条答案的末尾；补回序号，问题另起一条',
  },
  {
    entry: 27,
    from: '三、许可证申请相关问题',
    to: '三、许可登记相关问题',
    why: '第三部分的标题误重复了第二部分的标题，其下第 27–31 条都是许可登记的问题',
  },
  {
    entry: 27,
    from: '排排污单位',
    to: '排污单位',
    why: '重复的“排”',
  },
];
