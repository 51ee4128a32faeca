/** Platform notices (重要通知, xkgg!getNewsDetail.action). `important` ones are pinned on the public home. */
export interface Notice {
  pkid: string;
  title: string;
  date: string;
  important?: boolean;
  paragraphs: string[];
}

export const notices: Notice[] = [
  {
    pkid: '4028e4a15fc8a1d0015fd9c2b3e40012',
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
    pkid: '4028e4a15f9e3c41015f9f0a7d2b0007',
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
    pkid: '4028e4a15f5a8e2c015f6b1e9c3d0003',
    title: '关于平台系统升级维护的公告',
    date: '2017-10-30',
    paragraphs: [
      '为进一步提升系统性能，全国排污许可证管理信息平台定于2017年11月4日（星期六）20:00至11月5日（星期日）8:00进行系统升级维护，届时企业端、公开端将暂停服务。',
      '平台更新均提前发布公告，无公告期间平台正常运转。由此带来的不便，敬请谅解。',
    ],
  },
  {
    pkid: '4028e4a15f1b7a90015f1c4d2e8a0019',
    title: '关于做好排污许可证延续申请工作的提示',
    date: '2017-10-15',
    paragraphs: [
      '排污单位需要延续依法取得的排污许可证有效期的，应当在排污许可证届满三十个工作日前向原核发环境保护部门提出申请。',
      '延续申请请在企业端「许可证延续」模块提交，只需编辑大气排放信息、水污染物申请排放信息及相关附件页签。',
    ],
  },
  {
    pkid: '4028e4a15e9c2b10015e9d7f1a6c0005',
    title: '排污许可证申请常见问题解答（第一期）',
    date: '2017-09-20',
    paragraphs: [
      '针对排污单位在注册、登录、申请过程中反映较多的问题，现将平台操作常见问题及解答汇总发布，详见公开端右下角「资料附件」。',
    ],
  },
];

export interface PlatformDocument {
  id: string;
  title: string;
  file: string;
  /** What the document says, shown when it is opened (the mock renders documents as pages). */
  paragraphs: string[];
}

/** Documents of the 「资料附件」 block (bottom right of the public home). */
export const documents: PlatformDocument[] = [
  {
    id: 'ZL001',
    title: '无法上传附件或图片解决方案',
    file: 'wfscfjjjfa.doc',
    paragraphs: [
      '一、请使用IE9、IE10或IE11浏览器登录企业端，其他浏览器或IE8及以下版本可能无法上传附件。',
      '二、请安装最新版Adobe Flash Player插件（IE浏览器使用ActiveX版本），安装后重新打开浏览器。',
      '三、在IE浏览器“工具—Internet选项—安全—受信任的站点”中添加本平台网址，并将安全级别设为“低”。',
      '四、如使用兼容性视图，请在“兼容性视图设置”中添加本平台网址。',
      '五、附件格式为jpg、png、pdf、doc，单个文件不超过5M；文件名不要包含特殊字符。',
    ],
  },
  {
    id: 'ZL002',
    title: '全国排污许可证管理信息平台企业端操作手册',
    file: 'qydczsc.pdf',
    paragraphs: ['本手册介绍企业端注册、登录、许可证申请、变更、延续、补办、执行报告等功能的操作步骤。'],
  },
  {
    id: 'ZL003',
    title: '平台操作常见问题',
    file: 'ptczcjwt.docx',
    paragraphs: ['汇总登录、注册、许可证申请、许可登记等环节的常见问题及解答。'],
  },
  {
    id: 'ZL004',
    title: '浏览器兼容性设置说明（IE9/10/11）',
    file: 'llqjrxsz.doc',
    paragraphs: ['说明IE9/10/11浏览器的兼容性视图、受信任站点及ActiveX控件设置方法。'],
  },
  {
    id: 'ZL005',
    title: '经纬度拾取操作说明',
    file: 'jwdsqczsm.doc',
    paragraphs: [
      '拾取：点击“拾取”，在地图上选择合适点位，点击“确定”。',
      '定位：在文本框中输入小数点格式经纬度，点击“定位”，再点击“拾取”，在地图定位点处点击，点击“确认”。',
    ],
  },
];

export const documentPath = '/permitExt/common/download!downloadFile.action';

export const noticeListPath = '/perxxgkinfo/syssb/xkgg/xkgg!xkgg_zytzList.action';
export const noticeDetailPath = '/perxxgkinfo/syssb/xkgg/xkgg!getNewsDetail.action';
export const lawsPath = '/perxxgkinfo/syssb/xkgg/xkgg!lawsStandard.action';
export const lawsListPath = '/perxxgkinfo/syssb/xkgg/xkgg!lawsStandardList.action';
export const announcementPath = '/permitExt/syssb/xxgk/xxgk!showggfk.action';

export function noticeUrl(notice: Notice): string {
  return `${noticeDetailPath}?pkid=${notice.pkid}`;
}

/** Laws and standards (法律法规、标准规范), listed by xkgg!lawsStandardList.action. */
export const lawsAndStandards: { title: string; code: string; date: string; type: '法律法规' | '技术规范' }[] = [
  { title: '排污许可管理条例', code: '国务院令第736号', date: '2021-01-24', type: '法律法规' },
  { title: '排污许可管理办法', code: '生态环境部令第32号', date: '2024-04-01', type: '法律法规' },
  { title: '固定污染源排污许可分类管理名录（2019年版）', code: '生态环境部令第11号', date: '2019-12-20', type: '法律法规' },
  { title: '排污许可证申请与核发技术规范 总则', code: 'HJ 942-2018', date: '2018-02-08', type: '技术规范' },
  { title: '排污单位自行监测技术指南 总则', code: 'HJ 819-2017', date: '2017-04-25', type: '技术规范' },
  { title: '排污单位环境管理台账及排污许可证执行报告技术规范 总则（试行）', code: 'HJ 944-2018', date: '2018-03-27', type: '技术规范' },
];

/** Permit announcements (受理 / 拟批准 / 批准 of individual permits), xxgk!showggfk.action?pkid=<32 hex>. */
export interface Announcement {
  pkid: string;
  type: '受理公告' | '拟批准公告' | '批准公告';
  enterprise: string;
  permitNumber: string;
  authority: string;
  date: string;
}

export const announcements: Announcement[] = [
  {
    pkid: '9c3e1a7f5b2d4e6081a9c7b5d3f1e2a4',
    type: '批准公告',
    enterprise: '河北冀中新材料有限公司',
    permitNumber: '91130181MA0D4Q8R6K001V',
    authority: '辛集市行政审批局',
    date: '2026-11-28',
  },
  {
    pkid: '2b8d6f4a1c3e5a7092b4d6f8a1c3e5b7',
    type: '拟批准公告',
    enterprise: '南京浦江精细化工有限公司',
    permitNumber: '91320111MA1XK3T05N001P',
    authority: '南京市生态环境局',
    date: '2026-11-25',
  },
  {
    pkid: 'e7a5c3b1d9f2468ab0c2e4f6a8b0d2c4',
    type: '受理公告',
    enterprise: '广州黄埔明辉表面处理有限公司',
    permitNumber: '',
    authority: '广州市生态环境局',
    date: '2026-11-20',
  },
];

export function announcementUrl(a: Announcement): string {
  return `${announcementPath}?pkid=${a.pkid}`;
}

export function findNotice(pkid: string | null): Notice | undefined {
  return notices.find((notice) => notice.pkid === pkid);
}
