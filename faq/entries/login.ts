import type { FaqEntry } from '../schema';

/** Seed entries 1–5: 一、登录相关问题. */
export const loginEntries = [
  {
    number: 1,
    source: 'platform',
    section: 'login',
    question: '遗忘用户名、密码',
    answer: [
      {
        type: 'bullets',
        items: [
          '排污单位在企业端登录页面，点击“忘记用户名”或“忘记密码”',
          '输入注册邮箱',
          '通过邮箱接收账号、密码信息（注意区分大小写）',
        ],
      },
    ],
    pageKinds: ['login', 'forgot-account'],
    checks: ['cookies', 'clock', 'reach-platform'],
    keywords: ['用户名忘了', '密码忘了', '找回密码', '密码不对', '重置密码', '账号想不起来', '登陆'],
    links: [],
    contacts: [],
    related: [2, 4],
  },
  {
    number: 2,
    source: 'platform',
    section: 'login',
    question: '忘记邮箱/修改邮箱',
    answer: [
      { type: 'paragraph', text: '修改邮箱的情形，包括但不限于' },
      {
        type: 'bullets',
        items: [
          '排污单位被第三方恶意抢注信息',
          '排污单位忘记用户名或密码，且无法通过邮箱找回密码',
          '原注册时留无效邮箱',
          '排污单位因工作人员离职等原因，不知或遗忘注册邮箱',
        ],
      },
      { type: 'paragraph', text: '以上情形可联系当地环保局修改邮箱' },
    ],
    pageKinds: ['login', 'forgot-account'],
    checks: [],
    keywords: ['邮箱忘了', '换邮箱', '邮箱收不到', '经办人离职', '邮箱停用了', '更改邮箱', '邮箱不记得'],
    links: [],
    contacts: ['local-epb'],
    related: [1, 3, 4],
  },
  {
    number: 3,
    source: 'platform',
    section: 'login',
    question: '注册时显示注册单位名称已存在/被恶意抢注',
    answer: [
      {
        type: 'bullets',
        items: [
          '联系当地环保局，通过企业库核实注册信息',
          '当地环保局修改注册邮箱',
          '通过注册邮箱找回用户名和密码',
          '登录企业端，通过右上角“修改注册单位信息”修改密码',
        ],
      },
    ],
    pageKinds: ['register', 'login', 'enterprise-info'],
    checks: [],
    keywords: ['单位名称重复', '被人注册了', '公司已被注册', '名称被占用', '别人抢注', '冒名注册', '登陆'],
    links: [],
    contacts: ['local-epb'],
    related: [2, 4],
  },
  {
    number: 4,
    source: 'platform',
    section: 'login',
    question: '显示已经注册成功，但无法登录',
    answer: [
      {
        type: 'bullets',
        items: ['联系当地环保局，从企业库查询是否注册成功，核实注册信息', '用户名、密码输入错误，通过邮箱找回密码'],
      },
    ],
    pageKinds: ['login', 'forgot-account', 'register'],
    checks: ['cookies', 'clock', 'reach-platform'],
    keywords: ['登不上', '进不去', '密码不对', '提示密码错误', '注册了登不进', '账号不存在', '验证码', '登陆'],
    links: [],
    contacts: ['local-epb'],
    related: [1, 2, 3, 5],
  },
  {
    number: 5,
    source: 'platform',
    section: 'login',
    question: '无法登录企业端，是否平台在更新',
    answer: [{ type: 'bullets', items: ['许可平台更新均提前发布公告，无公告则平台正常运转'] }],
    pageKinds: ['login', 'public-notice', 'public-home'],
    checks: ['reach-platform', 'cookies', 'clock'],
    keywords: ['网站打不开', '系统维护', '服务器崩了', '平台升级', '登不上去', '页面打不开', '登陆'],
    links: [{ target: 'public-notices', label: { zh: '公开端通知公告', en: 'Notices on the public side' } }],
    contacts: [],
    related: [4],
  },
] satisfies FaqEntry[];
