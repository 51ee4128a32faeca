import { detectPage, type PageDetection } from '../../platform/detect';
import { collectPageMessages } from '../../platform/page-messages';
import type { PageFacts } from '../../components/tools/PanelToolsSection';
import { readPageFacts } from './field-tools/page-facts';

/** What one frame knows about itself: its page kind, the error texts it shows, the facts the tools can use. */
export interface FrameSnapshot {
  detection: PageDetection;
  messages: string[];
  facts: PageFacts;
}

const maxAlertTexts = 5;

export function takeFrameSnapshot(doc: Document, href: string, alertTexts: readonly string[]): FrameSnapshot {
  const detection = detectPage({ url: href, document: doc });
  const messages = [...new Set([...alertTexts.slice(-maxAlertTexts).reverse(), ...collectPageMessages(doc)])];
  return { detection, messages, facts: readPageFacts(doc) };
}

/** The facts of several frames: the first frame that shows a fact gives it. */
export function mergeFacts(all: readonly PageFacts[]): PageFacts {
  const merged: PageFacts = {};
  for (const facts of all) {
    merged.expiryDate ??= facts.expiryDate;
    merged.category ??= facts.category;
    merged.issueDate ??= facts.issueDate;
  }
  for (const key of Object.keys(merged) as (keyof PageFacts)[]) if (merged[key] === undefined) delete merged[key];
  return merged;
}

export function sameSnapshot(a: FrameSnapshot | undefined, b: FrameSnapshot): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
