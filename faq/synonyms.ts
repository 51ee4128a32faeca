/**
 * Words users type interchangeably when asking about the permit platform. Used only at query
 * time (the index stays as the FAQ wrote it): a query that contains one member of a group also
 * searches for the other members, at a lower weight than the words the user typed.
 */
import { normalizeText, segmentWordSpans, tokenizeChinese } from './segment';

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // losing things
  ['丢', '丢失', '遗失', '弄丢', '丢掉', '找不到了', '损毁', '损坏', '毁损'],
  ['证', '许可证', '排污许可证', '证书', '正本', '副本'],
  ['补办', '补领', '重新办', '重办', '补发', '再办'],
  // accounts and login
  ['账号', '账户', '帐号', '帐户', '用户名', '登录名'],
  ['密码', '口令'],
  ['邮箱', '电子邮箱', '电子邮件', '邮件', 'email', 'mail'],
  ['忘记', '忘了', '遗忘', '不记得', '想不起来', '记不住', '不知道'],
  ['登录', '登陆', '登入', '登不上', '登不进', '登录不了', '登陆不了'],
  ['注册', '开户', '注册账号'],
  ['已存在', '被占用', '被注册', '抢注', '已被注册', '重名', '被人注册'],
  ['进入', '进不去', '进不了', '打不开', '无法进入', '跳转'],
  ['无法', '不能', '没法', '不了', '不行', '失败'],
  ['网站', '平台', '系统', '网页'],
  ['更新', '维护', '升级', '停机', '公告', '故障'],
  // uploading and the browser
  ['上传', '传', '传不上去', '传不上', '上传不了', '提交附件'],
  ['照片', '图片', '附件', '文件', '扫描件', '材料'],
  ['营业执照', '执照'],
  ['浏览器', 'ie', 'ie浏览器', '兼容模式', '插件', 'flash'],
  // filling in the application
  ['行业', '行业类别', '所属行业'],
  ['选择', '选', '选不了', '选不到', '勾选', '下拉'],
  ['填写', '填报', '填', '录入', '输入'],
  ['产品产能', '产能', '产量', '生产能力'],
  ['水处理', '污水处理', '污水厂', '污水处理厂'],
  ['删除', '删掉', '删不掉', '删', '清空'],
  ['坐标', '经纬度', '经度', '纬度', '定位', '地图', '选点', '拾取', '点位', '位置', '东经', '北纬', '度分秒'],
  ['省市县', '行政区划', '区县', '省份', '所在地区', '地区'],
  ['信用代码', '统一社会信用代码', '社会信用代码', '代码', '组织机构代码', '税号', '营业执照号码', '执照号'],
  ['修改', '改', '更正', '填错', '写错', '选错', '弄错', '错误', '有误', '错', '误'],
  ['变更', '更改', '变动', '变化'],
  ['编号', '编码', '号码', '代码编号'],
  ['排放口', '排口', '排污口'],
  ['不一样', '不同', '不一致', '对不上', '不符', '不对'],
  // decisions of the authority
  ['撤销', '被撤销', '吊销', '撤回', '撤证'],
  ['不予受理', '不受理', '被拒', '拒绝', '驳回', '退回'],
  ['受理', '审核', '审批', '办理'],
  ['整改', '改正', '整改要求', '改正措施', '整改任务'],
  ['环保局', '环保部门', '生态环境局', '核发部门', '核发机关', '主管部门', '环保'],
  ['客服', '在线客服', '人工', '电话'],
  ['申请', '申报', '报送', '重新申请', '重新提交', '办证', '申领'],
  ['核发', '发证', '领证', '下证', '拿到证', '已核发'],
  // after the permit is issued
  ['过期', '到期', '延续', '续期', '届满', '有效期', '快到期', '延期'],
  ['注销', '关闭', '搬迁', '停产', '关停', '倒闭', '搬走', '停业', '关门'],
  ['监测', '监测记录', '监测平台', '自行监测', '监测数据'],
  ['同步', '重新同步', '刷新', '带出'],
  ['管理类别', '重点管理', '简化管理'],
  // registration instead of a permit
  ['登记', '排污登记', '许可登记', '登记表'],
  ['回执', '登记回执', '下载'],
];

