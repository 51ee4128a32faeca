import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { parseIsoDate } from '../tools/iso-date';
import { reminderThresholds } from '../tools/permit-watch';
import { storageKeys } from './storage-keys';

const isoDate = z.string().check(z.refine((value) => parseIsoDate(value) !== undefined, 'not a date'));

export const watchedPermitSchema = z.object({
  permitNumber: z.optional(z.string().check(z.maxLength(40))),
  validFrom: z.optional(isoDate),
  expiry: isoDate,
  source: z.enum(['public-detail', 'dashboard', 'renewal-list']),
  /** The management category the user chose, for the execution-report due dates. */
  category: z.optional(z.enum(['重点管理', '简化管理'])),
  /** When the user pressed 「记住」, 'YYYY-MM-DD'. */
  rememberedOn: isoDate,
});

export const permitWatchSchema = z.object({
  permit: z.nullable(watchedPermitSchema),
  /** The user turned the reminders on (and granted `alarms` and `notifications`). */
  reminders: z.boolean(),
  /** Reminders already shown, as `<deadline>:<threshold>`, so none is shown twice. */
  shown: z.array(z.string().check(z.maxLength(20))).check(z.maxLength(20)),
});

export type WatchedPermit = z.infer<typeof watchedPermitSchema>;
export type PermitWatch = z.infer<typeof permitWatchSchema>;

export const emptyPermitWatch: PermitWatch = { permit: null, reminders: false, shown: [] };

export const reminderKey = (deadline: string, threshold: (typeof reminderThresholds)[number]) => `${deadline}:${threshold}`;

const item = storage.defineItem<unknown>(storageKeys.permitWatch, { version: 1 });

export interface PermitWatchRead {
  value: PermitWatch;
  /** The stored value could not be read; it is left as it is (never overwritten by a read). */
  unreadable: boolean;
}

/**
 * The permit the user chose to remember on this computer, and the reminder settings. Written only
 * when the user acts (remember, forget, reminders on/off) or a reminder was shown; a read that meets
 * a value it cannot use reports it and leaves it in place.
 */
export const permitWatchItem = {
  async get(): Promise<PermitWatchRead> {
    let raw: unknown;
    try {
      raw = await item.getValue();
    } catch {
      return { value: emptyPermitWatch, unreadable: true };
    }
    if (raw === null || raw === undefined) return { value: emptyPermitWatch, unreadable: false };
    const parsed = permitWatchSchema.safeParse(raw);
    return parsed.success ? { value: parsed.data, unreadable: false } : { value: emptyPermitWatch, unreadable: true };
  },
  async set(value: PermitWatch): Promise<void> {
    await item.setValue(permitWatchSchema.parse(value));
  },
  /** 「忘记」: removes everything this feature stored. */
  async remove(): Promise<void> {
    await item.removeValue();
  },
  watch(onChange: () => void): () => void {
    return item.watch(() => onChange());
  },
};
