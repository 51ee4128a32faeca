/**
 * Plain id lists of the FAQ data, free of zod so the content script can import them
 * (faq/schema.ts builds its schemas from these and re-exports them).
 */
export const faqSectionIds = ['login', 'application', 'registration', 'local'] as const;
export const faqSourceIds = ['platform', 'local'] as const;
export const faqBlockTypes = ['paragraph', 'bullets', 'steps', 'checklist', 'figure-missing'] as const;
