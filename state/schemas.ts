import * as z from 'zod/mini';
import { panelWidthRange } from './panel-width';

/**
 * The schemas of what is stored, and the types they give. Nothing here imports the defaults or
 * the storage layer, so state/defaults.ts can take its types from here without a cycle.
 */

/** Upload pre-check thresholds as settings (the values themselves: tools/upload-thresholds.ts). */
export const uploadThresholdsSchema = z.object({
  maxBytes: z.int().check(z.positive()),
  maxPixelsSide: z.int().check(z.positive()),
  maxNameLength: z.int().check(z.positive()),
});

export const panelStateSchema = z.object({
  open: z.boolean(),
  width: z.number().check(z.int(), z.gte(panelWidthRange.min), z.lte(panelWidthRange.max)),
});

export type PanelState = z.infer<typeof panelStateSchema>;

/** Longest text kept for each contact field (a policy or a paste could carry anything). */
export const contactFieldMaxLength = { name: 100, phone: 60, address: 200, url: 500 } as const;

/** An http(s) address, or '' for none. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const contactText = (max: number) => z.string().check(z.maxLength(max));

export const contactSchema = z.object({
  name: contactText(contactFieldMaxLength.name),
  phone: contactText(contactFieldMaxLength.phone),
  address: contactText(contactFieldMaxLength.address),
  url: contactText(contactFieldMaxLength.url).check(
    z.refine((value) => value.trim() === '' || isWebAddress(value), '网址要以 http:// 或 https:// 开头'),
  ),
});

export const panelAutoOpenValues = ['on-problem', 'never'] as const;
export const panelSideValues = ['right', 'left'] as const;
export const fontSizeValues = ['normal', 'large'] as const;

export const panelSettingsSchema = z.object({
  /** `on-problem`: open by itself on a page where the helper found a problem; `never`: only when asked. */
  autoOpen: z.enum(panelAutoOpenValues),
  side: z.enum(panelSideValues),
  /** The width the panel opens with, in CSS pixels. */
  width: z.int().check(z.gte(panelWidthRange.min), z.lte(panelWidthRange.max)),
});

export const settingsSchema = z.object({
  /** The user's local environmental protection bureau, shown wherever the FAQ says 「联系当地环保局」. */
  contact: contactSchema,
  panel: panelSettingsSchema,
  /** `large` for staff who need bigger text, in the panel and the extension's pages. */
  fontSize: z.enum(fontSizeValues),
  upload: uploadThresholdsSchema,
});

export type Settings = z.infer<typeof settingsSchema>;
export type ContactSettings = Settings['contact'];
export type PanelSettings = Settings['panel'];
export type FontSize = Settings['fontSize'];

/** Every setting's dotted path (`contact.phone`, `panel.width`, …): the unit a policy can set, and the unit read from storage. */
export type SettingPath = {
  [G in keyof Settings]: Settings[G] extends object ? `${G}.${Extract<keyof Settings[G], string>}` : G;
}[keyof Settings];

/** Each setting's own schema by dotted path, so one bad value (stored or in a policy) does not spoil the others. */
export const settingLeafSchemas = {
  'contact.name': contactSchema.shape.name,
  'contact.phone': contactSchema.shape.phone,
  'contact.address': contactSchema.shape.address,
  'contact.url': contactSchema.shape.url,
  'panel.autoOpen': panelSettingsSchema.shape.autoOpen,
  'panel.side': panelSettingsSchema.shape.side,
  'panel.width': panelSettingsSchema.shape.width,
  fontSize: settingsSchema.shape.fontSize,
  'upload.maxBytes': uploadThresholdsSchema.shape.maxBytes,
  'upload.maxPixelsSide': uploadThresholdsSchema.shape.maxPixelsSide,
  'upload.maxNameLength': uploadThresholdsSchema.shape.maxNameLength,
} as const satisfies Record<SettingPath, z.ZodMiniType>;

export const settingPaths = Object.keys(settingLeafSchemas) as SettingPath[];

/** One setting's value; undefined when (in a partial object such as a policy) it is absent. */
export function getSetting(settings: object, path: SettingPath): unknown {
  const [group, key] = path.split('.') as [string, string | undefined];
  const top = (settings as Record<string, unknown>)[group];
  if (key === undefined) return top;
  return typeof top === 'object' && top !== null ? (top as Record<string, unknown>)[key] : undefined;
}

/** A copy of `settings` with one value replaced (not validated: callers parse the result). */
export function withSetting<T extends object>(settings: T, path: SettingPath, value: unknown): T {
  const [group, key] = path.split('.') as [string, string | undefined];
  const record = settings as Record<string, unknown>;
  if (key === undefined) return { ...record, [group]: value } as T;
  const top = record[group];
  const inner = typeof top === 'object' && top !== null && !Array.isArray(top) ? top : {};
  return { ...record, [group]: { ...inner, [key]: value } } as T;
}
