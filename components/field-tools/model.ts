import type { ComponentType } from 'preact';
import type { UiLocale } from '../../lib/localized';
import type { PageKindId } from '../../platform/page-kinds';
import type { PageFacts } from '../../platform/page-facts';
import type { DocumentReader } from '../../platform/dom-text';
import type { UploadThresholds } from '../../tools/file-check';
import type { InspectedFile } from '../tools/inspect-file';
import type { FaqHref } from '../tools/FaqRef';

/** What every tip of a frame gets besides what its tool found. */
export interface TipContext {
  locale: UiLocale;
  /** Bumped when the page's layout may have moved, so tips are placed again. */
  layout: number;
  /** The upload pre-check's thresholds (settings), read when files are picked. */
  thresholds: () => UploadThresholds | Promise<UploadThresholds>;
}

/** What the panel's tools section (and the tools page, without a page) gives each tool's section. */
export interface PanelSectionProps {
  kind: PageKindId;
  locale: UiLocale;
  pageFacts: PageFacts;
  faqHref?: FaqHref | undefined;
  today?: string;
  /** The level of headings inside the section. */
  headingLevel: 3 | 4;
}

/**
 * One field tool: where the panel offers it, what it attaches to in a frame and what it shows there
 * and in the panel. `find` reads the passed Document only (bounded, never throws); the layer calls
 * it when the frame was looked at and when the user focuses or changes a field, with one `reader` of
 * the Document for all the tools of that call (their reads are shared).
 */
export interface FieldTool<Found = unknown> {
  id: string;
  /** Where the panel and the tools page show it: ascending, unique among the registered tools. */
  order?: number;
  /** Page kinds where the panel's tools section shows this tool; 'all' for every page. */
  kinds: readonly PageKindId[] | 'all';
  title: () => string;
  /** One sentence for the tools page. */
  intro: () => string;
  find?: (doc: Document, page: { kind: PageKindId; reader?: DocumentReader }) => Found | undefined;
  Tip?: ComponentType<{ found: Found; context: TipContext }>;
  PanelSection?: ComponentType<PanelSectionProps>;
  /** Shown folded in the panel (it fits every page, so it must not push the page's own tools down). */
  folded?: true;
  /** Left off the tools page (it needs a page to say anything). */
  pageOnly?: true;
}

/** A tool with its own found type, as an entry of the one list. */
export function defineFieldTool<Found>(tool: FieldTool<Found>): FieldTool {
  return tool as unknown as FieldTool;
}

/** A 统一社会信用代码 field and what was in it when last looked at (after the typing pause). */
export interface CreditField {
  key: number;
  input: HTMLInputElement;
  value: string;
  dismissed: boolean;
  /** The user focused or typed in it (until then a correct prefilled code needs no tip). */
  touched: boolean;
}

/** A file input and what the pre-check found in the files last picked there. */
export interface UploadField {
  key: number;
  input: HTMLInputElement;
  files: InspectedFile[];
}

export interface FieldToolsActions {
  creditValueChanged(key: number, value: string): void;
  dismissCredit(key: number): void;
  dismissUpload(key: number): void;
}
