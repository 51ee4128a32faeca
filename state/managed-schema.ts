import * as z from 'zod/mini';
import { faqPackSchema } from '../faq/schema';
import { contactSchema, panelSettingsSchema, settingsSchema, uploadThresholdsSchema } from './schemas';

/**
 * What an IT administrator or a bureau presets through browser policy (Chrome/Edge `3rdparty`
 * extension policy, Firefox `3rdparty` policies): any setting, plus content packs. Mirrors
 * public/managed_schema.json, which Chromium uses to accept the policy. The policy is read
 * setting by setting (state/managed.ts) and pack by pack (state/packs.ts), so this whole-object
 * schema is the reference, kept out of the modules the content script loads.
 */
export const managedSettingsSchema = z.object({
  contact: z.optional(z.partial(contactSchema)),
  panel: z.optional(z.partial(panelSettingsSchema)),
  fontSize: z.optional(settingsSchema.shape.fontSize),
  upload: z.optional(z.partial(uploadThresholdsSchema)),
  packs: z.optional(z.array(faqPackSchema)),
});

export type ManagedSettings = z.infer<typeof managedSettingsSchema>;
