import type { CheckResult } from '../check-result';
import type { EnvironmentSnapshot } from '../snapshot';
import { checkReach } from './reach-shared';

export function checkReachMonitoring(snapshot: EnvironmentSnapshot): CheckResult {
  return checkReach('monitoring', snapshot);
}
