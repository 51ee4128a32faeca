import { heading } from '../dom-facts';
import { defineKind } from './kind';
import { permitPath, publicPath } from './url-rules';

/** 许可信息公开: the public search, a permit's public detail and the public lists. */
const kind = defineKind({
  id: 'public-info',
  label: { zh: '许可信息公开查询', en: 'Public permit information' },
  specificity: 2,
  precedence: 300,
  side: 'public',
  group: 'public',
  // An old deep link may answer 「未找到对应文件！」 in plain text (public-error).
  refinable: { to: 'group', strength: 'strong' },
  offers: { tools: ['coordinates'] },
  urls: [
    {
      test: publicPath('syssb/xkgg/xkgg!licenseinformation\\.action'),
      fixtures: [
        'https://permit.mee.gov.cn/perxxgkinfo/syssb/xkgg/xkgg!licenseInformation.action',
        'http://permit.mee.gov.cn/perxxgkinfo/syssb/xkgg/xkgg!licenseInformation.action?province=440000',
        'https://permit.mep.gov.cn/perxxgkinfo/syssb/xkgg/xkgg!licenseInformation.action',
      ],
      markers: ['form#mainForm', 'table.tabtd'],
    },
    {
      // The permit's detail; its monitoring frame (wryjc.mee.gov.cn/gkpt) does not change the tab's kind.
      test: publicPath('xkgkaction!xkgk\\.action'),
      fixtures: [
        'https://permit.mee.gov.cn/perxxgkinfo/xkgkAction!xkgk.action?xkgk=getxxgkContent&dataid=5b1e4c2f0a9d4e7f5b1e4c2f0a9d4e7f',
        'http://permit.mee.gov.cn/perxxgkinfo/xkgkAction!xkgk.action?xkgk=approveAtmosphere_xkzgk&dataid=5b1e4c2f0a9d4e7f5b1e4c2f0a9d4e7f',
        'https://permit.mee.gov.cn/perxxgkinfo/xkgkAction!xkgk.action?xkgk=approveWater_xkzgk&dataid=5b1e4c2f0a9d4e7f5b1e4c2f0a9d4e7f',
        'https://permit.mee.gov.cn/perxxgkinfo/xkgkAction!xkgk.action?xkgk=getxxgkContentzxbg&dataid=5b1e4c2f0a9d4e7f5b1e4c2f0a9d4e7f',
        'http://permit.mep.gov.cn/permitExt/xkgkAction!xkgk.action?xkgk=getxxgkContent&dataid=5b1e4c2f0a9d4e7f5b1e4c2f0a9d4e7f',
      ],
      markers: ['table.tab0', '#apply_table'],
    },
    {
      // The 副本 viewer.
      test: publicPath('syssb/wysb/hpsp/hpsp-company-sewage!showimage\\.action'),
      fixtures: [
        'https://permit.mee.gov.cn/perxxgkinfo/syssb/wysb/hpsp/hpsp-company-sewage!showImage.action?dataid=5b1e4c2f0a9d4e7f',
        'http://permit.mep.gov.cn/permitExt/syssb/wysb/hpsp/hpsp-company-sewage!showImage.action?dataid=5b1e4c2f0a9d4e7f',
      ],
      markers: ['div#imageDiv', 'input#imgCount'],
    },
    {
      // Lists of cancelled, revoked and lost permits, of permits ordered to rectify, and registration information.
      test: publicPath('syssb/xkgg/xkgg!(?:xkgg_zxgglist|xkgg_cxgglist|xkgg_yssmlist|xxgkxqzglist|getregisterinfo)\\.action'),
      fixtures: [
        'https://permit.mee.gov.cn/perxxgkinfo/syssb/xkgg/xkgg!xkgg_zxggList.action',
        'https://permit.mee.gov.cn/perxxgkinfo/syssb/xkgg/xkgg!xkgg_cxggList.action',
        'http://permit.mee.gov.cn/perxxgkinfo/syssb/xkgg/xkgg!xkgg_yssmList.action?page=3',
        'https://permit.mee.gov.cn/perxxgkinfo/syssb/xkgg/xkgg!xxgkXqzgList.action',
        'https://permit.mep.gov.cn/perxxgkinfo/syssb/xkgg/xkgg!getRegisterInfo.action',
      ],
    },
    {
      // 申请前公开: disclosure before an application, public.
      test: publicPath('syssb/xxgk/xxgk!sqqlist\\.action'),
      fixtures: [
        'https://permit.mee.gov.cn/perxxgkinfo/syssb/xxgk/xxgk!sqqlist.action',
        'http://permit.mep.gov.cn/permitExt/syssb/xxgk/xxgk!sqqlist.action',
      ],
    },
    {
      // The old public list, still linked from documents.
      test: permitPath(/^\/permitext\/outside\/publicity$/),
      fixtures: ['http://permit.mep.gov.cn/permitExt/outside/Publicity?pageno=3', 'https://permit.mee.gov.cn/permitExt/outside/Publicity?pageno=1'],
    },
    {
      // Any other page of the public app (its error page excepted) is still public information.
      test: permitPath(/^\/perxxgkinfo(?:\/(?!errorinfo\.jsp$).*)?$/),
      fallback: true,
      fixtures: ['https://permit.mee.gov.cn/perxxgkinfo/syssb/xkgg/xkgg!someNewList.action', 'http://permit.mee.gov.cn/perxxgkinfo/'],
    },
  ],
  dom: [
    {
      strength: 'weak',
      test: (f) => heading(f, /许可信息公开|排污许可证信息/),
      fixtures: ['<title>许可信息公开</title>'],
    },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'public-info': typeof kind;
  }
}
