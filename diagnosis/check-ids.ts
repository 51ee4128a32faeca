import { diagnosisChecks, type CheckId } from './checks';

/** A check's id, as the check modules file themselves (checks/index.ts). */
export type { CheckId };

/** The ids in report order: used by the FAQ data (related checks) and the report's `data-check` hooks. */
export const checkIds = diagnosisChecks.map((check) => check.id) as [CheckId, ...CheckId[]];

export function isCheckId(value: string): value is CheckId {
  return (checkIds as readonly string[]).includes(value);
}

/** Where a check stands in the report (the registry's order). */
export function checkOrder(id: CheckId): number {
  return checkIds.indexOf(id);
}
