import { browserCheck } from './browser';
import { clockCheck } from './clock';
import { cookiesCheck } from './cookies';
import { extensionCheck } from './extension';
import { flashCheck } from './flash';
import { ieAdviceCheck } from './ie-advice';
import { popupsCheck } from './popups';
import { reachMonitoringCheck } from './reach-monitoring';
import { reachPlatformCheck } from './reach-platform';
import { screenCheck } from './screen';
import { storageCheck } from './storage';
import { timeZoneCheck } from './time-zone';

/**
 * Every environment check, in report order: the popup, the panel, the saved report and the FAQ's
 * related checks all take ids, titles and order from this list. A new check is one module
 * (id, title, the facts it needs or collects itself, a pure `run`) plus its line here.
 */
export const diagnosisChecks = [
  browserCheck,
  ieAdviceCheck,
  flashCheck,
  cookiesCheck,
  storageCheck,
  popupsCheck,
  screenCheck,
  timeZoneCheck,
  clockCheck,
  reachPlatformCheck,
  reachMonitoringCheck,
  extensionCheck,
] as const;
