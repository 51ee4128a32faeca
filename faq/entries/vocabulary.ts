/**
 * Plain id lists of the FAQ data, free of zod so the content script can import them
 * (faq/schema.ts builds its schemas from these and re-exports them).
 */
export const faqSectionIds = ['login', 'application', 'registration', 'helper', 'local'] as const;
/** `platform`: the platform's own FAQ; `helper`: notes written by this helper's authors (faq/entries/helper-notes.ts); `local`: imported packs. */
export const faqSourceIds = ['platform', 'helper', 'local'] as const;
export const faqBlockTypes = ['paragraph', 'bullets', 'steps', 'checklist', 'figure-missing'] as const;
