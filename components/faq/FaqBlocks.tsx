import { i18n } from '#i18n';
import { useId } from 'preact/hooks';
import type { FaqBlock } from '../../faq/schema';
import type { HeadingLevel } from './heading';

type Block<T extends FaqBlock['type']> = Extract<FaqBlock, { type: T }>;

function BlockTitle({ id, text, level }: { id: string; text: string; level: HeadingLevel }) {
  const Heading = `h${level}` as const;
  return (
    <Heading id={id} class="faq-block__title">
      {text}
    </Heading>
  );
}

/** Numbered steps (`<ol>`) or a ✓ checklist, each under its optional title. */
function TitledListBlock({ block, titleLevel }: { block: Block<'steps'> | Block<'checklist'>; titleLevel: HeadingLevel }) {
  const titleId = useId();
  const labelledBy = block.title ? titleId : undefined;
  const items =
    block.type === 'steps'
      ? block.items.map((item, i) => <li key={i}>{item}</li>)
      : block.items.map((item, i) => (
          <li key={i} class="faq-checklist__item">
            <span class="faq-checklist__mark" aria-hidden="true">
              ✓
            </span>
            <span>{item}</span>
          </li>
        ));
  return (
    <div class={`faq-block faq-${block.type}`}>
      {block.title && <BlockTitle id={titleId} text={block.title} level={titleLevel} />}
      {block.type === 'steps' ? (
        <ol class="faq-steps__list" aria-labelledby={labelledBy}>
          {items}
        </ol>
      ) : (
        // role="list" keeps the list semantics that list-style: none removes in Safari/VoiceOver.
        <ul class="faq-checklist__list" role="list" aria-labelledby={labelledBy}>
          {items}
        </ul>
      )}
    </div>
  );
}

function FigureMissingBlock({ block }: { block: Block<'figure-missing'> }) {
  return (
    <p class="faq-block faq-figure-missing" role="note">
      <span class="faq-figure-missing__label">{i18n.t('faq.entry.figureMissing')}</span>
      {block.caption}
    </p>
  );
}

export function FaqBlockView({ block, titleLevel }: { block: FaqBlock; titleLevel: HeadingLevel }) {
  switch (block.type) {
    case 'paragraph':
      return <p class="faq-block faq-paragraph">{block.text}</p>;
    case 'bullets':
      return (
        <ul class="faq-block faq-bullets">
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'steps':
    case 'checklist':
      return <TitledListBlock block={block} titleLevel={titleLevel} />;
    case 'figure-missing':
      return <FigureMissingBlock block={block} />;
  }
}
