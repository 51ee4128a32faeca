import { demoEnterprise } from './enterprise';

/** Permits the public side lists (许可信息公开). Invented enterprises; dataids are 32 hex digits like the platform's. */
export interface PublicPermit {
  dataid: string;
  name: string;
  province: string;
  city: string;
  permitNumber: string;
  industry: string;
  validFrom: string;
  validTo: string;
  issued: string;
  category: '重点管理' | '简化管理';
  issuer: string;
  address: string;
  longitude: string;
  latitude: string;
  lngDms: [string, string, string];
  latDms: [string, string, string];
}

export const publicPermits: PublicPermit[] = [
  {
    dataid: demoEnterprise.publicDataId,
    name: demoEnterprise.name,
    province: demoEnterprise.province,
    city: demoEnterprise.county,
    permitNumber: demoEnterprise.permitNumber,
    industry: '有机化学原料制造',
    validFrom: demoEnterprise.permitValidFrom,
    validTo: demoEnterprise.permitValidTo,
    issued: demoEnterprise.permitIssued,
    category: '简化管理',
    issuer: demoEnterprise.issuer,
    address: demoEnterprise.address,
    longitude: demoEnterprise.longitude,
    latitude: demoEnterprise.latitude,
    lngDms: [demoEnterprise.longitudeDms.d, demoEnterprise.longitudeDms.f, demoEnterprise.longitudeDms.m],
    latDms: [demoEnterprise.latitudeDms.d, demoEnterprise.latitudeDms.f, demoEnterprise.latitudeDms.m],
  },
  {
    dataid: '3a7c9e1b5d2f4a6c8e0b2d4f6a8c0e2b',
    name: '唐山市冀东水泥制品有限公司',
    province: '河北省',
    city: '唐山市',
    permitNumber: '91130200MA0CXK7N5T001P',
    industry: '水泥制造',
    validFrom: '2021-06-30',
    validTo: '2026-06-29',
    issued: '2021-06-30',
    category: '重点管理',
    issuer: '唐山市生态环境局',
    address: '河北省唐山市遵化市建材工业园区3号',
    longitude: '117.965421',
    latitude: '40.189632',
    lngDms: ['117', '57', '55.52'],
    latDms: ['40', '11', '22.68'],
  },
  {
    dataid: 'c4e6a8b0d2f41a3c5e7b9d1f3a5c7e9b',
    name: '苏州工业园区清泉污水处理有限公司',
    province: '江苏省',
    city: '苏州市',
    permitNumber: '91320594MA1MF8T06J001V',
    industry: '污水处理及其再生利用',
    validFrom: '2023-01-12',
    validTo: '2028-01-11',
    issued: '2023-01-12',
    category: '重点管理',
    issuer: '苏州市生态环境局',
    address: '江苏省苏州市苏州工业园区星港街清泉路12号',
    longitude: '120.712356',
    latitude: '31.301247',
    lngDms: ['120', '42', '44.48'],
    latDms: ['31', '18', '4.49'],
  },
];

export function findPublicPermit(dataid: string | null): PublicPermit | undefined {
  return publicPermits.find((p) => p.dataid === dataid);
}