/**
 * One-way relations: a narrower word also searches for its broader word, not the other way
 * round (「没有月报」 is about 执行报告, but 「执行报告进不去」 is not about 月报).
 */
export const BROADER_TERMS: readonly (readonly [narrower: string, broader: readonly string[]])[] = [
  ['月报', ['执行报告']],
  ['季报', ['执行报告']],
  ['年报', ['执行报告']],
  ['监测记录', ['监测平台']],
  ['排污许可证', ['许可证']],
  ['排污登记', ['许可登记']],
];

/** Lower weight for a synonym than for a word the user typed themselves. */
export const SYNONYM_WEIGHT = 0.5;

interface Relation {
  /** Words that, found in a query, bring in `terms`. */
  readonly triggers: readonly string[];
  /** Search terms of all words of the relation, tokenized once. */
  readonly terms: readonly string[];
}

interface RelationIndex {
  /** Multi-character triggers, matched anywhere in the normalized query. */
  readonly phrases: readonly { trigger: string; relation: number }[];
  /** One-character triggers, matched only when the segmenter sees them as a word. */
  readonly singles: ReadonlyMap<string, readonly number[]>;
  readonly relations: readonly Relation[];
}

let relationIndex: RelationIndex | undefined;

/**
 * Terms a synonym brings in: its bigrams and longer words, or itself if it is one character.
 * Lone characters the segmenter splits off a longer synonym (「月」「报」 of 「月报」) match too
 * much to be worth searching for.
 */
function synonymTerms(word: string): string[] {
  const normalized = normalizeText(word);
  if (Array.from(normalized).length === 1) return [normalized];
  return tokenizeChinese(normalized).filter((term) => Array.from(term).length > 1);
}

function buildRelationIndex(): RelationIndex {
  const relations: Relation[] = [
    ...SYNONYM_GROUPS.map((members) => ({ triggers: members, words: members })),
    ...BROADER_TERMS.map(([narrower, broader]) => ({ triggers: [narrower], words: [narrower, ...broader] })),
  ].map(({ triggers, words }) => ({
    triggers: triggers.map(normalizeText),
    terms: [...new Set(words.flatMap(synonymTerms))],
  }));
  const phrases: { trigger: string; relation: number }[] = [];
  const singles = new Map<string, number[]>();
  relations.forEach(({ triggers }, relation) => {
    for (const trigger of triggers) {
      if (Array.from(trigger).length === 1) singles.set(trigger, [...(singles.get(trigger) ?? []), relation]);
      else phrases.push({ trigger, relation });
    }
  });
  return { phrases, singles, relations };
}

/**
 * Relations the query mentions: indexes into SYNONYM_GROUPS, then into BROADER_TERMS offset by
 * the number of groups. A one-character word counts only where
 * the segmenter sees it as a word and no longer member covers it: 「改」 in 「整改」 is not 「修改」.
 */
export function synonymGroupsIn(query: string): number[] {
  relationIndex ??= buildRelationIndex();
  const normalized = normalizeText(query);
  const found = new Set<number>();
  const covered = new Uint8Array(normalized.length);
  for (const { trigger, relation } of relationIndex.phrases) {
    for (let at = normalized.indexOf(trigger); at >= 0; at = normalized.indexOf(trigger, at + 1)) {
      found.add(relation);
      covered.fill(1, at, at + trigger.length);
    }
  }
  for (const { word, index } of segmentWordSpans(normalized)) {
    const relations = relationIndex.singles.get(word);
    if (relations && covered[index] !== 1) for (const relation of relations) found.add(relation);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * Extra search terms for a query: the terms of every relation the query mentions, minus
 * the terms the query already has. Never throws.
 */
export function expandQuery(query: string, queryTerms: readonly string[]): string[] {
  try {
    relationIndex ??= buildRelationIndex();
    const own = new Set(queryTerms);
    const extra = new Set<string>();
    for (const relation of synonymGroupsIn(query)) {
      for (const term of relationIndex.relations[relation]?.terms ?? []) if (!own.has(term)) extra.add(term);
    }
    return [...extra];
  } catch {
    return [];
  }
}
