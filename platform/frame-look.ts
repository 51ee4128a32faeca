import { detectPage, type OpenedCard, type PageDetection } from './detect';
import { readDocument } from './dom-text';
import { findPlatformFields, type PlatformFields } from './fields';
import { collectPageMessages } from './page-messages';
import { readPageFacts, type PageFacts } from './page-facts';
import { readPermitOnPage } from '../tools/permit-on-page';

/** What one frame knows about itself: its page kind, the error texts it shows, the facts the tools can use. */
export interface FrameSnapshot {
  detection: PageDetection;
  messages: string[];
  facts: PageFacts;
}

const maxAlertTexts = 5;

/** One look at a frame: its snapshot, and the platform's fields found on the way (for the field tools). */
export interface FrameLook {
  snapshot: FrameSnapshot;
  fields: PlatformFields;
}

/** Reads the document once for everything: detection, fields and facts share one reader. Pure: the Document is a parameter. */
export function lookAtFrame(doc: Document, href: string, alertTexts: readonly string[], openedCard?: OpenedCard): FrameLook {
  const reader = readDocument(doc);
  const detection = detectPage({ url: href, document: doc, reader, ...(openedCard ? { openedCard } : {}) });
  const fields = findPlatformFields(doc, reader);
  const messages = [...new Set([...alertTexts.slice(-maxAlertTexts).reverse(), ...collectPageMessages(doc, reader)])];
  const facts = readPageFacts(doc, reader, fields);
  const permit = readPermitOnPage(doc, detection.kind, reader);
  if (permit) facts.permit = permit;
  return { snapshot: { detection, messages, facts }, fields };
}

/** The facts of several frames: the first frame that shows a fact gives it. */
export function mergeFacts(all: readonly PageFacts[]): PageFacts {
  const merged: PageFacts = {};
  for (const facts of all) {
    merged.expiryDate ??= facts.expiryDate;
    merged.category ??= facts.category;
    merged.issueDate ??= facts.issueDate;
    merged.permit ??= facts.permit;
  }
  for (const key of Object.keys(merged) as (keyof PageFacts)[]) if (merged[key] === undefined) delete merged[key];
  return merged;
}

export function sameSnapshot(a: FrameSnapshot | undefined, b: FrameSnapshot): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
