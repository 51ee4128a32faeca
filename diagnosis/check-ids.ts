/**
 * Ids of the environment checks. Shared by diagnosis/, the FAQ data (related checks) and the
 * report's `data-check` hooks.
 */
export const checkIds = [
  'browser',
  'ie-advice',
  'flash',
  'cookies',
  'storage',
  'popups',
  'screen',
  'clock',
  'reach-platform',
  'reach-monitoring',
  'extension',
] as const;

export type CheckId = (typeof checkIds)[number];

export function isCheckId(value: string): value is CheckId {
  return (checkIds as readonly string[]).includes(value);
}
