import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where our elements go: the `<body>` inside the shadow root. */
  body: HTMLElement;
}

export interface ShadowHostOptions {
  /** The host's tag name (two words, kebab-case). */
  name: string;
  /** Styles for inside the shadow root only; no `@font-face` or `@property` (those would need the page's document). */
  css?: string;
  /** Events stopped at our body besides `ownEvents`. */
  isolateEvents?: readonly string[];
  /** Called once mounted; what it returns is called when the host goes away. */
  onMount(body: HTMLElement, shadow: ShadowRoot): (() => void) | void;
}

/**
 * What the user does in our panel and tips stays ours: these events, once our own handlers (on the
 * elements inside) have had them, stop at our body, so the page's listeners on its document and
 * window never see typing in our search (Enter, Backspace), pastes, IME composition or clicks.
 * Pointer and focus events pass (the page may need to know its focus left; our resize handle
 * captures its pointer itself). Listeners the page adds in the capture phase run before any of
 * ours and cannot be kept out.
 */
export const ownEvents = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'paste',
  'copy',
  'cut',
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'submit',
] as const;

/**
 * The same structure as WXT's `createShadowRootUi` with `position: 'inline'` and the `<html>`
 * element as anchor (host → open shadow root → html → head with the styles, body), built
 * synchronously without WXT's UI helpers: the panel's tab is drawn on every platform page, and
 * those helpers were a measurable part of its start-up (bench/trace-load.ts). Removed with the
 * content script's context.
 */
export function mountShadowHost(ctx: ContentScriptContext, options: ShadowHostOptions): ShadowHost {
  const host = document.createElement(options.name);
  const shadow = host.attachShadow({ mode: 'open' });
  const root = document.createElement('html');
  const head = document.createElement('head');
  const body = document.createElement('body');
  const style = document.createElement('style');
  // The page's inherited styles stop at the host: nothing of the platform's CSS reaches the panel.
  style.textContent = `:host{all:initial !important;}\n${options.css ?? ''}`;
  head.append(style);
  root.append(head, body);
  shadow.append(root);
  for (const type of new Set<string>([...ownEvents, ...(options.isolateEvents ?? [])])) body.addEventListener(type, (event) => event.stopPropagation());
  document.documentElement.append(host);
  const cleanup = options.onMount(body, shadow);
  ctx.onInvalidated(() => {
    cleanup?.();
    host.remove();
  });
  return { host, shadow, body };
}
