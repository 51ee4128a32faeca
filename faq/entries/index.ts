import type { FaqEntry } from '../schema';
import { afterIssuanceEntries } from './after-issuance';
import { applicationFormEntries } from './application-form';
import { loginEntries } from './login';
import { permitProcedureEntries } from './permit-procedures';
import { registrationEntries } from './registration';

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
