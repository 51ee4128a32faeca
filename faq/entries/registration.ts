import type { FaqEntry } from '../schema';

/** Seed entries 27–31: 许可登记 (the seed's third section, whose heading wrongly repeats the second's). */
export const registrationEntries = [
  {
    number: 27,
    source: 'platform',
    section: 'registration',
    question: '如何进行许可登记',
    answer: [
      {
        type: 'bullets',
        items: [
          '排污单位依《固定污染源分类管理名录》要求，开展许可登记',
          '排污单位通过许可登记模块填报登记事项',
          '提交后无需管理部门审核，自行下载登记回执即可。',
        ],
      },
    ],
    pageKinds: ['registration-home'],
    checks: [],
    keywords: ['排污登记', '怎么登记', '登记表', '登记管理', '小企业不用办证', '回执在哪下载'],
    links: [],
    contacts: [],
    related: [28, 29],
  },
  {
    number: 28,
    source: 'platform',
    section: 'registration',
    question: '应进行许可证申请的排污单位，是否需要登记',
    answer: [
      {
        type: 'bullets',
        items: ['排污单位依《固定污染源分类管理名录》要求，申请许可证或开展许可登记。应申领许可证的排污单位无需登记。'],
      },
    ],
    pageKinds: ['registration-home', 'apply-list'],
    checks: [],
    keywords: ['办证后还要登记', '登记和许可证的区别', '两个都要办', '重点管理', '简化管理', '排污登记'],
    links: [],
    contacts: [],
    related: [27, 29],
  },
  {
    number: 29,
    source: 'platform',
    section: 'registration',
    question: '误登记的企业，是否可以申请许可证',
    answer: [
      {
        type: 'bullets',
        items: [
          '许可证申请和许可登记分属不同模块。已完成登记的企业可进行许可证申请，无冲突。',
          '误登记且已提交的，排污单位应自行注销排污登记；未提交的，可自行删除登记信息。',
        ],
      },
    ],
    pageKinds: ['registration-home', 'registration-cancel', 'apply-list'],
    checks: [],
    keywords: ['登记错了', '不该登记', '登记撤销', '先登记还能办证', '登记注销', '删掉登记'],
    links: [],
    contacts: [],
    related: [13, 27, 28],
  },
  {
    number: 30,
    source: 'platform',
    section: 'registration',
    question: '许可登记事项有误，如何修改',
    answer: [
      {
        type: 'bullets',
        items: ['排污单位通过登记变更模块自行修改', '变更后无需管理部门审核，自行下载登记回执即可'],
      },
    ],
    pageKinds: ['registration-change'],
    checks: [],
    keywords: ['登记填错了', '改登记信息', '登记内容有错', '重新下载回执', '登记表改了', '排污登记变更'],
    links: [],
    contacts: [],
    related: [31],
  },
  {
    number: 31,
    source: 'platform',
    section: 'registration',
    question: '许可登记到期，如何延续',
    answer: [
      {
        type: 'bullets',
        items: ['排污单位通过登记延续模块自行延续', '延续后无需管理部门审核，自行下载登记回执即可'],
      },
    ],
    pageKinds: ['registration-renewal'],
    checks: [],
    keywords: ['登记过期', '登记有效期', '登记快到期', '登记续期', '五年到期', '排污登记过期了'],
    links: [],
    contacts: [],
    related: [12, 30],
  },
] satisfies FaqEntry[];
