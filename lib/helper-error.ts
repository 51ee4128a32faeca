/** An error inside the helper, caught before it reached the page, as the panel shows it (「助手出错」). */
export interface HelperError {
  /** Which entry point caught it. */
  where: string;
  message: string;
  stack?: string;
  /** ISO 8601 time it was caught. */
  at: string;
}

/** The error as the panel shows it: its message and the first lines of its stack. */
export function toHelperError(where: string, error: unknown): HelperError {
  return {
    where,
    message: error instanceof Error ? error.message : String(error),
    stack: error instanceof Error ? error.stack?.split('\n').slice(0, 8).join('\n') : undefined,
    at: new Date().toISOString(),
  };
}
