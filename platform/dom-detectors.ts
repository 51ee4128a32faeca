import { readDomFacts, type DomFacts } from './dom-facts';
import type { DocumentReader } from './dom-text';
import { pageKindRegistry } from './kinds';
import type { DomRule, DomStrength } from './kinds/kind';
import type { PageKindId } from './page-kinds';

export { readDomFacts, type DomFacts, type DomStrength };

export interface DomDetector {
  kind: PageKindId;
  strength: DomStrength;
  test: DomRule['test'];
}

const byStrength = (strength: DomStrength): DomDetector[] =>
  pageKindRegistry.flatMap((kind) =>
    (kind.dom ?? []).filter((rule) => rule.strength === strength).map((rule) => ({ kind: kind.id, strength, test: rule.test })),
  );

/** In order: the first detector that holds names the kind. Strong rules first, each strength in registry order. */
export const domDetectors: readonly DomDetector[] = [...byStrength('strong'), ...byStrength('weak')];

export interface DomDetection {
  kind: PageKindId;
  strength: DomStrength;
}

/** The kind the Document shows, or undefined when no detector holds. Never throws. */
export function detectFromDom(doc: Document, reader?: DocumentReader): DomDetection | undefined {
  return detectFromFacts(() => readDomFacts(doc, reader), domDetectors);
}

/** The first of `detectors` that holds over the facts; undefined when none does or reading fails. */
export function detectFromFacts(facts: () => DomFacts, detectors: readonly DomDetector[]): DomDetection | undefined {
  try {
    const read = facts();
    for (const detector of detectors) {
      if (detector.test(read)) return { kind: detector.kind, strength: detector.strength };
    }
  } catch {
    return undefined;
  }
  return undefined;
}
