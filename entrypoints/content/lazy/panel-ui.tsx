/**
 * The lazily loaded part of the content script (built apart as an ES module: build/lazy-chunk.ts).
 * Everything heavy lives here: Preact, the panel's body, the FAQ reader and search.
 */
import { render } from 'preact';
import { PanelApp, type PanelActions, type PanelStore } from '../../../components/panel/PanelApp';

export { matchEntriesForPage } from '../../../faq/match';

/** Renders the panel's body into the shell's host; returns the function that unmounts it. */
export function mountPanelBody(host: HTMLElement, store: PanelStore, actions: PanelActions): () => void {
  render(<PanelApp store={store} actions={actions} />, host);
  return () => render(null, host);
}
