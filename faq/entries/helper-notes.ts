import type { PageKindId } from '../../platform/page-kinds';
import type { FaqEntry } from '../schema';

/**
 * Notes written by this helper's authors, not by the platform: answers to failures the platform's FAQ
 * does not cover (the captcha, CAS's 「您提供的凭证有误。」, the monitoring platform's single sign-on)
 * and what changed since the FAQ was written (recovery by mobile number). Kept apart from the 31
 * entries of the platform's FAQ and always labelled 「助手补充说明，非平台常见问题」 where shown.
 * Numbers 901–999 are theirs; packs cannot take them.
 */
export const helperNumberRange = { min: 901, max: 999 } as const;

export const helperNotes = [
  {
    number: 901,
    source: 'helper',
    section: 'helper',
    question: '登录时提示验证码错误',
    answer: [
      {
        type: 'paragraph',
        text: '验证码是登录框旁边那张小图片里的字符。提示验证码不对，常常不是看错了，而是这张图片已经失效。',
      },
      {
        type: 'steps',
        title: '请按顺序试',
        items: [
          '点一下验证码图片，换一张新的，按新图片重新输入（看不清可以再点）。',
          '登录页打开了很久（例如打开后隔了一段时间才登录），请先刷新整个登录页，再输入用户名、密码和新的验证码。',
          '输入验证码时切换到英文输入法，不要输成全角字符。',
          '验证码记在平台为这次访问保存的会话里，浏览器必须允许许可平台的网站数据（Cookie）；被拦截时每次都会提示验证码不对。可以用助手的“一键诊断”查看 Cookie 一项。',
        ],
      },
    ],
    pageKinds: ['login', 'forgot-account'],
    checks: ['cookies'],
    keywords: ['验证码不对', '验证码失效', '验证码过期', '看不清', '图片验证码', '校验码', '换一张'],
    links: [],
    contacts: [],
    related: [4, 902],
  },
  {
    number: 902,
    source: 'helper',
    section: 'helper',
    question: '登录时提示“您提供的凭证有误”或用户名、密码错误',
    answer: [
      {
        type: 'paragraph',
        text: '“凭证”指用户名和密码。这条提示说明平台没有认出这一组用户名和密码，可以这样检查：',
      },
      {
        type: 'bullets',
        items: [
          '用户名和密码区分大小写：看一下键盘上的大写锁定（Caps Lock）灯是否亮着。',
          '切换到英文输入法；从别处复制粘贴时，注意不要带上前后的空格。',
          '用户名是注册时设置的登录用户名，不一定是单位名称。',
          '几个人共用一个账号时，问一下同事是否改过密码。',
          '仍然不行，用登录框下方的“忘记账号了？”“忘记密码了？”找回（见助手补充说明“找回账号或密码”和常见问题第 1 条）。',
          '确认已经注册成功却始终无法登录的，按常见问题第 4 条联系当地环保局核实注册信息。',
        ],
      },
    ],
    pageKinds: ['login'],
    checks: [],
    keywords: ['密码错误', '密码不正确', '账号或密码错误', '用户名不存在', '凭据', '大写锁定', '登不上'],
    links: [],
    contacts: ['local-epb'],
    related: [1, 4, 903],
  },
  {
    number: 903,
    source: 'helper',
    section: 'helper',
    question: '找回账号或密码：现在用注册手机号',
    answer: [
      {
        type: 'paragraph',
        text: '平台常见问题第 1、2 条写的是通过注册邮箱找回。近年的操作指南显示，登录框下方是“忘记账号了？”“忘记密码了？”两个链接，找回时使用注册时登记的手机号。',
      },
      {
        type: 'bullets',
        items: [
          '在登录页点“忘记账号了？”或“忘记密码了？”，按页面提示用注册手机号找回。',
          '注册手机号已经停用、经办人离职或收不到信息的，联系当地环保局核实并修改注册信息（和常见问题第 2 条修改邮箱的办法相同）。',
          '找回页面的具体文字和步骤以平台当时显示的为准。',
        ],
      },
    ],
    pageKinds: ['login', 'forgot-account'],
    checks: [],
    keywords: ['手机号找回', '短信', '找回用户名', '重置密码', '手机收不到', '换了手机号', '手机号停用'],
    links: [],
    contacts: ['local-epb'],
    related: [1, 2, 902],
  },
  {
    number: 904,
    source: 'helper',
    section: 'helper',
    question: '从“监测记录”进入监测平台时出现“Whitelabel Error Page”或“tokenid验证失败”',
    answer: [
      {
        type: 'paragraph',
        text: '监测记录模块由许可平台自动跳转到全国污染源监测信息管理与共享平台（常见问题第 22 条）：许可平台的页面把登录信息（tokenid）提交给监测平台。这两条提示说明这次跳转没有被监测平台接受。',
      },
      {
        type: 'bullets',
        items: [
          '“Whitelabel Error Page”（状态 405）：监测平台的登录地址没有收到许可平台提交的登录信息，常见于刷新了跳转后的页面，或用收藏的地址、浏览器的“后退”直接打开了它。',
          '“tokenid验证失败”：监测平台没有认可带过去的登录信息，例如许可平台的登录已经过期，或许可证信息还没有同步到监测平台。',
        ],
      },
      {
        type: 'steps',
        title: '处理办法',
        items: [
          '关掉这个页面，回到许可平台企业端；登录已过期的，先重新登录。',
          '从菜单“许可证执行记录”中的“监测记录”重新进入，不要刷新或收藏跳转后的地址。',
          '许可证发证不满 10 个工作日的，监测平台可能还没有同步，请过几天再试（常见问题第 22 条）。',
          '以上都试过仍然不行，请联系监测平台客服。',
        ],
      },
    ],
    pageKinds: ['monitoring'],
    checks: ['reach-monitoring', 'cookies'],
    keywords: ['单点登录', '跳转失败', '监测平台进不去', '405', '白页报错'],
    links: [{ target: 'monitoring-platform', label: { zh: '全国污染源监测信息管理与共享平台', en: 'National pollution source monitoring platform' } }],
    contacts: ['monitoring-service'],
    related: [22, 23],
  },
] satisfies FaqEntry[];

/**
 * Page messages a helper note answers, matched loosely: the platform's exact wording is not known
 * (the captcha error only "contains 验证码"). `kinds` limits a rule to pages where the text means
 * this failure: 「Whitelabel Error Page」 is any Spring application's error page, the monitoring
 * platform's single sign-on only on its pages.
 */
export interface HelperMessageRule {
  note: number;
  pattern: RegExp;
  kinds?: readonly PageKindId[];
  /**
   * The note alone answers the message: the platform's FAQ says nothing on this failure, and a
   * search would only match a near word (「验证码已过期」 is not about a permit's 过期).
   */
  only?: true;
}

export const helperMessageRules: readonly HelperMessageRule[] = [
  { note: 901, pattern: /验证码|校验码|captcha|kaptcha/i, only: true },
  {
    note: 902,
    pattern: /凭证|凭据|(?:用户名?|账号|帐号|登录名)(?:或|和|、|\/)?密码(?:错误|有误|不正确|不对)|密码(?:错误|有误|不正确)|(?:用户|用户名|账号|帐号)不存在|bad credentials/i,
    kinds: ['login', 'forgot-account'],
  },
  { note: 904, pattern: /token\s*id\s*验证失败|tokenid|SingleSignOn/i, only: true },
  { note: 904, pattern: /Whitelabel Error Page/i, kinds: ['monitoring'], only: true },
];
