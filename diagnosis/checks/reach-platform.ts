import { text } from '../text';
import { defineCheck, type Verdict } from '../check';
import type { EnvironmentSnapshot } from '../snapshot';
import { checkReach } from './reach-shared';

export function checkReachPlatform(snapshot: EnvironmentSnapshot): Verdict {
  return checkReach('platform', snapshot);
}

export const reachPlatformCheck = defineCheck({
  id: 'reach-platform',
  order: 100,
  title: text('连接排污许可平台', 'Reaching the permit platform'),
  needs: ['probe:platform'],
  run: checkReachPlatform,
});
export default reachPlatformCheck;

declare module '../check' {
  interface CheckModules {
    'reach-platform': typeof reachPlatformCheck;
  }
}
