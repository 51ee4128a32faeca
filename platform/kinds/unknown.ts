import { defineKind } from './kind';

/** A page of the platform's hosts that no kind names. Its Document may still say what it is (any kind, weakly). */
const kind = defineKind({
  id: 'unknown',
  label: { zh: '平台其他页面', en: 'Other platform page' },
  specificity: 0,
  side: 'none',
  noPlatformFaq: true,
  refinable: { to: 'any', strength: 'weak' },
  urls: [],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    unknown: typeof kind;
  }
}
