import { describe, expect, it } from 'vitest';
import { isPlatformHost } from '../../../platform/hosts';
import { diagnosisTargets, targetById } from '../../../diagnosis/targets';

describe('probe targets', () => {
  it('probe only the platform hosts, over HTTPS', () => {
    for (const target of diagnosisTargets) {
      const url = new URL(target.url);
      expect(url.protocol).toBe('https:');
      expect(isPlatformHost(url.hostname)).toBe(true);
    }
  });

  it('are the public home action and the monitoring platform', () => {
    expect(targetById('platform').url).toBe('https://permit.mee.gov.cn/permitExt/defaults/default-index!getInformation.action');
    expect(targetById('monitoring').url).toBe('https://wryjc.cnemc.cn/');
  });
});
