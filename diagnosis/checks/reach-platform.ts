import type { CheckResult } from '../check-result';
import type { EnvironmentSnapshot } from '../snapshot';
import { checkReach } from './reach-shared';

export function checkReachPlatform(snapshot: EnvironmentSnapshot): CheckResult {
  return checkReach('platform', snapshot);
}
