/** Replaced at build time (wxt.config.ts `define`): the built-in FAQ entries written for each page kind. */
declare const __PAGE_ENTRY_COUNTS__: import('../faq/page-entry-counts').PageEntryCounts;
/** Replaced at build time (wxt.config.ts `define`): the tab's texts from locales/*.yml. */
declare const __SHELL_TEXTS__: import('./shell-texts').ShellTexts;
