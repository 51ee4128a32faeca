import { storage, type StorageItemKey } from 'wxt/utils/storage';
import type * as z from 'zod/mini';

export interface ValidatedRead<T> {
  value: T;
  /** True when the stored value was corrupted or unreadable and was replaced by the defaults. */
  reset: boolean;
}

/**
 * A versioned storage item whose every read goes through a zod schema: a corrupted or
 * unknown-format value falls back to the defaults (and is overwritten), and the caller learns
 * that it happened so the UI can say so.
 */
export function defineValidatedItem<T>(options: {
  key: StorageItemKey;
  schema: z.ZodMiniType<T>;
  fallback: T;
  version: number;
  migrations?: Record<number, (old: unknown) => unknown>;
}) {
  const item = storage.defineItem<T>(options.key, {
    fallback: options.fallback,
    version: options.version,
    migrations: options.migrations,
  });

  async function get(): Promise<ValidatedRead<T>> {
    let raw: unknown;
    try {
      raw = await item.getValue();
    } catch {
      raw = undefined;
    }
    const parsed = options.schema.safeParse(raw);
    if (parsed.success) return { value: parsed.data, reset: false };
    await item.setValue(options.fallback).catch(() => undefined);
    return { value: options.fallback, reset: true };
  }

  async function set(value: T): Promise<void> {
    await item.setValue(options.schema.parse(value));
  }

  function watch(onChange: (value: T) => void): () => void {
    return item.watch((next) => {
      const parsed = options.schema.safeParse(next);
      onChange(parsed.success ? parsed.data : options.fallback);
    });
  }

  return { key: options.key, get, set, watch, item };
}
