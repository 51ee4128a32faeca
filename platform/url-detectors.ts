import type { PageKindId } from './page-kinds';
import { cardNumber, isMonitoringHost, isPermitHost, normalizedPath, routeOf } from './url-parts';

/**
 * One pure predicate per page kind, each followed by the real URLs it must accept
 * (the github-url-detection style). Paths are compared after `normalizedPath`: lower case,
 * no `;jsessionid=…`, no trailing slash. Struts actions are matched with or without their
 * `!method` where the action name alone already says which page it is.
 * Every example URL must be accepted by its own predicate and rejected by all others
 * (tests/unit/platform/url-detectors.test.ts).
 */
export const urlExamples: Record<string, string[]> = {};

const onPermit = (url: URL, pattern: RegExp): boolean => isPermitHost(url) && pattern.test(normalizedPath(url));
const onPermitRoute = (url: URL, pattern: RegExp): boolean => isPermitHost(url) && pattern.test(routeOf(url));

/** Application cards (申请表页签): which card number shows which kind, as the platform numbers them. */
export const cardKinds: Readonly<Record<number, PageKindId>> = {
  1: 'apply-basic-info',
  2: 'apply-coordinates',
  3: 'apply-capacity',
  4: 'apply-wastewater',
};
const isCardPage = (url: URL): boolean => onPermit(url, /^\/permitext\/syssb\/wysb\/hpsp\/hpsp(?:!pwxkinfo)?\.action$/);
const isCard = (url: URL, kind: PageKindId): boolean => {
  const number = cardNumber(url);
  return isCardPage(url) && number !== undefined && cardKinds[number] === kind;
};

export const isPublicHome = (url: URL): boolean => onPermit(url, /^\/(?:permitext(?:\/defaults\/default-index(?:!getinformation)?\.action|\/outside\/default\.jsp|\/index\.jsp)?)?$/);
urlExamples.isPublicHome = [
  'https://permit.mee.gov.cn/',
  'https://permit.mee.gov.cn/permitExt/defaults/default-index!getInformation.action',
  'http://permit.mep.gov.cn/permitExt/defaults/default-index.action',
  'http://permit.mee.gov.cn/permitExt/outside/default.jsp',
  'https://permit.mee.gov.cn/permitExt/',
  'https://PERMIT.MEE.GOV.CN/permitext/defaults/default-index!getInformation.action;jsessionid=0A1B2C3D4E5F',
];

export const isPublicNotice = (url: URL): boolean => onPermit(url, /^\/permitext\/syssb\/xxgk\/xxgk!(?:show\w*|gg\w*)\.action$/);
urlExamples.isPublicNotice = [
  'https://permit.mee.gov.cn/permitExt/syssb/xxgk/xxgk!showggfk.action?pkid=8a8f1c2b7d3e4f5a',
  'http://permit.mep.gov.cn/permitExt/syssb/xxgk/xxgk!showggfk.action?pkid=402881e45f&page=2',
];

// The public side's error page (/perxxgkinfo/errorinfo.jsp) shows no permit information: it stays unknown.
export const isPublicInfo = (url: URL): boolean =>
  onPermit(url, /^\/(?:perxxgkinfo(?:\/.*)?|permitext\/outside\/publicity\b[^/]*)$/) && !/\/error[^/]*$/.test(normalizedPath(url));
urlExamples.isPublicInfo = [
  'https://permit.mee.gov.cn/perxxgkinfo/syssb/xkgg/xkgg!licenseInformation.action',
  'https://permit.mee.gov.cn/perxxgkinfo/xkgkAction!xkgk.action?xkgk=getxxgkContent&dataid=5b1e4c2f0a9d4e7f',
  'https://permit.mee.gov.cn/perxxgkinfo/syssb/xkgg/xxgk!sqqlist.action',
  'https://permit.mee.gov.cn/perxxgkinfo/syssb/xkgg/xkgg!xkgg_yssmList.action',
  'http://permit.mep.gov.cn/permitExt/outside/Publicity?pageno=3',
];

