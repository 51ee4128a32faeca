import type { FaqEntry } from '../schema';

/** Seed entries 22–26: monitoring records and execution reports after the permit is issued. */
export const afterIssuanceEntries = [
  {
    number: 22,
    source: 'platform',
    section: 'application',
    question: '已核发许可证，无法进入监测记录模块',
    answer: [
      {
        type: 'bullets',
        items: [
          '监测记录模块为“全国污染源监测信息管理与共享平台”入口，企业登录许可平台，可自动跳转进入监测平台，无需二次登录',
          '默认许可证发证后 10 个工作日，监测平台同步登录及许可证相关信息，实现自动跳转',
        ],
      },
    ],
    pageKinds: ['monitoring', 'dashboard'],
    checks: ['reach-monitoring'],
    keywords: ['监测平台进不去', '跳转失败', '点监测记录没反应', '监测数据上传', '单点登录', '刚发证'],
    links: [
      {
        target: 'monitoring-platform',
        label: { zh: '全国污染源监测信息管理与共享平台', en: 'National pollution source monitoring platform' },
      },
    ],
    contacts: [],
    related: [21, 23, 24],
  },
  {
    number: 23,
    source: 'platform',
    section: 'application',
    question: '许可证已变更，监测记录模块排放口信息等未同步更新',
    answer: [
      {
        type: 'bullets',
        items: ['许可证变更、延续、补办等业务办结后 10 个工作日，监测平台更新许可证相关信息', '其他疑问请联系监测平台客服'],
      },
    ],
    pageKinds: ['monitoring', 'change'],
    checks: ['reach-monitoring'],
    keywords: ['监测信息没更新', '排口没同步', '数据不一致', '还是旧的排放口', '变更后没变', '监测点位不对'],
    links: [
      {
        target: 'monitoring-platform',
        label: { zh: '全国污染源监测信息管理与共享平台', en: 'National pollution source monitoring platform' },
      },
    ],
    contacts: ['monitoring-service'],
    related: [12, 14, 22, 25],
  },
  {
    number: 24,
    source: 'platform',
    section: 'application',
    question: '已核发许可证，无法进入执行报告模块',
    answer: [{ type: 'bullets', items: ['许可证发证后 1 个工作日，执行报告模块同步许可证相关信息'] }],
    pageKinds: ['report-home', 'dashboard'],
    checks: [],
    keywords: ['执行报告进不去', '报告打不开', '年报填不了', '刚发证', '执行报告页面空白', '点不开'],
    links: [],
    contacts: [],
    related: [21, 22, 25],
  },
  {
    number: 25,
    source: 'platform',
    section: 'application',
    question: '许可证已变更，执行报告模块排放口信息等未同步更新',
    answer: [
      {
        type: 'bullets',
        items: [
          '在许可证变更完成前已建立的年报，如带出的排放口等信息与许可证不符，可点击年报相关页面右上角“重新同步数据”，进行数据更新；季报可删除后新建，即可更新数据。',
          '重新同步数据将清空当前页面已填写数据',
        ],
      },
      { type: 'figure-missing', caption: '原文此处为年报页面右上角“重新同步数据”按钮位置的截图' },
    ],
    pageKinds: ['report-annual', 'report-quarterly', 'report-home', 'change'],
    checks: [],
    keywords: ['年报数据不对', '排口对不上', '刷新数据', '执行报告没更新', '季报删了重建', '填的数据没了'],
    links: [],
    contacts: [],
    related: [23, 24, 26],
  },
  {
    number: 26,
    source: 'platform',
    section: 'application',
    question: '某企业无法填报执行报告月报',
    answer: [
      {
        type: 'bullets',
        items: [
          '按照《排污单位环境管理台账及排污许可证执行报告技术规范 总则》要求，重点管理应提交年报、季报、月报，简化管理应提交年报、季报',
          '排污单位管理类别申请/核发许可证时确定',
          '2018 年 1 月 10 日前核发的许可证，应在首次填写执行报告时填写管理类别。',
          '2018 年 1 月 10 日前核发的许可证，管理类别错误应联系执行报告在线客服修改管理类别；2018 年 1 月 10 日后核发的许可证，管理类别错误应通过许可证变更修改。',
        ],
      },
    ],
    pageKinds: ['report-monthly', 'report-home', 'change'],
    checks: [],
    keywords: ['年检', '没有月报', '月报填不了', '要不要交月报', '重点还是简化', '管理类别选错', '月报入口找不到'],
    links: [],
    contacts: ['report-service'],
    related: [25],
  },
] satisfies FaqEntry[];
