import { useState } from 'preact/hooks';
import { documentBox } from './placement';
import { missingText, targetElements, type ChecklistStep, type StepTarget } from './coordinate-steps';
import type { CoordinateTargets } from '../../platform/fields';

/**
 * FAQ 20's steps as a checklist. Pointing at a step (hover or keyboard focus) asks for the matching
 * control to be outlined; a step whose control the page does not have says so.
 */
export function CoordinateChecklist({
  steps,
  targets,
  onHighlight,
}: {
  steps: readonly ChecklistStep[];
  targets: CoordinateTargets;
  onHighlight(target: StepTarget | undefined): void;
}) {
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setDone((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <div class="pt-checklist">
      <ol class="pt-steps">
        {steps.map((step, index) => {
          const found = targetElements(targets, step.target).some((element) => documentBox(element) !== undefined);
          return (
            <li
              key={step.id}
              class="pt-step"
              data-step={step.id}
              data-found={String(found)}
              onMouseEnter={() => onHighlight(step.target)}
              onMouseLeave={() => onHighlight(undefined)}
              onFocusIn={() => onHighlight(step.target)}
              onFocusOut={() => onHighlight(undefined)}
            >
              <label>
                <input type="checkbox" checked={done.has(step.id)} onChange={() => toggle(step.id)} />{' '}
                {index + 1}. {step.text()}
              </label>
              {!found && <span class="pt-step-missing">{missingText(step.target)}</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** Outline boxes over page controls, drawn in our layer: the page's own elements are not touched. */
export function Highlights({ elements }: { elements: readonly HTMLElement[] }) {
  return (
    <>
      {elements.map((element, index) => {
        const box = documentBox(element);
        if (!box) return null;
        return (
          <div
            key={index}
            class="pt-highlight"
            data-testid="control-highlight"
            style={{ top: `${box.top - 4}px`, left: `${box.left - 4}px`, width: `${box.width + 8}px`, height: `${box.height + 8}px` }}
          />
        );
      })}
    </>
  );
}