// CAS's logout page shows a login link or redirects to the login page: it counts as login.
export const isLogin = (url: URL): boolean => onPermit(url, /^\/cas(?:\/login|\/logout)?$/);
urlExamples.isLogin = [
  'https://permit.mee.gov.cn/cas/login?service=https%3A%2F%2Fpermit.mee.gov.cn%2FpermitExt%2Foutside%2FLicenseRedirect',
  'https://permit.mee.gov.cn/cas/login?error=true',
  'http://permit.mep.gov.cn/cas/login;jsessionid=8F2A9C0D1E?service=http%3A%2F%2Fpermit.mep.gov.cn%2FpermitExt%2Foutside%2FLicenseRedirect',
  'https://permit.mee.gov.cn/CAS/Login/',
  'https://permit.mee.gov.cn/cas/logout',
];

export const isForgotAccount = (url: URL): boolean => onPermit(url, /^\/(?:cas|permitext\/outside)\/(?:forget|forgot|findpass|findpwd|retrieve|resetpass)[\w.-]*(?:\/.*)?$/);
urlExamples.isForgotAccount = [
  'https://permit.mee.gov.cn/cas/forgetUsername',
  'https://permit.mee.gov.cn/cas/forgetPassword',
  'http://permit.mep.gov.cn/cas/forgetPassword;jsessionid=77AB01?step=2',
];

export const isRegister = (url: URL): boolean => onPermit(url, /^\/permitext\/outside\/regist(?:ration|er)\b[^/]*$/);
urlExamples.isRegister = [
  'https://permit.mee.gov.cn/permitExt/outside/registration.jsp',
  'http://permit.mep.gov.cn/permitExt/outside/registration.jsp?from=login',
];

/** The dashboard around the module frame, and the welcome page shown in that frame first. */
export const isDashboard = (url: URL): boolean => onPermit(url, /^\/permitext\/outside\/(?:main|licenseredirect|index|welcome)\b[^/]*$/);
urlExamples.isDashboard = [
  'https://permit.mee.gov.cn/permitExt/outside/LicenseRedirect',
  'https://permit.mee.gov.cn/permitExt/outside/main',
  'http://permit.mep.gov.cn/permitExt/outside/main.jsp;jsessionid=1C2D3E4F',
  'https://permit.mee.gov.cn/permitExt/outside/LicenseRedirect?ticket=ST-12345-abcdef-cas',
  'https://permit.mee.gov.cn/permitExt/outside/welcome.jsp',
];

export const isEnterpriseInfo = (url: URL): boolean => onPermit(url, /^\/permitext\/outside\/updateentermsg\b[^/]*$/);
urlExamples.isEnterpriseInfo = [
  'https://permit.mee.gov.cn/permitExt/outside/updateEnterMSG.jsp',
  'http://permit.mep.gov.cn/permitExt/outside/updateEnterMSG.jsp?enterid=4028e4a1',
];

export const isApplyList = (url: URL): boolean => onPermit(url, /^\/permitext\/outside\/min_bctb\b[^/]*$/);
urlExamples.isApplyList = [
  'https://permit.mee.gov.cn/permitExt/outside/min_bctb.jsp',
  'http://permit.mep.gov.cn/permitExt/outside/min_bctb.jsp?menuid=sq',
];

export const isApplyBasicInfo = (url: URL): boolean => isCard(url, 'apply-basic-info');
urlExamples.isApplyBasicInfo = [
  'https://permit.mee.gov.cn/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action?dataid=8a8a8a01&cardid=card1',
  'http://permit.mep.gov.cn/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action;jsessionid=AB12?cardId=card01&dataid=8a8a8a01',
];

export const isApplyCoordinates = (url: URL): boolean => isCard(url, 'apply-coordinates');
urlExamples.isApplyCoordinates = [
  'https://permit.mee.gov.cn/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action?dataid=8a8a8a01&cardid=card2',
  'https://permit.mee.gov.cn/permitExt/syssb/wysb/hpsp/hpsp.action?dataid=8a8a8a01&CARDID=CARD2&t=1700000000000',
];

