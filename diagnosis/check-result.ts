import type { LocalizedText } from '../lib/localized';
import type { Verdict } from './check';
import type { CheckId } from './check-ids';

export { checkStatuses, statusLabels, type CheckStatus } from './check';

/** A check's verdict with the check's id and title, as the report shows it. */
export interface CheckResult extends Verdict {
  id: CheckId;
  title: LocalizedText;
}
