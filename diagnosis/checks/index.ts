import type { CheckId } from '../check-ids';
import type { CheckResult } from '../check-result';
import type { EnvironmentSnapshot } from '../snapshot';
import type { TargetId } from '../targets';
import { checkBrowser } from './browser';
import { checkClock } from './clock';
import { checkCookies } from './cookies';
import { checkExtension } from './extension';
import { checkFlash } from './flash';
import { checkIeAdvice } from './ie-advice';
import { checkPopups } from './popups';
import { checkReachMonitoring } from './reach-monitoring';
import { checkReachPlatform } from './reach-platform';
import { checkScreen } from './screen';
import { checkStorage } from './storage';

/** What a check waits for: local facts, extension facts, or the probes of some targets. */
export type FactSource = 'local' | 'extension' | `probe:${TargetId}`;

export interface DiagnosisCheck {
  id: CheckId;
  /** The check runs once all of these have settled. */
  needs: readonly FactSource[];
  /**
   * 'all': a failed source makes the check skip. 'any': it skips only when every source failed
   * (the clock can use either server's time).
   */
  needsMode?: 'all' | 'any';
  run: (snapshot: EnvironmentSnapshot) => CheckResult;
}

/** In report order: local facts first, then the extension, then the network. */
export const diagnosisChecks: readonly DiagnosisCheck[] = [
  { id: 'browser', needs: ['local'], run: checkBrowser },
  { id: 'ie-advice', needs: ['local'], run: checkIeAdvice },
  { id: 'flash', needs: ['local'], run: checkFlash },
  { id: 'cookies', needs: ['local'], run: checkCookies },
  { id: 'storage', needs: ['local'], run: checkStorage },
  { id: 'popups', needs: ['local'], run: checkPopups },
  { id: 'screen', needs: ['local'], run: checkScreen },
  { id: 'extension', needs: ['extension'], run: checkExtension },
  { id: 'reach-platform', needs: ['probe:platform'], run: checkReachPlatform },
  { id: 'reach-monitoring', needs: ['probe:monitoring'], run: checkReachMonitoring },
  { id: 'clock', needs: ['probe:platform', 'probe:monitoring'], needsMode: 'any', run: checkClock },
];