export const isApplyCapacity = (url: URL): boolean => isCard(url, 'apply-capacity');
urlExamples.isApplyCapacity = [
  'https://permit.mee.gov.cn/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action?dataid=8a8a8a01&cardid=card3',
  'http://permit.mep.gov.cn/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action?cardid=card3&dataid=8a8a8a01&xkzlx=1',
];

export const isApplyWastewater = (url: URL): boolean => isCard(url, 'apply-wastewater');
urlExamples.isApplyWastewater = [
  'https://permit.mee.gov.cn/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action?dataid=8a8a8a01&cardid=card4',
  'https://permit.mee.gov.cn/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action/?dataid=8a8a8a01&cardid=4',
];

/** A card page whose card number names no card we tell apart, or has no card id at all: the URL alone cannot say which card. */
export const isApplyCard = (url: URL): boolean => {
  const number = cardNumber(url);
  return isCardPage(url) && (number === undefined || cardKinds[number] === undefined);
};
urlExamples.isApplyCard = [
  'https://permit.mee.gov.cn/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action?dataid=8a8a8a01&cardid=card7',
  'https://permit.mee.gov.cn/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action?dataid=8a8a8a01&cardid=card15',
  'https://permit.mee.gov.cn/permitExt/syssb/wysb/hpsp/hpsp!pwxkInfo.action?dataid=8a8a8a01',
];

// The page that lists the attachments to upload; the form posts (!upload, !save…) answer in a hidden frame and are not it.
export const isApplyAttachments = (url: URL): boolean =>
  onPermit(url, /^\/permitext\/common\/filecontrol\/file-?control(?:!(?!upload|download|save|del|remove)\w+)?\.action$/);
urlExamples.isApplyAttachments = [
  'https://permit.mee.gov.cn/permitExt/common/filecontrol/file-control!sbclopen.action?wysbtype=PWXKZFILE',
  'http://permit.mep.gov.cn/permitExt/common/filecontrol/file-control!sbclopen.action?wysbtype=PWXKZFILE&dataid=8a8a8a01',
  'https://permit.mee.gov.cn/permitExt/common/filecontrol/file-control.action?wysbtype=PWXKZFILE',
];

export const isReapply = (url: URL): boolean => onPermit(url, /^\/permitext\/syssb\/ckxm\/(?:ckxm!)?listcxsq\.action$/);
urlExamples.isReapply = [
  'https://permit.mee.gov.cn/permitExt/syssb/ckxm/ckxm!listCxsq.action?itemTypeID=XZXKTYPE_A&itemtype=TYPEI',
  'http://permit.mep.gov.cn/permitExt/syssb/ckxm/ckxm!listCxsq.action;jsessionid=0F0F?itemTypeID=XZXKTYPE_A&itemtype=TYPEI',
];

// 调整 (adjustment, TYPEK) has no kind of its own; it is a change to an existing permit, so it counts as one.
export const isChange = (url: URL): boolean => onPermit(url, /^\/permitext\/(?:outside\/min_bcbg\b[^/]*|syssb\/ckxm\/(?:ckxm!)?list(?:bcbg|tz)\.action)$/);
urlExamples.isChange = [
  'https://permit.mee.gov.cn/permitExt/outside/min_bcbg.jsp',
  'https://permit.mee.gov.cn/permitExt/syssb/ckxm/ckxm!listBcbg.action?itemTypeID=XZXKTYPE_C&itemtype=TYPEC_1',
  'https://permit.mee.gov.cn/permitExt/syssb/ckxm/ckxm!listBcbg.action?itemtype=TYPEC_2',
  'http://permit.mep.gov.cn/permitExt/syssb/ckxm/ckxm!listTz.action?itemtype=TYPEK',
];

export const isRenewal = (url: URL): boolean => onPermit(url, /^\/permitext\/(?:outside\/min_bcyx\b[^/]*|syssb\/ckxm\/(?:ckxm!)?listbcyx\.action)$/);
urlExamples.isRenewal = [
  'https://permit.mee.gov.cn/permitExt/syssb/ckxm/ckxm!listBcyx.action?itemTypeID=XZXKTYPE_D&itemtype=TYPED',
  'http://permit.mep.gov.cn/permitExt/syssb/ckxm/ckxm!listBcyx.action?itemtype=TYPED&page=1',
];

