/** An error inside the helper, caught before it reached the page, as the panel shows it (「助手出错」). */
export interface HelperError {
  /** Which entry point caught it. */
  where: string;
  message: string;
  stack?: string;
  /** ISO 8601 time it was caught. */
  at: string;
}
