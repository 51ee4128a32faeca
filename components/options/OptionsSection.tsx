import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** A titled part of the options page, a landmark named by its heading. */
export function OptionsSection(props: { name: string; title: string; intro?: string; children: ComponentChildren }) {
  const id = useId();
  return (
    <section class="opt-section" data-section={props.name} aria-labelledby={id}>
      <h2 class="opt-section__title" id={id}>
        {props.title}
      </h2>
      {props.intro && <p class="opt-section__intro">{props.intro}</p>}
      {props.children}
    </section>
  );
}