export const isReissue = (url: URL): boolean => onPermit(url, /^\/permitext\/(?:outside\/min_xkzbb\b[^/]*|syssb\/xkzbb\/xkzbb(?:!\w+)?\.action)$/);
urlExamples.isReissue = [
  'https://permit.mee.gov.cn/permitExt/outside/min_xkzbb.jsp',
  'https://permit.mee.gov.cn/permitExt/syssb/xkzbb/xkzbb!listYssm.action',
  'http://permit.mep.gov.cn/permitExt/syssb/xkzbb/xkzbb!listYssm.action?enterid=4028e4a1',
];

export const isRectification = (url: URL): boolean => onPermit(url, /^\/permitext\/syssb\/bctb\/zghsq(?:!\w+)?\.action$/);
urlExamples.isRectification = [
  'https://permit.mee.gov.cn/permitExt/syssb/bctb/zghsq!list.action',
  'http://permit.mep.gov.cn/permitExt/syssb/bctb/zghsq!list.action?page=2',
];

/** The monitoring platform itself, and the permit platform's 监测记录 menu entry that jumps there by single sign-on. */
export const isMonitoring = (url: URL): boolean => isMonitoringHost(url) || onPermit(url, /^\/permitext\/jcjl\/jcjl(?:!\w+)?\.action$/);
urlExamples.isMonitoring = [
  'https://wryjc.cnemc.cn/eap/SingleSignOnXKZ?token=abc123',
  'http://wryjc.cnemc.cn/eap/SingleSignOnXKZ',
  'https://wryjc.mee.gov.cn/gkpt/',
  'https://permit.mee.gov.cn/permitExt/jcjl/jcjl!jcjl.action?enterid=4028e4a1',
];

const reportPeriod = (url: URL, period: RegExp): boolean => onPermitRoute(url, new RegExp(`^/permitrep/(?:.*/)?${period.source}(?:/.*)?$`));
// A path segment naming the period: English words, or the pinyin initials 年报/季报/月报 (nb/jb/yb).
const annual = /(?:annual[\w-]*|year(?:ly)?|nb)/;
const quarterly = /(?:quarter(?:ly)?[\w-]*|jb)/;
const monthly = /(?:month(?:ly)?[\w-]*|yb)/;

export const isReportAnnual = (url: URL): boolean => reportPeriod(url, annual);
urlExamples.isReportAnnual = [
  'https://permit.mee.gov.cn/permitrep/report/annual',
  'http://permit.mep.gov.cn/permitrep/report/annual?year=2024',
  'https://permit.mee.gov.cn/permitrep/#/report/annual',
];

export const isReportQuarterly = (url: URL): boolean => reportPeriod(url, quarterly);
urlExamples.isReportQuarterly = [
  'https://permit.mee.gov.cn/permitrep/report/quarterly',
  'https://permit.mee.gov.cn/permitrep/report/quarterly/?year=2025&quarter=2',
];

export const isReportMonthly = (url: URL): boolean => reportPeriod(url, monthly);
urlExamples.isReportMonthly = [
  'https://permit.mee.gov.cn/permitrep/report/monthly',
  'http://permit.mep.gov.cn/permitrep/report/monthly?month=2025-03',
];

/** The execution-report app's own pages other than a report of one period: its home and its single sign-on entries. */
export const isReportHome = (url: URL): boolean =>
  onPermitRoute(url, /^\/permitrep(?:\/.*)?$/) && !isReportAnnual(url) && !isReportQuarterly(url) && !isReportMonthly(url);
urlExamples.isReportHome = [
  'https://permit.mee.gov.cn/permitrep/home',
  'https://permit.mee.gov.cn/permitrep/autologin?userAccount=9144030012345678X1&permitCode=91440300123456789X001P&cityCode=440300',
  'https://permit.mee.gov.cn/permitrep/unified/autologin',
  'http://permit.mep.gov.cn/permitrep/correction/autologin',
  'https://permit.mee.gov.cn/permitrep/',
];

