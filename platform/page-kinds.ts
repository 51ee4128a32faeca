/**
 * Every kind of platform page the helper tells apart. The ids are shared by the detectors,
 * the FAQ data (which entries belong to which page) and the panel's `data-page-kind`.
 * `specificity` ranks kinds when several frames report: the most specific one is shown
 * (a module inside the dashboard's iframe wins over the dashboard around it).
 * The kinds' names in words are in page-kind-labels.ts, loaded only where they are shown.
 */
export const pageKinds = {
  'public-home': { specificity: 1 },
  'public-notice': { specificity: 2 },
  'public-info': { specificity: 2 },
  login: { specificity: 2 },
  register: { specificity: 2 },
  'forgot-account': { specificity: 2 },
  dashboard: { specificity: 1 },
  'enterprise-info': { specificity: 2 },
  'apply-list': { specificity: 2 },
  'apply-basic-info': { specificity: 3 },
  'apply-coordinates': { specificity: 3 },
  'apply-capacity': { specificity: 3 },
  'apply-wastewater': { specificity: 3 },
  'apply-attachments': { specificity: 3 },
  'apply-card': { specificity: 2 },
  reapply: { specificity: 2 },
  change: { specificity: 2 },
  renewal: { specificity: 2 },
  reissue: { specificity: 2 },
  rectification: { specificity: 2 },
  monitoring: { specificity: 2 },
  'report-home': { specificity: 2 },
  'report-annual': { specificity: 3 },
  'report-quarterly': { specificity: 3 },
  'report-monthly': { specificity: 3 },
  'registration-home': { specificity: 2 },
  'registration-change': { specificity: 3 },
  'registration-renewal': { specificity: 3 },
  'registration-cancel': { specificity: 3 },
  unknown: { specificity: 0 },
} as const satisfies Record<string, { specificity: number }>;

export type PageKindId = keyof typeof pageKinds;

export const pageKindIds = Object.keys(pageKinds) as PageKindId[];

export function isPageKindId(value: string): value is PageKindId {
  return Object.hasOwn(pageKinds, value);
}
