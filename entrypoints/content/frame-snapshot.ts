import { detectPage, type PageDetection } from '../../platform/detect';
import { collectPageMessages } from '../../platform/page-messages';

/** What one frame knows about itself: its page kind and the error texts it shows. */
export interface FrameSnapshot {
  detection: PageDetection;
  messages: string[];
}

const maxAlertTexts = 5;

export function takeFrameSnapshot(doc: Document, href: string, alertTexts: readonly string[]): FrameSnapshot {
  const detection = detectPage({ url: href, document: doc });
  const messages = [...new Set([...alertTexts.slice(-maxAlertTexts).reverse(), ...collectPageMessages(doc)])];
  return { detection, messages };
}

export function sameSnapshot(a: FrameSnapshot | undefined, b: FrameSnapshot): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