const registrationPage = (url: URL, name: RegExp): boolean => onPermit(url, new RegExp(`^/register/${name.source}$`));

export const isRegistrationChange = (url: URL): boolean => registrationPage(url, /bcbg\/\w*djbg\w*(?:\.vm)?/);
urlExamples.isRegistrationChange = [
  'https://permit.mee.gov.cn/register/bcbg/listDjbg.vm',
  'http://permit.mep.gov.cn/register/bcbg/listDjbg.vm?dataid=8a8a8a01',
];

export const isRegistrationRenewal = (url: URL): boolean => registrationPage(url, /bcbg\/\w*djyx\w*(?:\.vm)?/);
urlExamples.isRegistrationRenewal = [
  'https://permit.mee.gov.cn/register/bcbg/listDjyx.vm',
  'http://permit.mep.gov.cn/register/bcbg/listDjyx.vm;jsessionid=5E6F7A',
];

export const isRegistrationCancel = (url: URL): boolean => registrationPage(url, /cancel(?:\/.*)?/);
urlExamples.isRegistrationCancel = [
  'https://permit.mee.gov.cn/register/cancel/list.vm',
  'http://permit.mep.gov.cn/register/cancel/list.vm?page=2',
];

/** The registration app (排污登记) outside its change, renewal and cancellation pages. */
export const isRegistrationHome = (url: URL): boolean =>
  onPermit(url, /^\/register(?:\/.*)?$/) && !isRegistrationChange(url) && !isRegistrationRenewal(url) && !isRegistrationCancel(url);
urlExamples.isRegistrationHome = [
  'https://permit.mee.gov.cn/register/registration/list.vm',
  'https://permit.mee.gov.cn/register/sso/autoLoginExt.vm?userCode=9144030012345678X1',
  'http://permit.mep.gov.cn/register/registration/list.vm',
];

/** Every URL detector, most specific first: the first that accepts a URL names its kind. */
export const urlDetectors: readonly { kind: PageKindId; test(url: URL): boolean }[] = [
  { kind: 'apply-basic-info', test: isApplyBasicInfo },
  { kind: 'apply-coordinates', test: isApplyCoordinates },
  { kind: 'apply-capacity', test: isApplyCapacity },
  { kind: 'apply-wastewater', test: isApplyWastewater },
  { kind: 'apply-attachments', test: isApplyAttachments },
  { kind: 'report-annual', test: isReportAnnual },
  { kind: 'report-quarterly', test: isReportQuarterly },
  { kind: 'report-monthly', test: isReportMonthly },
  { kind: 'registration-change', test: isRegistrationChange },
  { kind: 'registration-renewal', test: isRegistrationRenewal },
  { kind: 'registration-cancel', test: isRegistrationCancel },
  { kind: 'apply-card', test: isApplyCard },
  { kind: 'login', test: isLogin },
  { kind: 'forgot-account', test: isForgotAccount },
  { kind: 'register', test: isRegister },
  { kind: 'enterprise-info', test: isEnterpriseInfo },
  { kind: 'apply-list', test: isApplyList },
  { kind: 'reapply', test: isReapply },
  { kind: 'change', test: isChange },
  { kind: 'renewal', test: isRenewal },
  { kind: 'reissue', test: isReissue },
  { kind: 'rectification', test: isRectification },
  { kind: 'monitoring', test: isMonitoring },
  { kind: 'public-notice', test: isPublicNotice },
  { kind: 'public-info', test: isPublicInfo },
  { kind: 'report-home', test: isReportHome },
  { kind: 'registration-home', test: isRegistrationHome },
  { kind: 'dashboard', test: isDashboard },
  { kind: 'public-home', test: isPublicHome },
];

/** The kind the URL alone names, or `unknown`. Never throws. */
export function kindFromUrl(url: URL): PageKindId {
  for (const detector of urlDetectors) {
    if (detector.test(url)) return detector.kind;
  }
  return 'unknown';
}
