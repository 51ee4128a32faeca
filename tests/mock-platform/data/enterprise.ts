/**
 * The fictional enterprise the mock platform shows once "logged in". The credit code has a
 * correct GB 32100-2015 check character; the permit number follows HJ 608-2017.
 * Tests may import these to know what the pages display.
 */
export const demoEnterprise = {
  name: '北京清源环保科技有限公司',
  username: 'demo',
  email: 'qingyuan_hb@163.com',
  /** The registered mobile number, shown masked by the recovery pages. */
  mobile: '13812345678',
  creditCode: '91110108MA01C3XK2X',
  permitNumber: '91110108MA01C3XK2X001P',
  /** Area code of 北京市海淀区, used by the reports' autologin link. */
  cityCode: '110108',
  province: '北京市',
  city: '北京市',
  county: '海淀区',
  address: '北京市海淀区温泉镇环保产业园创新路8号',
  zipCode: '100095',
  legalPerson: '王建国',
  contact: '李晓梅',
  phone: '010-62458810',
  industry: 'C2614 有机化学原料制造',
  managementCategory: '简化管理',
  /** Permit validity; the renewal page shows the end date in `td.yxqz`. */
  permitIssued: '2022-03-16',
  permitValidFrom: '2022-03-16',
  permitValidTo: '2027-03-15',
  issuer: '北京市海淀区生态环境局',
  longitude: '116.193852',
  latitude: '40.046217',
  /** The same point as degree/minute/second parts (the public detail's opelngd/f/m, opelatd/f/m). */
  longitudeDms: { d: '116', f: '11', m: '37.87' },
  latitudeDms: { d: '40', f: '2', m: '46.38' },
  enterId: 'E11010800012345',
  /** The application (申请表) the card pages show: 32 hex digits like the platform's ids. */
  applicationDataId: '5f0c2a9e7b1d4c38a6e2f91b0d7c4a13',
  /** The permit's id on the public side (许可信息公开 detail, 副本 viewer). */
  publicDataId: '8e41c0b7d29a4f6e93b5a0c1d7e2f864',
} as const;
