import { toHelperError, type HelperError } from '../../lib/helper-error';

/**
 * Every entry point of the content script (start-up, events, messages) runs through here: an error
 * inside the helper is caught and shown in the panel as 「助手出错」, never thrown into the page.
 */
export type ErrorSink = (error: HelperError) => void;

let sink: ErrorSink | undefined;
/** Errors from before the panel exists, shown once it does. */
const pending: HelperError[] = [];

export function setErrorSink(next: ErrorSink): void {
  sink = next;
  for (const error of pending.splice(0)) next(error);
}

export function reportError(where: string, error: unknown): void {
  const detail = toHelperError(where, error);
  try {
    if (sink) sink(detail);
    else if (pending.length < 20) pending.push(detail);
  } catch {
    // The sink itself failed: nothing more can be done without touching the page.
  }
}

export function runSafely<T>(where: string, task: () => T): T | undefined {
  try {
    const result = task();
    if (result instanceof Promise) {
      return result.catch((error: unknown) => {
        reportError(where, error);
        return undefined;
      }) as T;
    }
    return result;
  } catch (error) {
    reportError(where, error);
    return undefined;
  }
}
