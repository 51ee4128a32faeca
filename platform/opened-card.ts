import { cleanText, queryAll } from './dom-text';
import type { OpenedCard } from './detect';
import { pageKindRegistry } from './kinds';

const cardKinds = pageKindRegistry.filter((kind) => kind.openedFromCard);
const selectors = [...new Set(cardKinds.map((kind) => kind.openedFromCard?.selector).filter((selector) => selector !== undefined))];
const maxLabelCandidates = 40;

/**
 * The card a click landed in, when it is one of the cards the registry knows (`openedFromCard`:
 * the report app's period cards), with its label and the address of the list it was on. The
 * label is the text of one element of the card that is exactly a known label (年报, 2季度, 11月);
 * a card whose label cannot be read so gives nothing. Reads only the clicked card, only on clicks.
 */
export function openedCardOfClick(target: unknown, listUrl: string): OpenedCard | undefined {
  try {
    const element = target as Element | null;
    if (!element || typeof element.closest !== 'function') return undefined;
    for (const selector of selectors) {
      const card = element.closest(selector);
      if (!card) continue;
      const label = cardLabel(card);
      return label === undefined ? undefined : { label, listUrl };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

function cardLabel(card: Element): string | undefined {
  for (const candidate of [card, ...queryAll(card, '*', maxLabelCandidates)]) {
    // Only short leaf-like texts can be a label; the card's own text includes its status and dates.
    const raw = candidate.textContent ?? '';
    if (raw.length > 20) continue;
    const text = cleanText(raw);
    if (cardKinds.some((kind) => kind.openedFromCard?.label.test(text))) return text;
  }
  return undefined;
}
