import type { LocalizedText } from '../lib/localized';

export type TargetId = 'platform' | 'monitoring';

export interface DiagnosisTarget {
  id: TargetId;
  url: string;
  name: LocalizedText;
}

/** Only the platform's own hosts are ever probed. */
export const diagnosisTargets: readonly DiagnosisTarget[] = [
  {
    id: 'platform',
    url: 'https://permit.mee.gov.cn/permitExt/defaults/default-index!getInformation.action',
    name: { zh: '全国排污许可证管理信息平台', en: 'national permit platform' },
  },
  {
    id: 'monitoring',
    url: 'https://wryjc.cnemc.cn/',
    name: { zh: '全国污染源监测信息管理与共享平台', en: 'pollution source monitoring platform' },
  },
];

export function targetById(id: TargetId): DiagnosisTarget {
  const found = diagnosisTargets.find((t) => t.id === id);
  if (!found) throw new Error(`unknown target ${id}`);
  return found;
}
