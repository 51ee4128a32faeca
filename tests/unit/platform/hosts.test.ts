import { describe, expect, it } from 'vitest';
import { isPlatformHost, platformMatchPatterns } from '../../../platform/hosts';

describe('platform hosts', () => {
  it.each(['permit.mee.gov.cn', 'PERMIT.MEP.GOV.CN', 'wryjc.cnemc.cn', 'wryjc.mee.gov.cn'])('accepts %s', (host) => {
    expect(isPlatformHost(host)).toBe(true);
  });
  it.each(['mee.gov.cn', 'permit.mee.gov.cn.evil.example', 'example.com', ''])('rejects %s', (host) => {
    expect(isPlatformHost(host)).toBe(false);
  });
  it('matches both schemes of exactly the platform hosts', () => {
    expect(platformMatchPatterns).toEqual([
      '*://permit.mee.gov.cn/*',
      '*://permit.mep.gov.cn/*',
      '*://wryjc.cnemc.cn/*',
      '*://wryjc.mee.gov.cn/*',
    ]);
  });
});
