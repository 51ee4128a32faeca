import { text } from '../text';
import { defineCheck, type Verdict } from '../check';
import type { EnvironmentSnapshot } from '../snapshot';
import { checkReach } from './reach-shared';

export function checkReachMonitoring(snapshot: EnvironmentSnapshot): Verdict {
  return checkReach('monitoring', snapshot);
}

export const reachMonitoringCheck = defineCheck({
  id: 'reach-monitoring',
  order: 110,
  title: text('连接监测信息平台', 'Reaching the monitoring platform'),
  needs: ['probe:monitoring'],
  run: checkReachMonitoring,
});
export default reachMonitoringCheck;

declare module '../check' {
  interface CheckModules {
    'reach-monitoring': typeof reachMonitoringCheck;
  }
}
