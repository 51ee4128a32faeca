/** Notices of the public side (公开端). `important` ones appear in the 重要通知 block. */
export interface Notice {
  pkid: string;
  title: string;
  date: string;
  important?: boolean;
  paragraphs: string[];
}

export const notices: Notice[] = [
  {
    pkid: 'GG20171120001',
    title: '关于水处理行业可正式申报的通知',
    date: '2017-11-20',
    important: true,
    paragraphs: [
      '各排污单位：',
      '全国排污许可证管理信息平台水处理行业（D462）模块已完成上线测试，自即日起水处理行业可正式申报。',
      '请相关排污单位登录企业端，在「许可证申请」模块点击「我要申报」，按照《排污许可证申请与核发技术规范 水处理（试行）》填报申请表。行业模块上线前已填报但未提交的内容无法带出，请重新填写。',
      '全国排污许可证管理信息平台',
    ],
  },
  {
    pkid: 'GG20171108002',
    title: '关于农药制造行业可正式申报的通知',
    date: '2017-11-08',
    important: true,
    paragraphs: [
      '各排污单位：',
      '农药制造行业（C263）行业特征表单及字典已上线，农药制造行业可正式申报。企业端填报时可在「产品产能」页签选择对应行业类别。',
      '全国排污许可证管理信息平台',
    ],
  },
  {
    pkid: 'GG20171030003',
    title: '关于平台系统升级维护的公告',
    date: '2017-10-30',
    paragraphs: [
      '为进一步提升系统性能，全国排污许可证管理信息平台定于2017年11月4日（星期六）20:00至11月5日（星期日）8:00进行系统升级维护，届时企业端、公开端将暂停服务。',
      '平台更新均提前发布公告，无公告期间平台正常运转。由此带来的不便，敬请谅解。',
    ],
  },
  {
    pkid: 'GG20171015004',
    title: '关于做好排污许可证延续申请工作的提示',
    date: '2017-10-15',
    paragraphs: [
      '排污单位需要延续依法取得的排污许可证有效期的，应当在排污许可证届满三十个工作日前向原核发环境保护部门提出申请。',
      '延续申请请在企业端「许可证延续」模块提交，只需编辑大气排放信息、水污染物申请排放信息及相关附件页签。',
    ],
  },
  {
    pkid: 'GG20170920005',
    title: '排污许可证申请常见问题解答（第一期）',
    date: '2017-09-20',
    paragraphs: [
      '针对排污单位在注册、登录、申请过程中反映较多的问题，现将平台操作常见问题及解答汇总发布，详见公开端右下角「资料附件」。',
    ],
  },
];

/** Documents of the 「资料附件」 block (bottom right of the public home). */
export const documents: { id: string; title: string; file: string }[] = [
  { id: 'ZL001', title: '无法上传附件或图片解决方案', file: 'wfscfjjjfa.doc' },
  { id: 'ZL002', title: '全国排污许可证管理信息平台企业端操作手册', file: 'qydczsc.pdf' },
  { id: 'ZL003', title: '平台操作常见问题', file: 'ptczcjwt.docx' },
  { id: 'ZL004', title: '浏览器兼容性设置说明（IE9/10/11）', file: 'llqjrxsz.doc' },
  { id: 'ZL005', title: '经纬度拾取操作说明', file: 'jwdsqczsm.doc' },
];

export function findNotice(pkid: string | null): Notice | undefined {
  return notices.find((notice) => notice.pkid === pkid);
}
