/**
 * The fictional enterprise the mock platform shows once "logged in". The credit code has a
 * correct GB 32100-2015 check character; the permit number follows HJ 608-2017.
 * Tests may import these to know what the pages display.
 */
export const demoEnterprise = {
  name: '北京清源环保科技有限公司',
  username: 'demo',
  email: 'qingyuan_hb@163.com',
  creditCode: '91110108MA01C3XK2X',
  permitNumber: '91110108MA01C3XK2X001P',
  /** Area code of 北京市海淀区, used by the reports' autologin link. */
  cityCode: '110108',
  province: '北京市',
  city: '北京市',
  county: '海淀区',
  address: '北京市海淀区温泉镇环保产业园创新路8号',
  legalPerson: '王建国',
  contact: '李晓梅',
  phone: '010-62458810',
  industry: 'C2614 有机化学原料制造',
  managementCategory: '简化管理',
  /** Permit validity; the renewal page shows the end date in `td.yxqz`. */
  permitIssued: '2022-03-16',
  permitValidFrom: '2022-03-16',
  permitValidTo: '2027-03-15',
  longitude: '116.193852',
  latitude: '40.046217',
  enterId: 'E11010800012345',
  applicationDataId: 'D001',
} as const;
