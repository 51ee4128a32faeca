import type { LocalizedText } from '../lib/localized';
import { pageKindRegistry } from './kinds';
import type { PageKindId } from './page-kinds';

/** Each kind of platform page in words, as the panel and the diagnosis report name it (from the registry). */
export const pageKindLabels = Object.fromEntries(pageKindRegistry.map((kind) => [kind.id, kind.label])) as Record<PageKindId, LocalizedText>;
