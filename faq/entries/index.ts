import type { FaqEntry } from '../schema';
import { afterIssuanceEntries } from './after-issuance';
import { applicationFormEntries } from './application-form';
import { loginEntries } from './login';
import { permitProcedureEntries } from './permit-procedures';
import { registrationEntries } from './registration';
import { helperNotes } from './helper-notes';

export { faqBlockTypes, faqSectionIds, faqSourceIds } from './vocabulary';

/**
 * The platform's own FAQ (附件：平台操作常见问题), 31 entries in number order. Validated by
 * faqListSchema in the tests, not at runtime, so the shipped bundle does not carry zod for it.
 */
export const faqEntries: readonly FaqEntry[] = [
  ...loginEntries,
  ...applicationFormEntries,
  ...permitProcedureEntries,
  ...afterIssuanceEntries,
  ...registrationEntries,
].sort((a, b) => a.number - b.number);

export { helperMessageRules, helperNotes, helperNumberRange, type HelperMessageRule } from './helper-notes';

/**
 * What the helper ships: the platform's FAQ and, after it, the helper's own notes (labelled as not
 * from the platform wherever shown). The panel, the FAQ page and the search read this list; local
 * packs are added after it.
 */
export const builtInEntries: readonly FaqEntry[] = [...faqEntries, ...helperNotes];
